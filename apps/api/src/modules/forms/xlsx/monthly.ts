/**
 * The monthly report as a worksheet (แบบ กท.05 of a host agency, or a province's report), in
 * the PDF's order, and the national summary workbook: a first sheet with one row per host
 * agency, then one sheet per agency with its กท.05. Figures are numbers (zero formatted as a
 * dash, as on the PDF); dates are real dates shown in the Buddhist era.
 */
import {
  ACCEPTED, AGENCY_NOTE, BLANK, MISSING_TITLE, MONTHLY, MONTH_COL, NATIONAL_SHEET, NATIONAL_TITLE, NONE_MISSING, NOT_ACCEPTED,
  TOTAL_COL, completenessLine, kindLabel, missingProvinces, monthLine, monthlySection, monthlySigners, paragraphsOf,
  partnerPeriod, provinceName, provinceState, reportRoute, reportUnit, salesRows, salesTotals, share,
} from '../format';
import type { MonthFigure, MonthlyReportData, NationalSummaryData } from '../forms.types';
import {
  BE_DATE, BE_DATETIME, DEC_DASH, FormSheet, INT_DASH, PCT, YEAR, excelDate, newWorkbook, printedRow, sheetName,
  signatureRows, titleRows, toBuffer, type Cell, type Printed,
} from './workbook';

/** ลำดับ, a label column, then six figure columns. */
const WIDTHS = [8, 42, 15, 15, 15, 15, 15, 15];

const count = (n: number, extra: Partial<Cell> = {}): Cell => ({ v: n, fmt: INT_DASH, ...extra });
const money = (n: number, extra: Partial<Cell> = {}): Cell => ({ v: n, fmt: DEC_DASH, ...extra });
/** Quantities: whole numbers without decimals, fractions with two (as the PDF's 18,420.5). */
const qty = (n: number, extra: Partial<Cell> = {}): Cell => ({ v: n, fmt: Number.isInteger(n) ? INT_DASH : DEC_DASH, ...extra });
const pct = (p: number | null, extra: Partial<Cell> = {}): Cell => (p === null ? { v: BLANK, align: 'right', ...extra } : { v: Math.round(p * 10) / 10, fmt: PCT, ...extra });
const pair = (f: MonthFigure, as: (n: number, extra?: Partial<Cell>) => Cell, extra: Partial<Cell> = {}): Cell[] => [as(f.month, extra), as(f.total, extra)];
const no = (i: number): Cell => ({ v: i + 1, align: 'center' });

function details(s: FormSheet, d: MonthlyReportData): void {
  const row = (label: string, value: Cell) => s.put([{ v: label, span: 2, bold: true }, { span: s.cols - 2, align: 'left', ...value }]);
  row('กำหนดส่ง', { v: excelDate(d.dueOn), fmt: BE_DATE });
  row('สถานะ', { v: d.state });
  row('ฉบับที่', d.versionNumber === null ? { v: 'ยังไม่ได้ส่ง' } : { v: d.versionNumber, fmt: '0' });
  if (d.submittedAt) row('ส่งเมื่อ', { v: excelDate(d.submittedAt), fmt: BE_DATETIME });
  if (d.submittedBy) row('ผู้ส่ง', { v: d.submittedBy });
  if (d.decision) row('ผลการตรวจรับ', { v: d.decision });
  if (d.kind === 'agency') row('หมายเหตุ', { v: `${AGENCY_NOTE} (${completenessLine(d)})` });
}

