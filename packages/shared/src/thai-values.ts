/**
 * Readers of values as Thai offices write them in their own spreadsheets: dates in either era
 * with Thai or Arabic digits and Thai month names, land as rai-ngan-wa, national ids and phone
 * numbers with separators, yes/no words and ticks, and a whole name with its title in one cell.
 * Each returns the value, `null` for an empty cell, or `{ error }` with a Thai hint of what to
 * write instead. Pure functions; used by the import (server) and the import screen (web).
 */
import { normalizeDigits } from './thai-text';
import { toSquareMetres } from './land';

export type Read<T> = T | null | { error: string };
export const isReadError = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;

const clean = (v: string) => normalizeDigits(v).replace(/\s+/g, ' ').trim();

const MONTHS: [number, string[]][] = [
  [1, ['มกราคม', 'ม.ค.', 'มค', 'jan', 'january']],
  [2, ['กุมภาพันธ์', 'ก.พ.', 'กพ', 'feb', 'february']],
  [3, ['มีนาคม', 'มี.ค.', 'มีค', 'mar', 'march']],
  [4, ['เมษายน', 'เม.ย.', 'เมย', 'apr', 'april']],
  [5, ['พฤษภาคม', 'พ.ค.', 'พค', 'may']],
  [6, ['มิถุนายน', 'มิ.ย.', 'มิย', 'jun', 'june']],
  [7, ['กรกฎาคม', 'ก.ค.', 'กค', 'jul', 'july']],
  [8, ['สิงหาคม', 'ส.ค.', 'สค', 'aug', 'august']],
  [9, ['กันยายน', 'ก.ย.', 'กย', 'sep', 'sept', 'september']],
  [10, ['ตุลาคม', 'ต.ค.', 'ตค', 'oct', 'october']],
  [11, ['พฤศจิกายน', 'พ.ย.', 'พย', 'nov', 'november']],
  [12, ['ธันวาคม', 'ธ.ค.', 'ธค', 'dec', 'december']],
];
const MONTH_OF = new Map<string, number>(MONTHS.flatMap(([m, names]) => names.map((n) => [n.replace(/\./g, ''), m] as [string, number])));

const DATE_HINT = 'เขียนวันที่เป็น วว/ดด/ปปปป พ.ศ. เช่น 13/05/2522 หรือ 13 พ.ค. 2522';

/** Excel's serial day numbers (1900 system) to ISO. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const ms = Math.round((serial - 25569) * 86400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y >= 2400) y -= 543; // a year from 2400 up is Buddhist era (2400 BE = 1857 CE)
  if (y < 100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * "13/05/2522", "13-5-22"(no: two-digit years are refused), "13 พ.ค. 2522", "13 พฤษภาคม 2522",
 * "๑๓ พ.ค. ๒๕๒๒", "2522-05-13", "1979-05-13", "วันที่ 13 พ.ค. พ.ศ. 2522", an Excel Date or serial.
 */
export function readThaiDate(value: unknown): Read<string> {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: DATE_HINT } : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    // A bare year is not a date; a serial in Excel's range is.
    const iso = value > 3000 ? excelSerialToIso(value) : null;
    return iso ?? { error: DATE_HINT };
  }
  let t = clean(String(value)).toLowerCase();
  if (!t || t === '-') return null;
  t = t.replace(/^วันที่\s*/, '').replace(/\s*(พ\.ศ\.|พศ|ค\.ศ\.|คศ)\s*/g, ' ').trim();
  let m = t.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/);
  if (m) return isoOf(+m[3]!, +m[2]!, +m[1]!) ?? { error: DATE_HINT };
  m = t.match(/^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:[t ].*)?$/);
  if (m) return isoOf(+m[1]!, +m[2]!, +m[3]!) ?? { error: DATE_HINT };
  m = t.match(/^(\d{1,2})\s*([^\d\s]+(?:\s[^\d\s]+)?)\s*(\d{4})$/);
  if (m) {
    const month = MONTH_OF.get(m[2]!.replace(/[.\s]/g, ''));
    if (month) return isoOf(+m[3]!, month, +m[1]!) ?? { error: DATE_HINT };
  }
  return { error: DATE_HINT };
}

