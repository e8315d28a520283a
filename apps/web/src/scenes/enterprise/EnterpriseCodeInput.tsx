import { TextInput } from '@mantine/core';
import { digitsOnly, groupDigits, useGroupedDigits } from '../../components/groupedDigits';

export function codeDigits(value: string): string {
  return digitsOnly(value, 12);
}

/** "440010110023" → "4-40-01-01/1-0023" (X-XX-XX-XX/X-XXXX); a partial code is grouped as far as it goes. */
export function formatCode(value: string): string {
  return groupDigits(codeDigits(value), [1, 2, 2, 2, 1, 4], ['-', '-', '-', '/', '-']);
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
  const { ref, change } = useGroupedDigits(codeDigits, onChange);
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
