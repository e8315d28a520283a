import { useRef, type ChangeEvent } from 'react';
import { normalizeDigits } from '@ntag/shared';

/*
 * Numbers typed as digits and shown in groups as they are printed (a national id
 * 1-2345-67890-12-3, an enterprise code 4-40-01-01/1-0023): `NationalIdInput` and
 * `EnterpriseCodeInput` share the digits, the grouping and the caret.
 */

/** Digits only (Thai digits become Arabic), at most `max`. */
export function digitsOnly(value: string, max: number): string {
  return normalizeDigits(value).replace(/\D/g, '').slice(0, max);
}

/** The digits in groups of `groups`, `separators[i]` before group i + 1; a partial number is grouped as far as it goes. */
export function groupDigits(digits: string, groups: number[], separators: string[]): string {
  let out = '';
  let i = 0;
  groups.forEach((n, g) => {
    if (i >= digits.length) return;
    if (g > 0) out += separators[g - 1];
    out += digits.slice(i, i + n);
    i += n;
  });
  return out;
}

/**
 * The change handler of such an input: hands on the digits only, then puts the caret back after
 * the same digit once the separators have moved. `ref` goes on the input.
 */
export function useGroupedDigits(digitsOf: (value: string) => string, onChange: (digits: string) => void) {
  const ref = useRef<HTMLInputElement>(null);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const caret = input.selectionStart ?? input.value.length;
    const digitsBefore = digitsOf(input.value.slice(0, caret)).length;
    onChange(digitsOf(input.value));
    requestAnimationFrame(() => {
      const el = ref.current;
      if (!el || document.activeElement !== el) return;
      let pos = 0;
      let seen = 0;
      while (pos < el.value.length && seen < digitsBefore) {
        if (/\d/.test(el.value[pos]!)) seen++;
        pos++;
      }
      el.setSelectionRange(pos, pos);
    });
  };
  return { ref, change };
}
