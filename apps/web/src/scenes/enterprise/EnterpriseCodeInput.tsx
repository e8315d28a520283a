import { useRef, type ChangeEvent } from 'react';
import { TextInput } from '@mantine/core';
import { normalizeDigits } from '@ntag/shared';

/** The registration code's digit groups: X-XX-XX-XX/X-XXXX. */
const GROUPS = [1, 2, 2, 2, 1, 4];
const SEPARATORS = ['-', '-', '-', '/', '-'];

export function codeDigits(value: string): string {
  return normalizeDigits(value).replace(/\D/g, '').slice(0, 12);
}

/** "440010110023" → "4-40-01-01/1-0023"; a partial code is grouped as far as it goes. */
export function formatCode(value: string): string {
  const d = codeDigits(value);
  let out = '';
  let i = 0;
  GROUPS.forEach((n, g) => {
    if (i >= d.length) return;
    if (g > 0) out += SEPARATORS[g - 1];
    out += d.slice(i, i + n);
    i += n;
  });
  return out;
}

interface Props {
  label: string;
  description?: string;
  /** Up to 12 digits, no separators. */
  value: string;
  onChange: (digits: string) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

/**
 * รหัสทะเบียนวิสาหกิจชุมชน typed as digits (Thai digits too) on the numeric keyboard, shown as the
 * certificate prints it (X-XX-XX-XX/X-XXXX) while it is typed, the caret kept after its digit.
 */
export function EnterpriseCodeInput({ label, description, value, onChange, error, required, disabled }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const caret = input.selectionStart ?? input.value.length;
    const before = codeDigits(input.value.slice(0, caret)).length;
    onChange(codeDigits(input.value));
    requestAnimationFrame(() => {
      const el = ref.current;
      if (!el || document.activeElement !== el) return;
      let pos = 0;
      let seen = 0;
      while (pos < el.value.length && seen < before) {
        if (/\d/.test(el.value[pos]!)) seen++;
        pos++;
      }
      el.setSelectionRange(pos, pos);
    });
  };
  return (
    <TextInput
      ref={ref}
      label={label}
      description={description}
      value={formatCode(value)}
      onChange={change}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder="X-XX-XX-XX/X-XXXX"
      error={error}
      required={required}
      disabled={disabled}
      maw={320}
      styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: '0.03em' } }}
    />
  );
}
