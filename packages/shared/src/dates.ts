/**
 * Buddhist-era (พ.ศ.) formatting. Dates are stored as ISO (Gregorian) and converted only at
 * the edges. Done by hand rather than with Intl so that output is identical on every runtime
 * (small-ICU builds format th-TH differently).
 */
export const BE_OFFSET = 543;

const MONTHS_TH_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const MONTHS_TH_LONG = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
];
const MONTHS_EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const toBuddhistYear = (gregorianYear: number): number => gregorianYear + BE_OFFSET;
export const toGregorianYear = (buddhistYear: number): number => buddhistYear - BE_OFFSET;

type DateParts = { y: number; m: number; d: number; hh: number; mm: number };

/** Reads an ISO date (YYYY-MM-DD) as a calendar date, or a timestamp in Thailand time (UTC+7). */
function parts(value: string | Date): DateParts | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return { y, m, d, hh: 0, mm: 0 };
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  // Thailand has no daylight saving: a fixed +7 hours gives local wall-clock time.
  const local = new Date(date.getTime() + 7 * 3600_000);
  return {
    y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(),
    hh: local.getUTCHours(), mm: local.getUTCMinutes(),
  };
}

export type Lang = 'th' | 'en';
export type DateStyle = 'short' | 'long';

/** "26 พ.ย. 2569" / "26 พฤศจิกายน 2569" in Thai; "26 Nov 2026" in English. */
export function formatDate(value: string | Date | null | undefined, lang: Lang = 'th', style: DateStyle = 'short'): string {
  if (!value) return '';
  const p = parts(value);
  if (!p) return '';
  if (lang === 'en') return `${p.d} ${MONTHS_EN_SHORT[p.m - 1]} ${p.y}`;
  const month = (style === 'long' ? MONTHS_TH_LONG : MONTHS_TH_SHORT)[p.m - 1];
  return `${p.d} ${month} ${toBuddhistYear(p.y)}`;
}

/** Date and time (Thailand time): "26 พ.ย. 2569 14:05 น." */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang = 'th'): string {
  if (!value) return '';
  const p = parts(value);
  if (!p) return '';
  const time = `${String(p.hh).padStart(2, '0')}:${String(p.mm).padStart(2, '0')}`;
  return lang === 'th' ? `${formatDate(value, lang)} ${time} น.` : `${formatDate(value, lang)} ${time}`;
}

/** "พฤศจิกายน 2569" for a period YYYY-MM. */
export function formatMonth(period: string, lang: Lang = 'th'): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  if (lang === 'en') return `${MONTHS_EN_SHORT[m - 1]} ${y}`;
  return `${MONTHS_TH_LONG[m - 1]} ${toBuddhistYear(y)}`;
}

/** Today's date in Thailand as ISO YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const p = parts(now)!;
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}