function steps(s: FormSheet, d: MonthlyReportData): void {
  s.line(monthlySection(d.kind, 'steps'), { bold: true });
  s.headings([
    [
      { v: 'ลำดับ', down: true },
      { v: 'รุ่นปี พ.ศ.', down: true },
      { v: 'ตำบลเป้าหมาย (ตำบล)', down: true },
      { v: 'กลุ่มในระบบ (กลุ่ม)', down: true },
      { v: 'จัดตั้งกลุ่มแล้ว (กลุ่ม)', span: 3 },
      { v: 'สมาชิก (ราย)', down: true },
    ],
    [{ v: MONTH_COL }, { v: TOTAL_COL }, { v: 'ร้อยละ' }],
  ]);
  d.cohorts.forEach((c, i) =>
    s.put(
      [no(i), { v: c.cohort, fmt: YEAR, align: 'center' }, count(c.targetTambons), count(c.groups), ...pair(c.groupsFormed, count), pct(share(c.groupsFormed.total, c.groups)), count(c.members)],
      { border: true },
    ),
  );
  if (d.cohorts.length > 1) {
    const sum = (f: (c: MonthlyReportData['cohorts'][number]) => number) => d.cohorts.reduce((a, c) => a + f(c), 0);
    const b = { bold: true };
    s.put(
      [
        { v: 'รวม', span: 2, bold: true, align: 'center' },
        count(sum((c) => c.targetTambons), b),
        count(sum((c) => c.groups), b),
        count(sum((c) => c.groupsFormed.month), b),
        count(sum((c) => c.groupsFormed.total), b),
        pct(share(sum((c) => c.groupsFormed.total), sum((c) => c.groups)), b),
        count(sum((c) => c.members), b),
      ],
      { border: true },
    );
  }
  for (const c of d.cohorts) {
    s.blank();
    s.line(`ขั้นตอนการดำเนินงานของกลุ่มรุ่นปี พ.ศ. ${c.cohort} (กลุ่มในระบบ ${c.groups.toLocaleString('en-US')} กลุ่ม)`, { bold: true });
    s.headings([
      [{ v: 'ขั้นที่', down: true }, { v: 'ขั้นตอนการดำเนินงาน', down: true }, { v: 'กลุ่มที่ดำเนินการแล้ว', span: 3 }, { v: 'เกินกำหนด (กลุ่ม)', down: true }],
      [{ v: MONTH_COL }, { v: TOTAL_COL }, { v: 'ร้อยละของกลุ่ม' }],
    ]);
    for (const st of c.steps) {
      s.put(
        [{ v: st.step, align: 'center' }, st.label, count(st.doneMonth), count(st.doneTotal), pct(share(st.doneTotal, c.groups)), count(st.overdue, { bold: st.overdue > 0 })],
        { border: true },
      );
    }
  }
}

function figures(s: FormSheet, items: { label: string; unit: string; value: MonthFigure }[]): void {
  s.headings([[{ v: 'ลำดับ' }, { v: 'รายการ' }, { v: 'หน่วย' }, { v: MONTH_COL }, { v: TOTAL_COL }]]);
  items.forEach((it, i) => s.put([no(i), it.label, { v: it.unit, align: 'center' }, ...pair(it.value, count)], { border: true }));
}

/** Visits, lecturer training and (for a province) its partners of the month. */
function support(s: FormSheet, d: MonthlyReportData): void {
  s.line(monthlySection(d.kind, 'support'), { bold: true });
  if (d.support) {
    figures(s, [
      { label: 'การเยี่ยมให้คำแนะนำ ส่งเสริม และสนับสนุนกลุ่มของคณะทำงานระดับอำเภอ', unit: 'ครั้ง', value: d.support.visits },
      { label: 'การอบรมพัฒนาวิทยากรประจำแหล่งเรียนรู้', unit: 'ครั้ง', value: d.support.lecturerTrainings },
      { label: 'ชั่วโมงการอบรมของวิทยากร', unit: 'ชั่วโมง', value: d.support.trainingHours },
    ]);
  } else s.line('รายงานฉบับนี้ส่งก่อนมีการบันทึกข้อมูลส่วนนี้');
  if (d.kind !== 'province') return;
  const partners = d.partners ?? [];
  s.blank();
  s.line(`ภาคีเครือข่ายที่ร่วมดำเนินงานในเดือนนี้ (${partners.length.toLocaleString('en-US')} ราย)`, { bold: true });
  s.headings([[{ v: 'ลำดับ' }, { v: 'ภาคีเครือข่าย' }, { v: 'ภาค' }, { v: 'การสนับสนุน', span: 2 }, { v: 'กลุ่ม' }, { v: 'ช่วงเวลา' }]]);
  partners.forEach((p, i) => s.put([no(i), p.name, { v: p.sector, align: 'center' }, { v: p.support, span: 2 }, count(p.groups), partnerPeriod(p)], { border: true }));
}

