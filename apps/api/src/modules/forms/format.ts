/**
 * Labels and display helpers shared by the PDF and the Excel renderers, so that both show the
 * same words for the same form (a district officer compares the two side by side).
 */
import { formatDate, formatDateTime, formatMonth } from '@ntag/shared';
import type { FormPlace, FormSigner, MonthlyReportData } from './forms.types';

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

/**
 * A national id as the forms print it: 1-2345-67890-12-3 (issue 15). A masked id (the API's
 * 1-2345-xxxxx-xx-3) is already grouped and prints as it is.
 */
export function printedNationalId(id: string): string {
  const d = id.replace(/[\s-]/g, '');
  return /^\d{13}$/.test(d) ? `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}` : id;
}

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

/** The printing officer's name and position when the block is theirs (their level signs it). */
const own = (signer: FormSigner | null | undefined, levels: string[]): Pick<Signer, 'name' | 'position'> =>
  signer && signer.level && levels.includes(signer.level) ? { name: signer.name, position: signer.position } : {};

/**
 * The signature blocks. The officer who prints a form fills the block of their own level with the
 * real name and position they gave once (PUT /api/me/signer), never the account's name (issue 15).
 */
export const SIGNERS = {
  kt01: (signer?: FormSigner | null): [Signer, Signer] => [
    { role: 'ผู้เสนอ', caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ', ...own(signer, ['district']) },
    { role: 'ผู้อนุมัติ', caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัด', ...own(signer, ['province']) },
  ],
  kt02: (farmer: string, assessor: string | null, assessedOn: string | null, signer?: FormSigner | null): [Signer, Signer] => {
    const mine = own(signer, ['district', 'tambon']);
    const name = assessor ?? mine.name ?? null;
    return [
      { role: 'เกษตรกร', name: farmer },
      { role: 'ผู้ประเมิน', name, position: name && name === mine.name ? mine.position : null, date: assessedOn, caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ' },
    ];
  },
  kt03: (group: string, president: string | null, signer?: FormSigner | null): [Signer, Signer] => [
    { role: 'ประธานกลุ่ม', name: president, caption: group },
    { role: 'เจ้าหน้าที่ผู้รับผิดชอบ', caption: 'คณะทำงานขับเคลื่อนโครงการฯ ระดับอำเภอ', ...own(signer, ['district', 'tambon']) },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Monthly reports: the province's report to its host agency and the agency's แบบ กท.05.       */
/* ------------------------------------------------------------------------------------------ */

export type MonthlyKind = MonthlyReportData['kind'];

/** กท.05 carries the seed's form code; the province report has no code, its box names it. */
export const MONTHLY: Record<MonthlyKind, { code: string; sheet: string; title: string }> = {
  agency: { code: 'แบบ กท.05', sheet: 'กท.05', title: `รายงานความก้าวหน้าการดำเนินงาน${PROGRAM_NAME}` },
  province: { code: 'รายงานจังหวัด', sheet: 'รายงานจังหวัด', title: `รายงานผลการดำเนินงาน${PROGRAM_NAME}` },
};

export const NATIONAL_SHEET = 'สรุปทั้งประเทศ';
export const NATIONAL_TITLE = `สรุปรายงานความก้าวหน้า (แบบ กท.05) ทั้งประเทศ ${PROGRAM_NAME}`;

/** The ministry body the host agencies report to (the seed: คณะอนุกรรมการภายใต้โครงการฯ). */
export const MINISTRY = 'คณะอนุกรรมการโครงการฯ กระทรวงเกษตรและสหกรณ์';

export const monthLine = (period: string): string => `ประจำเดือน ${formatMonth(period)}`;

/** Unit names come without their prefix (geo stores "ขอนแก่น"); an agency gets its role. */
export function reportUnit(d: Pick<MonthlyReportData, 'kind' | 'unit'>): string {
  const name = d.unit.nameTh.trim();
  if (d.kind === 'agency') return `หน่วยงานเจ้าภาพหลัก ${name}`;
  return name.startsWith('จังหวัด') ? name : `จังหวัด${name}`;
}

/** "จังหวัดขอนแก่น เสนอ หน่วยงานเจ้าภาพหลัก กรมปศุสัตว์" / "หน่วยงานเจ้าภาพหลัก กรมปศุสัตว์ เสนอ …". */
export function reportRoute(d: Pick<MonthlyReportData, 'kind' | 'unit' | 'agency'>): string {
  const to = d.kind === 'agency' ? MINISTRY : `หน่วยงานเจ้าภาพหลัก${d.agency ? ` ${d.agency.nameTh}` : ''}`;
  return `${reportUnit(d)} เสนอ ${to}`;
}

export const dueLine = (d: Pick<MonthlyReportData, 'dueOn'>): string => `กำหนดส่ง ${formatDate(d.dueOn, 'th', 'long')}`;

/** "ฉบับที่ 2 ส่งเมื่อ 9 พ.ย. 2569 10:30 น. โดย …", or that it has not been sent. */
export function versionLine(d: Pick<MonthlyReportData, 'versionNumber' | 'submittedAt' | 'submittedBy'>): string {
  if (d.versionNumber === null) return 'ยังไม่ได้ส่ง';
  const parts = [`ฉบับที่ ${d.versionNumber}`];
  if (d.submittedAt) parts.push(`ส่งเมื่อ ${formatDateTime(d.submittedAt, 'th')}`);
  if (d.submittedBy) parts.push(`โดย ${d.submittedBy}`);
  return parts.join(' ');
}

/** A printed draft is marked as such on every page. */
export const isDraft = (d: Pick<MonthlyReportData, 'versionNumber'>): boolean => d.versionNumber === null;

export const AGENCY_NOTE = 'ตัวเลขในแบบนี้รวมจากรายงานของจังหวัดที่หน่วยงานเจ้าภาพหลักรับรายงานแล้วเท่านั้น';

const SECTIONS = {
  steps: 'ผลการดำเนินงานตามขั้นตอน',
  learning: 'การเรียนรู้',
  production: 'ผลผลิต',
  sales: 'การแลกเปลี่ยนและจำหน่ายผลผลิต',
  enterprise: 'วิสาหกิจชุมชน',
  support: 'การให้คำแนะนำ การพัฒนาวิทยากร และภาคีเครือข่าย',
  provinces: 'การรายงานของจังหวัด',
  narrative: 'ผลการดำเนินงาน ปัญหาและอุปสรรค ข้อเสนอแนะ',
} as const;
export type MonthlySection = keyof typeof SECTIONS;

/** "ส่วนที่ n …", numbered in order; only กท.05 has the provinces' reports (before the narrative). */
export function monthlySection(kind: MonthlyKind, key: MonthlySection): string {
  const keys = (Object.keys(SECTIONS) as MonthlySection[]).filter((k) => k !== 'provinces' || kind === 'agency');
  return `ส่วนที่ ${keys.indexOf(key) + 1} ${SECTIONS[key]}`;
}

/** Column words shared by the tables of both renderers. */
export const MONTH_COL = 'เดือนนี้';
export const TOTAL_COL = 'สะสม';

/** Zero is printed as a dash in every figure of the monthly reports (and formatted so in Excel). */
export const countOrDash = (n: number): string => (n === 0 ? BLANK : fmtInt(n));
export const qtyOrDash = (n: number): string => (n === 0 ? BLANK : fmtNum(n));
export const moneyOrDash = (n: number): string => (n === 0 ? BLANK : fmtMoney(n));
/** Share in percent with one decimal ("93.1"); a dash for zero or when there is nothing to share. */
export const share = (n: number, of: number): number | null => (of > 0 ? (n / of) * 100 : null);
export const pctOrDash = (p: number | null): string => (p === null || p === 0 ? BLANK : p.toFixed(1));

/** The sales kinds as the services label them ('sale'/'exchange' or the Thai words). */
export const isExchange = (kind: string): boolean => kind === 'exchange' || kind.includes('แลกเปลี่ยน');
export const kindLabel = (kind: string): string => (isExchange(kind) ? 'แลกเปลี่ยน' : 'จำหน่าย');

/** Channels in the seed's order of step 6: exchanges first, then sales; each keeps its order. */
export function salesRows(d: Pick<MonthlyReportData, 'sales'>) {
  return [...d.sales.filter((s) => isExchange(s.kind)), ...d.sales.filter((s) => !isExchange(s.kind))];
}

/** The two totals: value from the report, number of transactions added up from its channels. */
export function salesTotals(d: Pick<MonthlyReportData, 'sales' | 'salesTotal'>) {
  const count = (ex: boolean) =>
    d.sales.filter((s) => isExchange(s.kind) === ex).reduce((a, s) => ({ month: a.month + s.count.month, total: a.total + s.count.total }), { month: 0, total: 0 });
  return [
    { label: 'รวมการแลกเปลี่ยน', value: d.salesTotal.exchange, count: count(true) },
    { label: 'รวมการจำหน่าย', value: d.salesTotal.sale, count: count(false) },
  ];
}

export interface ProvinceState {
  code: string;
  nameTh: string;
  state: string;
  accepted: boolean;
}

/** Provinces whose report the agency has not accepted, in the agency's order. */
export const missingProvinces = (d: Pick<MonthlyReportData, 'provinces'>): ProvinceState[] => (d.provinces ?? []).filter((p) => !p.accepted);

export const provinceName = (nameTh: string): string => (nameTh.startsWith('จังหวัด') ? nameTh : `จังหวัด${nameTh}`);
export const provinceState = (p: ProvinceState): string => valueOr(p.state);
export const ACCEPTED = 'รับรายงานแล้ว';
export const NOT_ACCEPTED = 'ยังไม่ได้รับ';

export function completenessLine(d: Pick<MonthlyReportData, 'provinces'>): string {
  const all = d.provinces ?? [];
  const got = all.filter((p) => p.accepted).length;
  return `รับรายงานแล้ว ${fmtInt(got)} จาก ${fmtInt(all.length)} จังหวัด`;
}

export const MISSING_TITLE = 'จังหวัดที่ยังไม่ส่งรายงาน (ยังไม่ได้รับรายงาน)';
export const NONE_MISSING = 'ได้รับรายงานครบทุกจังหวัด';

/** The person who sends signs as ผู้รายงาน; the level above signs as ผู้ตรวจรับ. */
export function monthlySigners(d: MonthlyReportData): [Signer, Signer] {
  return [
    {
      role: 'ผู้รายงาน',
      name: d.submittedBy,
      position: d.submittedByPosition ?? null,
      date: d.submittedAt,
      caption: d.kind === 'agency' ? reportUnit(d) : 'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัด',
    },
    {
      role: 'ผู้ตรวจรับ',
      caption: d.kind === 'agency' ? MINISTRY : `หน่วยงานเจ้าภาพหลัก${d.agency ? ` ${d.agency.nameTh}` : ''}`,
    },
  ];
}

/** Narrative text as paragraphs (the services keep the writer's line breaks). */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A partner's period: "1 ม.ค. 2570 – 31 ธ.ค. 2570", or "ตั้งแต่ 1 ม.ค. 2570" while it runs on. */
export const partnerPeriod = (p: { from: string; to: string | null }): string =>
  p.to ? `${formatDate(p.from, 'th')} – ${formatDate(p.to, 'th')}` : `ตั้งแต่ ${formatDate(p.from, 'th')}`;
