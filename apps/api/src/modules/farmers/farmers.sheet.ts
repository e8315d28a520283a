import {
  ACTIVITY_KINDS, ACTIVITY_LABELS, TITLE_DEED_LABELS, TITLE_DEED_TYPES, normalizeDigits, toRaiNganWa, toSquareMetres,
  type ActivityKind, type TitleDeedType,
} from '@ntag/shared';
import type { FarmActivity, farmer } from '../../db/schema';

/**
 * The farmer spreadsheet: one set of Thai column headings for the import template, the import
 * and the export, so that an exported list imports back unchanged. Pure functions only.
 */
export const COLUMNS = [
  { key: 'nationalId', heading: 'เลขประจำตัวประชาชน', required: true, width: 18 },
  { key: 'title', heading: 'คำนำหน้า', width: 10 },
  { key: 'firstName', heading: 'ชื่อ', required: true, width: 16 },
  { key: 'lastName', heading: 'นามสกุล', required: true, width: 16 },
  { key: 'birthDate', heading: 'วันเกิด (วว/ดด/ปปปป พ.ศ.)', width: 14 },
  { key: 'sex', heading: 'เพศ', width: 8 },
  { key: 'phone', heading: 'โทรศัพท์', width: 13 },
  { key: 'houseNo', heading: 'บ้านเลขที่', width: 10 },
  { key: 'villageNo', heading: 'หมู่ที่', width: 7 },
  { key: 'villageName', heading: 'ชื่อหมู่บ้าน', width: 14 },
  { key: 'tambonCode', heading: 'รหัสตำบล', required: true, width: 10 },
  { key: 'householdSize', heading: 'จำนวนสมาชิกในครัวเรือน', width: 10 },
  { key: 'farmerRegistryNo', heading: 'เลขทะเบียนเกษตรกร (ทบก.)', width: 16 },
  { key: 'rai', heading: 'พื้นที่แปลง (ไร่)', width: 9 },
  { key: 'ngan', heading: 'พื้นที่แปลง (งาน)', width: 9 },
  { key: 'wa', heading: 'พื้นที่แปลง (ตารางวา)', width: 9 },
  { key: 'titleDeedType', heading: 'เอกสารสิทธิ์', width: 14 },
  { key: 'pondDug', heading: 'ขุดสระโดยกรมพัฒนาที่ดิน (มี/ไม่มี)', width: 12 },
  { key: 'pondYear', heading: 'ปีที่ขุดสระ (พ.ศ.)', width: 10 },
  { key: 'pondVolumeM3', heading: 'ขนาดสระ (ลูกบาศก์เมตร)', width: 12 },
  { key: 'activities', heading: 'กิจกรรมหลัก (เช่น ปลูกพืช: ข้าว; เลี้ยงสัตว์: ไก่)', width: 30 },
  { key: 'notes', heading: 'หมายเหตุ', width: 24 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const HEADING_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.heading])) as Record<ColumnKey, string>;

/** Headings compared loosely: spaces and case do not matter. */
export const headingKey = (h: string) => normalizeDigits(h).replace(/\s+/g, '').toLowerCase();
const BY_HEADING = new Map<string, ColumnKey>(COLUMNS.map((c) => [headingKey(c.heading), c.key]));
export const columnOfHeading = (h: string): ColumnKey | undefined => BY_HEADING.get(headingKey(h));

export type Cell = string | number | boolean | Date | null | undefined;

/** Text of a cell: Thai digits normalised, trimmed; numbers without exponent. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return normalizeDigits(String(v)).trim();
}

export function cellNumber(v: Cell): number | null | 'bad' {
  if (typeof v === 'number') return v;
  const t = cellText(v).replace(/,/g, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'bad';
}

/**
 * A date cell: an Excel date, "17/5/2513" (a year above 2400 is BE, else Gregorian) or ISO.
 * Returns ISO, null when empty, 'bad' when unreadable.
 */
export function cellDate(v: Cell): string | null | 'bad' {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'bad' : v.toISOString().slice(0, 10);
  const t = cellText(v);
  if (!t) return null;
  let y: number, m: number, d: number;
  const dmy = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const ymd = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else return 'bad';
  if (y > 2400) y -= 543;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'bad';
  return date.toISOString().slice(0, 10);
}