function production(s: FormSheet, d: MonthlyReportData): void {
  s.line(monthlySection(d.kind, 'production'), { bold: true });
  s.headings([
    [{ v: 'ลำดับ', down: true }, { v: 'กลุ่มผลผลิต', down: true }, { v: 'หน่วย', down: true }, { v: 'การใช้ประโยชน์', span: 2, down: true }, { v: 'ปริมาณผลผลิต', span: 2 }],
    [{ v: MONTH_COL }, { v: TOTAL_COL }],
  ]);
  // Every row names its product group, so that the sheet can be filtered and pivoted.
  d.production.forEach((p, i) => s.put([no(i), p.category, p.unit, { v: p.use, span: 2 }, ...pair(p, qty)], { border: true }));
  s.put([{ v: 'มูลค่าผลผลิตรวม (บาท)', span: 5, bold: true }, ...pair(d.productionValue, money, { bold: true })], { border: true });
}

function sales(s: FormSheet, d: MonthlyReportData): void {
  s.line(monthlySection(d.kind, 'sales'), { bold: true });
  s.headings([
    [{ v: 'ลำดับ', down: true }, { v: 'ช่องทาง', down: true }, { v: 'ประเภท', down: true }, { v: 'มูลค่า (บาท)', span: 2 }, { v: 'จำนวน (ครั้ง)', span: 2 }],
    [{ v: MONTH_COL }, { v: TOTAL_COL }, { v: MONTH_COL }, { v: TOTAL_COL }],
  ]);
  salesRows(d).forEach((r, i) =>
    s.put([no(i), r.channel, { v: kindLabel(r.kind), align: 'center' }, ...pair(r.value, money), ...pair(r.count, count)], { border: true }),
  );
  for (const t of salesTotals(d)) {
    const b = { bold: true };
    s.put([{ v: t.label, span: 3, bold: true }, ...pair(t.value, money, b), ...pair(t.count, count, b)], { border: true });
  }
}

function provinces(s: FormSheet, d: MonthlyReportData): void {
  const all = d.provinces ?? [];
  s.line(monthlySection(d.kind, 'provinces'), { bold: true });
  s.line(completenessLine(d));
  // Each province once (issue 15): received ones here, the missing ones in the list below.
  const received = all.filter((p) => p.accepted);
  s.line(`จังหวัดที่รับรายงานแล้ว ${received.length} จังหวัด`, { bold: true });
  s.headings([[{ v: 'ลำดับ' }, { v: 'จังหวัด' }, { v: 'รหัส' }, { v: 'สถานะรายงานประจำเดือน', span: 3 }, { v: 'การรับรายงาน', span: 2 }]]);
  received.forEach((p, i) =>
    s.put(
      [no(i), { v: provinceName(p.nameTh), bold: !p.accepted }, { v: p.code, align: 'center' }, { v: provinceState(p), span: 3 }, { v: p.accepted ? `✓ ${ACCEPTED}` : `✗ ${NOT_ACCEPTED}`, span: 2, bold: !p.accepted }],
      { border: true },
    ),
  );
  const missing = missingProvinces(d);
  s.blank();
  s.line(missing.length ? `${MISSING_TITLE} ${missing.length} จังหวัด` : NONE_MISSING, { bold: true });
  missing.forEach((p, i) => s.put([no(i), { v: provinceName(p.nameTh), bold: true }, { v: p.code, align: 'center' }, { v: provinceState(p), span: 5 }], { border: true }));
}

