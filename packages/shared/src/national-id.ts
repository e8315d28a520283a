/** Thai national id (เลขประจำตัวประชาชน): 13 digits, the last a mod-11 check digit. */
export function isValidNationalId(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** Masks a national id as 1-2345-xxxxx-xx-1 (first five and last digit kept). */
export function maskNationalId(value: string): string {
  const d = value.replace(/[\s-]/g, '');
  if (d.length !== 13) return 'x-xxxx-xxxxx-xx-x';
  return `${d[0]}-${d.slice(1, 5)}-xxxxx-xx-${d[12]}`;
}
