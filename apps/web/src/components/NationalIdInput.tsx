import { useRef, useState, type ChangeEvent } from 'react';
import { TextInput } from '@mantine/core';
import { isValidNationalId, normalizeDigits } from '@ntag/shared';
import { useT } from '../i18n/I18nProvider';

const GROUPS = [1, 4, 5, 2, 1];

/** Digits only (Thai digits become Arabic), at most 13. */
export function nationalIdDigits(value: string): string {
  return normalizeDigits(value).replace(/\D/g, '').slice(0, 13);
}

/** "1234567890123" → "1-2345-67890-12-3" (a partial number is grouped as far as it goes). */
export function formatNationalId(value: string): string {
  const d = nationalIdDigits(value);
  const parts: string[] = [];
  let i = 0;
  for (const n of GROUPS) {
    if (i >= d.length) break;
    parts.push(d.slice(i, i + n));
    i += n;
  }
  return parts.join('-');
}

/** null when the number is complete and its check digit matches, else what is wrong. */
export function nationalIdProblem(digits: string): 'empty' | 'short' | 'checksum' | null {
  if (!digits) return 'empty';
  if (digits.length < 13) return 'short';
  return isValidNationalId(digits) ? null : 'checksum';
}

interface Props {
  label: string;
  /** 13 digits (or fewer while typing), no dashes. */
  value: string;
  onChange: (digits: string) => void;
  /** An error from outside (the API, or "required" on submit); wins over the live check. */
  error?: string;
  required?: boolean;
  /** After a submit attempt, an incomplete number is an error too (not only while typing). */
  showIncomplete?: boolean;
}

/**
 * เลขประจำตัวประชาชน typed as digits (Thai digits accepted), shown as 1-2345-67890-12-3, and
 * checked as you type: a wrong check digit is flagged as soon as the 13th digit is in.
 */
export function NationalIdInput({ label, value, onChange, error, required, showIncomplete = false }: Props) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  const [blurred, setBlurred] = useState(false);
  const problem = nationalIdProblem(value);

  const live =
    problem === 'checksum'
      ? t('farmers.idChecksum')
      : problem === 'short' && (blurred || showIncomplete)
        ? t('farmers.idShort')
        : problem === 'empty' && showIncomplete && required
          ? t('password.required')
          : undefined;

  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    // Keep the caret after the same digit once the dashes move.
    const caret = input.selectionStart ?? input.value.length;
    const digitsBefore = nationalIdDigits(input.value.slice(0, caret)).length;
    const digits = nationalIdDigits(input.value);
    onChange(digits);
    requestAnimationFrame(() => {
      const el = ref.current;
      if (!el || document.activeElement !== el) return;
      const text = el.value;
      let pos = 0;
      let seen = 0;
      while (pos < text.length && seen < digitsBefore) {
        if (/\d/.test(text[pos]!)) seen++;
        pos++;
      }
      el.setSelectionRange(pos, pos);
    });
  };

  return (
    <TextInput
      ref={ref}
      label={label}
      value={formatNationalId(value)}
      onChange={change}
      onBlur={() => setBlurred(true)}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder="1-2345-67890-12-3"
      description={problem === null && !error ? t('farmers.idValid') : t('farmers.idHint')}
      error={error ?? live}
      required={required}
      maw={420}
      styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: '0.02em' }, description: problem === null && !error ? { color: 'var(--mantine-color-ntag-8)' } : undefined }}
    />
  );
}