function narrative(s: FormSheet, d: MonthlyReportData): void {
  s.line(monthlySection(d.kind, 'narrative'), { bold: true });
  d.narrative.forEach((f, i) => {
    s.line(`${i + 1}. ${f.label}`, { bold: true });
    const paras = paragraphsOf(f.text);
    for (const p of paras.length ? paras : [BLANK]) s.line(p);
  });
}

/** The report's title block, figures, narrative and signatures on `s`. */
function writeMonthly(s: FormSheet, d: MonthlyReportData): void {
  const f = MONTHLY[d.kind];
  const top = titleRows(s, f.title, f.code, [{ text: monthLine(d.period), bold: true }, { text: reportRoute(d) }]);
  s.freeze(top);
  details(s, d);
  s.blank();
  steps(s, d);
  s.blank();
  s.line(monthlySection(d.kind, 'learning'), { bold: true });
  figures(s, [
    { label: 'การจัดกระบวนการเรียนรู้ ณ แหล่งเรียนรู้ของกลุ่ม', unit: 'ครั้ง', value: d.learning.sessions },
    { label: 'ผู้เข้าร่วมเรียนรู้', unit: 'คน-ครั้ง', value: d.learning.attendance },
  ]);
  s.blank();
  production(s, d);
  s.blank();
  sales(s, d);
  s.blank();
  s.line(monthlySection(d.kind, 'enterprise'), { bold: true });
  figures(s, [{ label: 'กลุ่มที่จดทะเบียนวิสาหกิจชุมชน', unit: 'กลุ่ม', value: d.enterprises }]);
  s.blank();
  support(s, d);
  if (d.kind === 'agency') {
    s.blank();
    provinces(s, d);
  }
  s.blank();
  narrative(s, d);
  signatureRows(s, monthlySigners(d));
  printedRow(s, d);
}

export async function monthlyReportXlsx(d: MonthlyReportData): Promise<Buffer> {
  const f = MONTHLY[d.kind];
  const wb = await newWorkbook(d, `${f.code} ${monthLine(d.period)} ${reportUnit(d)}`);
  writeMonthly(new FormSheet(wb, { sheet: f.sheet }, WIDTHS, 'landscape'), d);
  return toBuffer(wb);
}

/* --------------------------------- national summary --------------------------------- */

const NATIONAL_WIDTHS = [6, 24, 11, 10, 10, 11, 16, 17, 15, 16, 10, 10, 11, 11, 16, 8, 40];

/** The key totals of an agency's กท.05, in the order of the summary's columns. */
const TOTAL_KEYS = [
  'groups', 'formedMonth', 'formedTotal', 'members', 'saleMonth', 'saleTotal', 'exchangeMonth', 'exchangeTotal',
  'enterprisesMonth', 'enterprisesTotal', 'reported', 'expected',
] as const;
type Totals = Record<(typeof TOTAL_KEYS)[number], number>;
const MONEY_KEYS = new Set<string>(['saleMonth', 'saleTotal', 'exchangeMonth', 'exchangeTotal']);

function agencyTotals(d: MonthlyReportData): Totals {
  const sum = (f: (c: MonthlyReportData['cohorts'][number]) => number) => d.cohorts.reduce((a, c) => a + f(c), 0);
  const all = d.provinces ?? [];
  return {
    groups: sum((c) => c.groups),
    formedMonth: sum((c) => c.groupsFormed.month),
    formedTotal: sum((c) => c.groupsFormed.total),
    members: sum((c) => c.members),
    saleMonth: d.salesTotal.sale.month,
    saleTotal: d.salesTotal.sale.total,
    exchangeMonth: d.salesTotal.exchange.month,
    exchangeTotal: d.salesTotal.exchange.total,
    enterprisesMonth: d.enterprises.month,
    enterprisesTotal: d.enterprises.total,
    reported: all.filter((p) => p.accepted).length,
    expected: all.length,
  };
}

