/**
 * Reading a date as an officer types it (issue 15): Buddhist-era years, Thai or Arabic digits,
 * "13/05/2522", "13-5-2522", "13.05.2522", "13 พ.ค. 2522", "13 พฤษภาคม 2522", "13 May 1979" (English
 * month names take the Christian era). Answers an ISO date (YYYY-MM-DD) or a reason it cannot.
 * A two-digit year is read as Buddhist era 25xx ("13/05/22" → 2522).
 */

const TH_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const MONTHS: [RegExp, number][] = [
  ['มกราคม|ม\\.?ค\\.?', 1], ['กุมภาพันธ์|ก\\.?พ\\.?', 2], ['มีนาคม|มี\\.?ค\\.?', 3], ['เมษายน|เม\\.?ย\\.?', 4],
  ['พฤษภาคม|พ\\.?ค\\.?', 5], ['มิถุนายน|มิ\\.?ย\\.?', 6], ['กรกฎาคม|ก\\.?ค\\.?', 7], ['สิงหาคม|ส\\.?ค\\.?', 8],
  ['กันยายน|ก\\.?ย\\.?', 9], ['ตุลาคม|ต\\.?ค\\.?', 10], ['พฤศจิกายน|พ\\.?ย\\.?', 11], ['ธันวาคม|ธ\\.?ค\\.?', 12],
].map(([p, m]) => [new RegExp(`^(?:${p as string})$`), m as number]);
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DateParseError = 'empty' | 'format' | 'month' | 'day' | 'year';
export type DateParse = { ok: true; iso: string } | { ok: false; error: DateParseError };

/** Thai digits to Arabic ones. */
export const arabicDigits = (s: string): string => s.replace(/[๐-๙]/g, (d) => String(TH_DIGITS.indexOf(d)));

function monthOf(word: string): number | null {
  const w = word.trim().toLowerCase();
  for (const [re, m] of MONTHS) if (re.test(w)) return m;
  const en = EN_MONTHS.findIndex((m) => w.startsWith(m));
  return en >= 0 ? en + 1 : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function build(d: number, m: number, yearBe: number): DateParse {
  if (m < 1 || m > 12) return { ok: false, error: 'month' };
  if (yearBe < 2400 || yearBe > 2700) return { ok: false, error: 'year' };
  const y = yearBe - 543;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return { ok: false, error: 'day' };
  return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

const beYear = (raw: string): number => {
  const n = Number(raw);
  return raw.length <= 2 ? 2500 + n : n;
};

/** Reads a typed date; the year is Buddhist era unless an English month name or an ISO date says otherwise. */
export function parseThaiDate(input: string): DateParse {
  const s = arabicDigits(input).trim().replace(/\s+/g, ' ');
  if (!s) return { ok: false, error: 'empty' };
  // ISO (what the API speaks), Christian era.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]) + 543);
  // 13/05/2522, 13-5-2522, 13.05.2522, 13/05/22
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), beYear(m[3]!));
  // 13052522 (eight digits, as typed on a phone's number pad)
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  // 13 พ.ค. 2522, 13 พฤษภาคม พ.ศ. 2522, 13 May 1979
  m = /^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(?:พ\.?ศ\.?\s*)?(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    if (!month) return { ok: false, error: 'month' };
    const english = /^[a-z]/i.test(m[2]!.trim());
    return build(Number(m[1]), month, english && m[3]!.length === 4 ? Number(m[3]) + 543 : beYear(m[3]!));
  }
  return { ok: false, error: 'format' };
}

/** An ISO date shown as the input shows it: "13/05/2522". */
export function isoToThaiInput(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${Number(m[1]) + 543}` : '';
}