const LAND_HINT = 'เขียนพื้นที่เป็น ไร่-งาน-ตารางวา เช่น 3-2-50 หรือ 3 ไร่ 2 งาน 50 ตารางวา หรือจำนวนไร่ เช่น 3.5';

/** Land in square metres from "3-2-50", "3 ไร่ 2 งาน 50 ตารางวา", "3.5" (rai), "๓-๒-๕๐", "3 ไร่". */
export function readLand(value: unknown): Read<number> {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value >= 0 && Number.isFinite(value) ? round2(value * 1600) : { error: LAND_HINT };
  const t = clean(String(value)).replace(/,/g, '');
  if (!t || t === '-') return null;
  let m = t.match(/^(\d+(?:\.\d+)?)\s*[-/]\s*(\d+(?:\.\d+)?)\s*[-/]\s*(\d+(?:\.\d+)?)(?:\s*ไร่)?$/);
  if (m) return checkedLand(+m[1]!, +m[2]!, +m[3]!);
  m = t.match(/^(?:(\d+(?:\.\d+)?)\s*ไร่)?\s*(?:(\d+(?:\.\d+)?)\s*งาน)?\s*(?:(\d+(?:\.\d+)?)\s*(?:ตารางวา|ตร\.?\s*ว\.?|วา))?$/);
  if (m && (m[1] || m[2] || m[3])) return checkedLand(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0));
  m = t.match(/^(\d+(?:\.\d+)?)$/);
  if (m) return round2(+m[1]! * 1600);
  return { error: LAND_HINT };
}
function checkedLand(rai: number, ngan: number, wa: number): Read<number> {
  if (ngan >= 4 || wa >= 400) return { error: 'งานต้องน้อยกว่า 4 และตารางวาต้องน้อยกว่า 400 เช่น 3-2-50' };
  return round2(toSquareMetres(rai, ngan, wa));
}
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A national id's 13 digits from "1-2345-67890-12-3", "1 2345 67890 12 3", Thai digits, or a number cell. */
export function readNationalId(value: unknown): Read<string> {
  if (value === null || value === undefined || value === '') return null;
  const t = typeof value === 'number' ? value.toFixed(0) : clean(String(value)).replace(/[\s\-.]/g, '');
  if (!t) return null;
  if (!/^\d{13}$/.test(t)) return { error: 'เลขประจำตัวประชาชนต้องมี 13 หลัก เช่น 1-2345-67890-12-3' };
  return t;
}

/** A Thai phone number from "081-234-5678", "(081) 234 5678", "+66 81 234 5678", "๐๘๑๒๓๔๕๖๗๘", 812345678 (a number cell lost its 0). */
export function readPhone(value: unknown): Read<string> {
  if (value === null || value === undefined || value === '') return null;
  let t = typeof value === 'number' ? value.toFixed(0) : clean(String(value));
  t = t.split(/[,;/]|\s{2,}/)[0]!.replace(/^(โทร\.?|tel\.?)\s*/i, '').replace(/[\s\-().]/g, '');
  if (!t || t === '-') return null;
  if (t.startsWith('+66')) t = `0${t.slice(3)}`;
  else if (t.startsWith('66') && t.length === 11) t = `0${t.slice(2)}`;
  if (/^[1-9]\d{7,8}$/.test(t)) t = `0${t}`;
  if (!/^0\d{8,9}$/.test(t)) return { error: 'หมายเลขโทรศัพท์ต้องมี 9–10 หลัก ขึ้นต้นด้วย 0 เช่น 081-234-5678' };
  return t;
}

const YES = new Set(['มี', 'ใช่', 'ขุดแล้ว', 'ขุด', 'ได้', 'เคย', 'yes', 'y', 'true', '1', '✓', '✔', '☑', '/', '√', 'ü', 'ok']);
const NO = new Set(['ไม่มี', 'ไม่ใช่', 'ยังไม่ขุด', 'ไม่ได้', 'ไม่', 'ไม่เคย', 'no', 'n', 'false', '0', '-', '✗', '✘', '☐']);

/** Yes/no from Thai words, English words, ticks and crosses. */
export function readYesNo(value: unknown): Read<boolean> {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value;
  const t = clean(String(value)).toLowerCase();
  if (!t) return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return { error: 'เขียน มี หรือ ไม่มี (หรือ ✓ สำหรับมี)' };
}

