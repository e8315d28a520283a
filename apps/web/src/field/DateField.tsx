import { useEffect, useId, useState } from 'react';
import { formatDate, isoToThaiInput, parseThaiDate, type DateParseError } from '@ntag/shared';
import { useFieldLang, useFieldT } from './texts';
import { Frame } from './ui';

/**
 * A date typed as Thai officers write it, always in the Buddhist era ("7/12/2569", "7 ธ.ค. 2569",
 * Thai digits too), read by packages/shared parseThaiDate like the main app's BeDateInput; the
 * long reading is printed beside it. ISO in and out.
 */
export function DateField({ label, value, onChange, max, required, error }: { label: string; value: string; onChange: (iso: string) => void; max?: string; required?: boolean; error?: string }) {
  const id = useId();
  const t = useFieldT();
  const lang = useFieldLang();
  const [text, setText] = useState(() => isoToThaiInput(value || null));
  const [problem, setProblem] = useState<DateParseError | null>(null);

  // A value set from outside (a form reset, an edit started) shows as typed.
  useEffect(() => {
    const mine = parseThaiDate(text);
    if ((mine.ok ? mine.iso : '') !== value) {
      setText(isoToThaiInput(value || null));
      setProblem(null);
    }
  }, [value]);

  const read = (raw: string) => {
    setText(raw);
    const r = parseThaiDate(raw);
    setProblem(r.ok || r.error === 'empty' ? null : r.error);
    const iso = r.ok ? r.iso : '';
    if (iso !== value) onChange(iso);
  };
  const shown = error ?? (problem && text.trim().length >= 6 ? t(`date.error.${problem}`) : undefined) ?? (value && max && value > max ? t('date.afterMax', { date: formatDate(max, lang, 'long') }) : undefined);

  return (
    <Frame id={id} label={label} required={required} error={shown} hint={t('date.hint')}>
      <div className="f-wrap">
        <input
          id={id}
          className="inp"
          style={{ width: 170 }}
          value={text}
          placeholder={t('date.placeholder')}
          onChange={(e) => read(e.currentTarget.value)}
          onBlur={() => {
            const r = parseThaiDate(text);
            if (r.ok) setText(isoToThaiInput(r.iso));
          }}
          aria-invalid={!!shown}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          data-testid="be-date"
        />
        <span className="small strong" aria-live="polite" data-testid="be-date-reading">
          {value ? formatDate(value, lang, 'long') : '–'}
        </span>
      </div>
    </Frame>
  );
}