export function cellSex(v: Cell): 'male' | 'female' | 'unspecified' | null | 'bad' {
  const t = cellText(v).toLowerCase();
  if (!t) return null;
  if (['ชาย', 'ช', 'male', 'm'].includes(t)) return 'male';
  if (['หญิง', 'ญ', 'female', 'f'].includes(t)) return 'female';
  if (['ไม่ระบุ', 'unspecified', 'other'].includes(t)) return 'unspecified';
  return 'bad';
}

export function cellYesNo(v: Cell): boolean | null | 'bad' {
  if (typeof v === 'boolean') return v;
  const t = cellText(v).toLowerCase();
  if (!t) return null;
  if (['มี', 'ใช่', 'ขุดแล้ว', 'yes', 'y', 'true', '1', '✓'].includes(t)) return true;
  if (['ไม่มี', 'ไม่ใช่', 'ยังไม่ขุด', 'no', 'n', 'false', '0', '-'].includes(t)) return false;
  return 'bad';
}

export function cellTitleDeed(v: Cell): TitleDeedType | null | 'bad' {
  const t = headingKey(cellText(v));
  if (!t) return null;
  for (const type of TITLE_DEED_TYPES) {
    const label = TITLE_DEED_LABELS[type];
    if (t === type || t === headingKey(label.th) || t === headingKey(label.en)) return type;
  }
  if (t.startsWith('โฉนด')) return 'chanote';
  if (t.includes('ส.ป.ก') || t.includes('สปก')) return 'spk401';
  return 'bad';
}

/** "ปลูกพืช: ข้าว; เลี้ยงสัตว์: ไก่" → activities; an unknown kind becomes `other` with its text. */
export function cellActivities(v: Cell): FarmActivity[] {
  return cellText(v)
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [head, ...rest] = part.split(/[:：]/);
      const kind = ACTIVITY_KINDS.find((k) => headingKey(ACTIVITY_LABELS[k].th) === headingKey(head!) || k === headingKey(head!));
      const detail = rest.join(':').trim();
      return kind ? { kind, ...(detail ? { detail } : {}) } : { kind: 'other' as ActivityKind, detail: part };
    });
}

export function activitiesText(list: FarmActivity[]): string {
  return list.map((a) => `${ACTIVITY_LABELS[a.kind]?.th ?? a.kind}${a.detail ? `: ${a.detail}` : ''}`).join('; ');
}

/** Land from three cells (rai, ngan, square wa) to square metres. */
export function landFromCells(rai: number | null, ngan: number | null, wa: number | null): number | null {
  if (rai === null && ngan === null && wa === null) return null;
  return toSquareMetres(rai ?? 0, ngan ?? 0, wa ?? 0);
}

/** A stored farmer without the bookkeeping columns: what an export row is made of. */
export type ExportableFarmer = Omit<typeof farmer.$inferSelect, 'id' | 'createdBy' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'>;

/** One export row in column order; the national id as text so Excel keeps all 13 digits. */
export function exportRow(f: ExportableFarmer): (string | number | null)[] {
  const land = f.plotAreaSqm === null ? null : toRaiNganWa(f.plotAreaSqm);
  const sex = f.sex === 'male' ? 'ชาย' : f.sex === 'female' ? 'หญิง' : f.sex === 'unspecified' ? 'ไม่ระบุ' : null;
  const birth = f.birthDate ? f.birthDate.split('-') : null;
  return [
    f.nationalId, f.title, f.firstName, f.lastName,
    birth ? `${Number(birth[2])}/${Number(birth[1])}/${Number(birth[0]) + 543}` : null,
    sex, f.phone, f.houseNo, f.villageNo, f.villageName, f.tambonCode, f.householdSize, f.farmerRegistryNo,
    land?.rai ?? null, land?.ngan ?? null, land?.wa ?? null,
    f.titleDeedType ? TITLE_DEED_LABELS[f.titleDeedType as TitleDeedType]?.th ?? f.titleDeedType : null,
    f.pondDug ? 'มี' : 'ไม่มี', f.pondYear, f.pondVolumeM3, activitiesText(f.activities), f.notes,
  ];
}