/** Titles in the order they are tried (longest first so "นางสาว" is not read as "นาง"). */
export const NAME_TITLES = [
  'ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'ว่าที่ ร.ต.', 'นางสาว', 'น.ส.', 'นส.', 'ด.ช.', 'ด.ญ.', 'เด็กชาย', 'เด็กหญิง', 'นาย', 'นาง', 'ร.ต.', 'จ.ส.อ.', 'ส.อ.', 'mrs.', 'mrs', 'miss', 'ms.', 'ms', 'mr.', 'mr',
];

/** "นายสมชาย ใจดี", "นาง สมศรี  ใจดี", "สมชาย ใจดี" → title, first and last name (extra words join the last name). */
export function splitThaiName(value: unknown): Read<{ title: string | null; firstName: string; lastName: string }> {
  if (value === null || value === undefined || value === '') return null;
  let t = clean(String(value));
  if (!t) return null;
  let title: string | null = null;
  const lower = t.toLowerCase();
  for (const candidate of NAME_TITLES) {
    if (lower.startsWith(candidate)) {
      title = t.slice(0, candidate.length).replace(/\s+/g, '');
      t = t.slice(candidate.length).trim();
      break;
    }
  }
  const [first, ...rest] = t.split(' ');
  if (!first || !rest.length) return { error: 'เขียนชื่อและนามสกุลเว้นวรรคกัน เช่น นายสมชาย ใจดี' };
  return { title, firstName: first, lastName: rest.join(' ') };
}

/** "3", "ม.3", "หมู่ 3", "หมู่ที่ ๓" → 3. */
export function readVillageNo(value: unknown): Read<number> {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 99 ? value : { error: 'หมู่ที่ต้องเป็นตัวเลข 1–99 เช่น 3' };
  const t = clean(String(value)).replace(/^(หมู่ที่|หมู่|ม\.|ม)\s*/, '');
  if (!t || t === '-') return null;
  const n = Number(t);
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : { error: 'หมู่ที่ต้องเป็นตัวเลข 1–99 เช่น 3' };
}

/** A number as written: "1,260", "๑๒๖๐", "1260 ลบ.ม." (a trailing unit word is allowed). */
export function readNumber(value: unknown): Read<number> {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: 'ต้องเป็นตัวเลข' };
  const t = clean(String(value)).replace(/,/g, '').replace(/\s*(ลบ\.?\s*ม\.?|ลูกบาศก์เมตร|m3|m³|คน|ราย)$/i, '');
  if (!t || t === '-') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : { error: 'ต้องเป็นตัวเลข เช่น 1260' };
}

/** Strips the words an address cell puts before a place name: "ต.บ้านเป็ด" → "บ้านเป็ด". */
export function placeName(value: string, level: 'tambon' | 'district' | 'province'): string {
  const prefixes = {
    tambon: /^(ตำบล|ต\.|แขวง)\s*/,
    district: /^(อำเภอ|อ\.|เขต|กิ่งอำเภอ)\s*/,
    province: /^(จังหวัด|จ\.)\s*/,
  }[level];
  return clean(value).replace(prefixes, '').replace(/\s+/g, '');
}

/**
 * An address in one cell, as lists write it: "12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น จ.ขอนแก่น",
 * "12/1 หมู่ที่ 3 ตำบลบ้านเป็ด อำเภอเมือง จังหวัดขอนแก่น". Parts not found are ''.
 */
export function splitThaiAddress(value: unknown): { houseNo: string; villageNo: string; tambon: string; district: string; province: string } {
  const t = clean(String(value ?? ''));
  const grab = (re: RegExp) => re.exec(t)?.[1]?.trim() ?? '';
  return {
    houseNo: grab(/^(?:บ้านเลขที่|เลขที่)?\s*(\d+(?:\/\d+)?)(?=\s|$)/),
    villageNo: grab(/(?:หมู่ที่|หมู่|ม\.)\s*(\d{1,2})(?!\d)/),
    tambon: grab(/(?:ตำบล|ต\.|แขวง)\s*([^\s]+)/),
    district: grab(/(?:อำเภอ|อ\.|เขต)\s*([^\s]+)/),
    province: grab(/(?:จังหวัด|จ\.)\s*([^\s]+)/),
  };
}