const totalsCells = (t: Totals, extra: Partial<Cell> = {}): Cell[] => TOTAL_KEYS.map((k) => (MONEY_KEYS.has(k) ? money(t[k], extra) : count(t[k], extra)));

/** Who printed the summary: the contract has no printedBy of its own; the agencies' reports do. */
const printedOf = (d: NationalSummaryData): Printed => ({ printedAt: d.printedAt, printedBy: d.agencies[0]?.printedBy ?? '' });

function nationalSheet(s: FormSheet, d: NationalSummaryData): void {
  const top = titleRows(s, NATIONAL_TITLE, MONTHLY.agency.code, [{ text: monthLine(d.period), bold: true }]);
  s.headings([
    [
      { v: 'ลำดับ', down: true },
      { v: 'หน่วยงานเจ้าภาพหลัก', down: true },
      { v: 'กลุ่มในระบบ', down: true },
      { v: 'จัดตั้งกลุ่มแล้ว', span: 2 },
      { v: 'สมาชิก (ราย)', down: true },
      { v: 'มูลค่าการจำหน่าย (บาท)', span: 2 },
      { v: 'มูลค่าการแลกเปลี่ยน (บาท)', span: 2 },
      { v: 'วิสาหกิจชุมชน', span: 2 },
      { v: 'จังหวัดที่รับรายงานแล้ว', down: true },
      { v: 'จังหวัดทั้งหมด', down: true },
      { v: 'สถานะ กท.05', down: true },
      { v: 'ฉบับที่', down: true },
      { v: 'จังหวัดที่ยังไม่ส่งรายงาน', down: true },
    ],
    [MONTH_COL, TOTAL_COL, MONTH_COL, TOTAL_COL, MONTH_COL, TOTAL_COL, MONTH_COL, TOTAL_COL].map((v) => ({ v })),
  ]);
  s.freeze(Math.max(top, s.row - 1));
  const totals = d.agencies.map(agencyTotals);
  d.agencies.forEach((a, i) =>
    s.put(
      [
        no(i),
        a.unit.nameTh,
        ...totalsCells(totals[i]!),
        a.state,
        a.versionNumber === null ? { v: BLANK, align: 'center' } : { v: a.versionNumber, fmt: '0', align: 'center' },
        missingProvinces(a).map((p) => p.nameTh).join(', ') || BLANK,
      ],
      { border: true },
    ),
  );
  // Money is added in satang so that the total has no binary rounding left (0.1 + 0.2).
  const sum = Object.fromEntries(TOTAL_KEYS.map((k) => [k, totals.reduce((acc, t) => acc + Math.round(t[k] * 100), 0) / 100])) as Totals;
  s.put([{ v: 'รวมทั้งประเทศ', span: 2, bold: true, align: 'center' }, ...totalsCells(sum, { bold: true }), null, null, null], { border: true });
  printedRow(s, printedOf(d));
}

/**
 * The national summary: "สรุปทั้งประเทศ" with one row per host agency and a total, then each
 * agency's กท.05 on its own sheet, named by the agency's Thai name (or code when that is too long).
 */
export async function nationalSummaryXlsx(d: NationalSummaryData): Promise<Buffer> {
  const wb = await newWorkbook(printedOf(d), `${NATIONAL_TITLE} ${monthLine(d.period)}`);
  const taken = new Set<string>();
  nationalSheet(new FormSheet(wb, { sheet: sheetName(NATIONAL_SHEET, taken) }, NATIONAL_WIDTHS, 'landscape'), d);
  for (const a of d.agencies) {
    const name = a.unit.nameTh.length <= 31 ? a.unit.nameTh : a.unit.code;
    writeMonthly(new FormSheet(wb, { sheet: sheetName(name, taken) }, WIDTHS, 'landscape'), a);
  }
  return toBuffer(wb);
}
