/**
 * Labels and display helpers shared by the PDF and the Excel renderers, so that both show the
 * same words for the same form (a district officer compares the two side by side).
 */
import { formatDate } from '@ntag/shared';
import type { FormPlace } from './forms.types';

export const PROGRAM_NAME = 'โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่';

export type FormCode = 'kt01' | 'kt02' | 'kt03';

export const FORMS: Record<FormCode, { code: string; title: string; sheet: string }> = {
  kt01: { code: 'แบบ กท.01', sheet: 'กท.01', title: 'แบบคัดเลือกเกษตรกรเข้าร่วมโครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่' },
  kt02: { code: 'แบบ กท.02', sheet: 'กท.02', title: 'แผนการผลิตรายบุคคลและการประเมินศักยภาพเกษตรกร' },
  kt03: { code: 'แบบ กท.03', sheet: 'กท.03', title: 'แผนการผลิตและการตลาดของกลุ่ม พร้อมประเด็นการพัฒนาศักยภาพ' },
};

/** The four selection criteria, worded as in the ministry's guideline (ขั้นตอนที่ 1). */
export const CRITERIA = [
  { key: 'pondDug', short: 'ขุดสระแล้ว', full: 'เป็นเกษตรกรที่ได้รับการขุดสระจากกรมพัฒนาที่ดินเรียบร้อยแล้ว' },
  { key: 'sameProducts', short: 'ผลิตสินค้าเดียวกัน', full: 'มีกิจกรรมการผลิตสินค้าหรือผลผลิตทางการเกษตรในลักษณะเดียวกัน' },
  { key: 'sharedIdeas', short: 'แนวคิดสอดคล้อง', full: 'มีแนวคิดที่สอดคล้องเพื่อเชื่อมโยงในการเรียนรู้และพัฒนาร่วมกัน' },
  { key: 'readyAndAble', short: 'พร้อมและมีศักยภาพ', full: 'มีความพร้อมและศักยภาพในการพัฒนาไปสู่ “กลุ่มเกษตรทฤษฎีใหม่ตำบลต้นแบบ”' },
] as const;

export const ROLLUP_NOTE = 'ผลต่าง = แผนของกลุ่ม − รวมแผนของสมาชิก; ค่าบวกคือกลุ่มวางแผนมากกว่าที่สมาชิกวางแผนไว้';

export const PASS = 'ผ่าน';
export const FAIL = 'ไม่ผ่าน';

export const MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;

/** Placeholder for a value nobody has recorded: an official form keeps the line visible. */
export const BLANK = '–';

/**
 * "ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น". Unit names come without their prefix
 * (geo stores "ในเมือง"); the program is rural, so the plain ตำบล/อำเภอ/จังหวัด prefixes apply.
 */
export function placeParts(place: FormPlace): string[] {
  const parts: string[] = [];
  if (place.tambon) parts.push(`ตำบล${place.tambon.nameTh}`);
  if (place.district) parts.push(`อำเภอ${place.district.nameTh}`);
  parts.push(`จังหวัด${place.province.nameTh}`);
  return parts;
}

export const placeLine = (place: FormPlace): string => placeParts(place).join(' ');

export const agencyLine = (place: FormPlace): string | null =>
  place.agency ? `หน่วยงานเจ้าภาพหลัก ${place.agency.nameTh}` : null;

export const yearLine = (cohortYear: number): string => `ปี พ.ศ. ${cohortYear}`;

const intFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const numFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const moneyFmt = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Thousands separators with Arabic digits, as Thai government forms print them (en-US is used
 * rather than th-TH so that a runtime whose ICU picks Thai digits cannot change the output). */
export const fmtInt = (n: number): string => intFmt.format(n);
export const fmtNum = (n: number): string => numFmt.format(n);
export const fmtMoney = (n: number): string => moneyFmt.format(n);
export const fmtSigned = (n: number): string => (n > 0 ? `+${fmtNum(n)}` : fmtNum(n));

/**
 * Months 1–12 as ranges: [1,2,3,10] → "ม.ค.–มี.ค., ต.ค.". Shorter than a 12-column grid where the
 * production table already has many columns; a run of 12 reads "ตลอดปี".
 */
export function monthRanges(months: readonly number[]): string {
  const set = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  if (set.length === 0) return BLANK;
  if (set.length === 12) return 'ตลอดปี';
  const runs: [number, number][] = [];
  for (const m of set) {
    const last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  const name = (m: number) => MONTHS_SHORT[m - 1]!;
  return runs.map(([a, b]) => (a === b ? name(a) : `${name(a)}–${name(b)}`)).join(', ');
}

export const valueOr = (v: string | null | undefined): string => (v && v.trim() ? v : BLANK);

/** Mean of the scored skills, or null when none is scored yet. */
export function skillSummary(skills: { score: number | null }[]): { total: number; max: number; mean: number } | null {
  const scored = skills.filter((s) => s.score !== null).map((s) => s.score as number);
  if (scored.length === 0) return null;
  const total = scored.reduce((a, b) => a + b, 0);
  return { total, max: scored.length * 5, mean: total / scored.length };
}

/** The president of the group signs กท.03; find them among the committee by their role's name. */
export const presidentOf = (committee: { role: string; fullName: string }[]): string | null =>
  committee.find((c) => c.role.replace(/\s/g, '').startsWith('ประธาน'))?.fullName ?? null;

export interface Signer {
  /** The role after the dotted line: ผู้เสนอ, ผู้อนุมัติ, เกษตรกร … */
  role: string;
  name?: string | null;
  position?: string | null;
  /** ISO date when known (e.g. the assessment date); otherwise a dotted date to fill by hand. */
  date?: string | null;
  /** Who signs, under the block: e.g. คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ. */
  caption?: string;
}

const DOTS = '........................................';

/** The lines of a signature block, filled in where the data knows the answer. */
export function signatureLines(s: Signer): string[] {
  return [
    `ลงชื่อ ${DOTS} ${s.role}`,
    s.name ? `(${s.name})` : `(${DOTS})`,
    `ตำแหน่ง ${s.position ? s.position : DOTS}`,
    `วันที่ ${s.date ? formatDate(s.date, 'th', 'long') : '......../......../........'}`,
    ...(s.caption ? [s.caption] : []),
  ];
}

export const SIGNERS = {
  kt01: (): [Signer, Signer] => [
    { role: 'ผู้เสนอ', caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ' },
    { role: 'ผู้อนุมัติ', caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัด' },
  ],
  kt02: (farmer: string, assessor: string | null, assessedOn: string | null): [Signer, Signer] => [
    { role: 'เกษตรกร', name: farmer },
    { role: 'ผู้ประเมิน', name: assessor, date: assessedOn, caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ' },
  ],
  kt03: (group: string, president: string | null): [Signer, Signer] => [
    { role: 'ประธานกลุ่ม', name: president, caption: group },
    { role: 'เจ้าหน้าที่ผู้รับผิดชอบ', caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ' },
  ],
};
