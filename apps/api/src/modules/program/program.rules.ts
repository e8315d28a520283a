/** Pure rules of the program's calendar. */

/** Moves an ISO date by whole years, keeping month and day (29 Feb becomes 28 Feb). */
export function shiftIsoDateByYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A start date, when both are set, may not fall after the due date. */
export const datesInOrder = (startsOn: string | null, dueOn: string | null): boolean => !startsOn || !dueOn || startsOn <= dueOn;
