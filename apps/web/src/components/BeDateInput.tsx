import { useId } from 'react';
import { Group, Input, Text } from '@mantine/core';
import { formatDate } from '@ntag/shared';
import { useLang } from '../i18n/I18nProvider';

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
 * The browser's own date picker (ISO in, ISO out: no Buddhist-era parsing to get wrong), with
 * the Buddhist-era reading printed beside it so the user can check "30 มิ.ย. 2569" at a glance.
 */
export function BeDateInput({ label, value, onChange, error, description, max, min, required }: Props) {
  const id = useId();
  const { lang } = useLang();
  return (
    <Input.Wrapper label={label} error={error} description={description} id={id} required={required}>
      <Group gap="sm" wrap="wrap" mt={4}>
        <input
          id={id}
          type="date"
          className="ntag-date"
          value={value ?? ''}
          max={max}
          min={min}
          required={required}
          onChange={(e) => onChange(e.currentTarget.value || null)}
          aria-invalid={!!error}
        />
        <Text size="sm" fw={600} aria-live="polite">
          {value ? formatDate(value, lang, 'long') : '–'}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
