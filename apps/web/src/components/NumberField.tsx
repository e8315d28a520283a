import { TextInput, type TextInputProps } from '@mantine/core';
import { normalizeDigits } from '@ntag/shared';

/**
 * "๑,๒๐๐.๕" or "1,200.5" → 1200.5; '' → null; anything else → NaN. Field workers type with
 * Thai or Arabic digits, with or without thousands separators; the API accepts both too.
 */
export function parseNumber(text: string): number | null {
  const t = normalizeDigits(text).replace(/[,\s]/g, '');
  if (t === '') return null;
  return /^\d*\.?\d*$/.test(t) && t !== '.' ? Number(t) : NaN;
}

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** What was typed (kept as text so that "12." or Thai digits survive while typing). */
  value: string;
  onChange: (text: string) => void;
  /** Shown after the box, e.g. "กก." or "บาท". */
  unit?: string;
};

/**
 * A number typed on a phone: the numeric keyboard with a decimal point (inputMode="decimal"),
 * Thai digits accepted, no spinner arrows to hit by mistake.
 */
export function NumberField({ value, onChange, unit, ...rest }: Props) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={unit}
      rightSectionWidth={unit ? Math.max(40, unit.length * 9 + 16) : undefined}
      rightSectionPointerEvents="none"
      styles={{ input: { fontVariantNumeric: 'tabular-nums' }, section: { color: 'var(--mantine-color-dimmed)', fontSize: 'var(--mantine-font-size-sm)' } }}
    />
  );
}
