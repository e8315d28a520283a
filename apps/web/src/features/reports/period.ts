/**
 * Reporting months as the API takes them: Gregorian `YYYY-MM` (the screen shows them in the
 * Buddhist era with formatMonth). Pure, so that the boundaries (January, December) are tested.
 */
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (value: string | null | undefined): value is string => !!value && PERIOD.test(value);

/** The month `n` months after `period` (before it when n is negative). */
export function shiftPeriod(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month an ISO date (YYYY-MM-DD) falls in. */
export const periodOf = (isoDate: string): string => isoDate.slice(0, 7);

/** The month a report is usually written for: the one before today's (Thailand) date. */
export const lastMonth = (todayIso: string): string => shiftPeriod(periodOf(todayIso), -1);

/** Every month from `from` to `to`, newest first (what a month picker offers). */
export function periodsNewestFirst(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = to; p >= from && out.length < 240; p = shiftPeriod(p, -1)) out.push(p);
  return out;
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
