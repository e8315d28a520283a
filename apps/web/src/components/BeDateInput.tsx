import { useEffect, useId, useState } from 'react';
import { Group, Input, Text, TextInput } from '@mantine/core';
import { formatDate, isoToThaiInput, parseThaiDate, type DateParseError } from '@ntag/shared';
import { useLang } from '../i18n/I18nProvider';
import { useWorkT } from '../i18n/work';

interface Props {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string;
  description?: string;
  /** Latest date allowed (ISO), e.g. today for a birth date. */
  max?: string;
  /** Earliest date allowed (ISO), e.g. the day a group was founded. */
  min?: string;
  required?: boolean;
}

/**
 * A date typed as Thai officers write it (issue 15): "13/05/2522", "13 พ.ค. 2522",
 * "13 พฤษภาคม 2522", Thai digits too, always in the Buddhist era — there is no Christian-era
 * picker to fall into. ISO in and out (packages/shared parseThaiDate reads it); the long reading
 * ("13 พฤษภาคม 2522") is printed beside it, and a date it cannot read says why.
 */
export function BeDateInput({ label, value, onChange, error, description, max, min, required }: Props) {
  const id = useId();
  const t = useWorkT();
  const { lang } = useLang();
  const [text, setText] = useState(() => isoToThaiInput(value));
  const [problem, setProblem] = useState<DateParseError | null>(null);

  // A value set from outside (a draft restored, a form reset) shows as typed.
  useEffect(() => {
    const mine = parseThaiDate(text);
    if ((mine.ok ? mine.iso : null) !== value && !(value === null && problem)) {
      setText(isoToThaiInput(value));
      setProblem(null);
    }
  }, [value]);

  const read = (raw: string) => {
    setText(raw);
    const r = parseThaiDate(raw);
    if (r.ok) {
      setProblem(null);
      if (r.iso !== value) onChange(r.iso);
    } else {
      setProblem(r.error === 'empty' ? null : r.error);
      if (value !== null) onChange(null);
    }
  };

  const range = value && max && value > max ? t('date.afterMax', { date: formatDate(max, lang, 'long') })
    : value && min && value < min ? t('date.beforeMin', { date: formatDate(min, lang, 'long') }) : null;
  const shown = error ?? (problem && text.trim().length >= 6 ? t(`date.error.${problem}`) : undefined) ?? range ?? undefined;

  return (
    <Input.Wrapper label={label} error={shown} description={description ?? t('date.hint')} id={id} required={required}>
      <Group gap="sm" wrap="wrap" mt={4} align="center">
        <TextInput
          id={id}
          className="ntag-date"
          value={text}
          placeholder={t('date.placeholder')}
          onChange={(e) => read(e.currentTarget.value)}
          onBlur={() => {
            const r = parseThaiDate(text);
            if (r.ok) setText(isoToThaiInput(r.iso));
            else if (r.error !== 'empty') setProblem(r.error);
          }}
          required={required}
          aria-invalid={!!shown}
          autoComplete="off"
          w={170}
          data-testid="be-date"
        />
        <Text size="sm" fw={600} aria-live="polite" data-testid="be-date-reading">
          {value ? formatDate(value, lang, 'long') : '–'}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
