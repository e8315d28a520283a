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

/** A line of a pasted or imported list of target tambons: a DOPA code, or names. */
export type TargetLine = { code: string } | { tambon: string; district: string | null; province: string | null };

const PREFIXES = /^(ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|กิ่งอำเภอ|จังหวัด|จ\.)\s*/;
const clean = (s: string) => s.trim().replace(PREFIXES, '').trim();

/**
 * Reads one line of a target list as the ministry's spreadsheets write it: a 6-digit tambon code
 * anywhere on the line, else "tambon, district, province" separated by tabs, commas or
 * semicolons (or by spaces when the parts say ต./อ./จ.), with or without ตำบล/อำเภอ/จังหวัด.
 * Null for an empty line.
 */
export function parseTargetLine(line: string): TargetLine | null {
  const text = line.replace(/[\u200b\ufeff]/g, '').trim();
  if (!text) return null;
  const code = /(?:^|\D)(\d{6})(?:\D|$)/.exec(text);
  if (code) return { code: code[1]! };
  let parts = text.split(/[\t,;|]+/).map(clean).filter(Boolean);
  if (parts.length === 1) {
    // "ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น": the prefixes mark where each name starts.
    const marked = text.split(/\s+(?=ต\.|ตำบล|แขวง|อ\.|อำเภอ|เขต|จ\.|จังหวัด)/).map(clean).filter(Boolean);
    if (marked.length > 1) parts = marked;
  }
  if (!parts.length) return null;
  return { tambon: parts[0]!, district: parts[1] ?? null, province: parts[2] ?? null };
}

/** A district's or province's name as written, compared without its "อำเภอ"/"เขต"/"จังหวัด" and spaces. */
export const sameName = (written: string | null, name: string): boolean => !written || clean(written).replace(/\s+/g, '') === clean(name).replace(/\s+/g, '');

/**
 * A group may move to the next cohort when it was formed after its own cohort's deadline for
 * forming groups (step 2's due date): its steps would otherwise be overdue from the day it was
 * formed. `formedOn` is its founding date (or the day it was entered).
 */
export function formedLate(formedOn: string, step2DueOn: string | null): boolean {
  return !!step2DueOn && formedOn > step2DueOn;
}
