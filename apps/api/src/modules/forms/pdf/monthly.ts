/**
 * The monthly report: a province's report to its host agency, or the agency's แบบ กท.05 to the
 * ministry (the sum of its provinces' accepted reports, with the provinces that have not
 * reported). Landscape A4: the step and sales tables need a label column and four to six
 * figure columns of readable numbers.
 */
import {
  AGENCY_NOTE, BLANK, MISSING_TITLE, MONTHLY, MONTH_COL, NONE_MISSING, TOTAL_COL,
  completenessLine, countOrDash, dueLine, fmtInt, isDraft, kindLabel, missingProvinces, moneyOrDash, monthLine,
  monthlySection, monthlySigners, paragraphsOf, partnerPeriod, pctOrDash, provinceName, provinceState, qtyOrDash, reportRoute,
  reportUnit, salesRows, salesTotals, share, versionLine,
} from '../format';
import type { MonthFigure, MonthlyReportData } from '../forms.types';
import { renderPdf } from './engine';
import {
  boxed, centerCell, emptyRow, formHeading, grid, headerRows, markWithText, numCell, page, paragraphs, section, sectionTitle,
  signatures, subsectionTitle, watermark, type Node,
} from './layout';
import { th } from './thai-text';

const TABLE = 12;
const NO = 36;
const FIG = 92;
const TOTAL_FILL = '#f3f3f3';

type Cohort = MonthlyReportData['cohorts'][number];

/** This month and so far as two right-aligned cells. */
const figure = (f: MonthFigure, fmt: (n: number) => string = countOrDash, extra: Record<string, unknown> = {}): Node[] => [
  numCell(fmt(f.month), extra),
  numCell(fmt(f.total), extra),
];

const monthTotal = [MONTH_COL, TOTAL_COL];

function monthlyHeading(d: MonthlyReportData): Node[] {
  const f = MONTHLY[d.kind];
  const status = [dueLine(d), `สถานะ ${d.state}`, versionLine(d)].join('  ·  ');
  return formHeading({
    code: f.code,
    title: f.title,
    lines: [
      th(monthLine(d.period), { alignment: 'center', bold: true, fontSize: 15 }),
      th(reportRoute(d), { alignment: 'center' }),
      th(status, { alignment: 'center', fontSize: 12, margin: [0, 2, 0, 0] }),
      ...(d.decision ? [th(`ผลการตรวจรับ: ${d.decision}`, { alignment: 'center', fontSize: 12 })] : []),
      ...(d.kind === 'agency'
        ? [th(`หมายเหตุ ${AGENCY_NOTE} (${completenessLine(d)})`, { alignment: 'center', fontSize: 11, color: '#444444' })]
        : []),
    ],
  });
}

function cohortOverview(d: MonthlyReportData): Node {
  const rows = d.cohorts.map((c) => [
    centerCell(`ปี พ.ศ. ${c.cohort}`),
    numCell(countOrDash(c.targetTambons)),
    numCell(countOrDash(c.groups)),
    ...figure(c.groupsFormed),
    numCell(pctOrDash(share(c.groupsFormed.total, c.groups))),
    numCell(countOrDash(c.members)),
  ]);
  if (d.cohorts.length > 1) {
    const sum = (f: (c: Cohort) => number) => d.cohorts.reduce((a, c) => a + f(c), 0);
    const groups = sum((c) => c.groups);
    const formed = { month: sum((c) => c.groupsFormed.month), total: sum((c) => c.groupsFormed.total) };
    const bold = { bold: true, fillColor: TOTAL_FILL };
    rows.push([
      th('รวม', { ...bold, alignment: 'center' }),
      numCell(countOrDash(sum((c) => c.targetTambons)), bold),
      numCell(countOrDash(groups), bold),
      ...figure(formed, countOrDash, bold),
      numCell(pctOrDash(share(formed.total, groups)), bold),
      numCell(countOrDash(sum((c) => c.members)), bold),
    ]);
  }
  return grid(
    ['*', 125, 110, FIG, FIG, FIG, 100],
    headerRows([
      { label: 'รุ่น' },
      { label: 'ตำบลเป้าหมาย (ตำบล)' },
      { label: 'กลุ่มในระบบ (กลุ่ม)' },
      { label: 'จัดตั้งกลุ่มแล้ว (กลุ่ม)', sub: [...monthTotal, 'ร้อยละ'] },
      { label: 'สมาชิก (ราย)' },
    ]),
    rows,
    { fontSize: TABLE },
  );
}

/** Cohorts side by side in one step table: two fit the landscape width with a full label column. */
const COHORTS_PER_TABLE = 2;
/** This month, so far, percent, overdue: 208 pt a cohort ('เกินกำหนด' needs the widest). */
const STEP_COLS = [50, 50, 48, 60];

/** The seven steps, each cohort's columns: done this month, so far, share of its groups, overdue. */
function stepTable(cohorts: Cohort[]): Node {
  const steps = cohorts[0]!.steps;
  return grid(
    [40, '*', ...cohorts.flatMap(() => STEP_COLS)],
    headerRows([
      { label: 'ขั้นที่' },
      { label: 'ขั้นตอนการดำเนินงาน' },
      ...cohorts.map((c) => ({
        label: `กลุ่มรุ่นปี พ.ศ. ${c.cohort} (${fmtInt(c.groups)} กลุ่ม)`,
        sub: [...monthTotal, 'ร้อยละ', 'เกินกำหนด'],
      })),
    ]),
    steps.map((step, i) => [
      centerCell(String(step.step)),
      th(step.label),
      ...cohorts.flatMap((c) => {
        const s = c.steps[i] ?? { doneMonth: 0, doneTotal: 0, overdue: 0 };
        return [
          numCell(countOrDash(s.doneMonth)),
          numCell(countOrDash(s.doneTotal)),
          numCell(pctOrDash(share(s.doneTotal, c.groups))),
          numCell(countOrDash(s.overdue), { bold: s.overdue > 0 }),
        ];
      }),
    ]),
    { fontSize: TABLE },
  );
}

const STEP_NOTE =
  'จำนวนกลุ่มที่ดำเนินการขั้นตอนแล้วเสร็จในเดือนนี้และสะสมถึงสิ้นเดือน ร้อยละของกลุ่มในรุ่น และกลุ่มที่พ้นวันกำหนดของขั้นตอนแล้วแต่ยังไม่แล้วเสร็จ (เกินกำหนด)';

function stepsSection(d: MonthlyReportData): Node {
  const chunks: Cohort[][] = [];
  for (let i = 0; i < d.cohorts.length; i += COHORTS_PER_TABLE) chunks.push(d.cohorts.slice(i, i + COHORTS_PER_TABLE));
  const tables = chunks.map((c) => ({ ...(stepTable(c) as Record<string, unknown>), margin: [0, 6, 0, 0] }));
  return section(
    monthlySection(d.kind, 'steps'),
    [cohortOverview(d), ...tables, ...(tables.length ? [th(STEP_NOTE, { fontSize: 11, color: '#444444', margin: [0, 2, 0, 0] })] : [])],
    d.cohorts.length + 1 + chunks.length * 7,
  );
}

/** รายการ | หน่วย | เดือนนี้ | สะสม, for the short figure sections. */
function figureTable(items: { label: string; unit: string; value: MonthFigure }[]): Node {
  return grid(
    [NO, 320, 80, 110, 110],
    headerRows([{ label: 'ลำดับ' }, { label: 'รายการ' }, { label: 'หน่วย' }, { label: MONTH_COL }, { label: TOTAL_COL }]),
    items.map((it, i) => [centerCell(String(i + 1)), th(it.label), th(it.unit, { alignment: 'center' }), ...figure(it.value)]),
    { fontSize: TABLE },
  );
}

function productionTable(d: MonthlyReportData): Node {
  const rows: Node[][] = d.production.map((p, i) => [
    centerCell(String(i + 1)),
    // The product group is printed once for its run of rows, like a hand-filled summary.
    i > 0 && d.production[i - 1]!.category === p.category ? '' : th(p.category),
    th(p.unit),
    th(p.use),
    ...figure(p, qtyOrDash),
  ]);
  const bold = { bold: true, fillColor: TOTAL_FILL };
  const value: Node[] = [th('มูลค่าผลผลิตรวม (บาท)', { ...bold, colSpan: 4 }), '', '', '', ...figure(d.productionValue, moneyOrDash, bold)];
  return grid(
    [NO, '*', 100, 150, 120, 120],
    headerRows([
      { label: 'ลำดับ' },
      { label: 'กลุ่มผลผลิต' },
      { label: 'หน่วย' },
      { label: 'การใช้ประโยชน์' },
      { label: 'ปริมาณผลผลิต', sub: monthTotal },
    ]),
    [...(rows.length ? rows : [emptyRow(6, '— ไม่มีข้อมูลผลผลิต —')]), value],
    { fontSize: TABLE },
  );
}

function salesTable(d: MonthlyReportData): Node {
  const rows: Node[][] = salesRows(d).map((s, i) => [
    centerCell(String(i + 1)),
    th(s.channel),
    th(kindLabel(s.kind), { alignment: 'center' }),
    ...figure(s.value, moneyOrDash),
    ...figure(s.count),
  ]);
  const bold = { bold: true, fillColor: TOTAL_FILL };
  const totals: Node[][] = salesTotals(d).map((t) => [
    th(t.label, { ...bold, colSpan: 3 }),
    '',
    '',
    ...figure(t.value, moneyOrDash, bold),
    ...figure(t.count, countOrDash, bold),
  ]);
  return grid(
    [NO, '*', 70, 110, 110, 70, 70],
    headerRows([
      { label: 'ลำดับ' },
      { label: 'ช่องทาง' },
      { label: 'ประเภท' },
      { label: 'มูลค่า (บาท)', sub: monthTotal },
      { label: 'จำนวน (ครั้ง)', sub: monthTotal },
    ]),
    [...(rows.length ? rows : [emptyRow(7, '— ไม่มีการแลกเปลี่ยนหรือจำหน่าย —')]), ...totals],
    { fontSize: TABLE },
  );
}

function enterpriseSection(d: MonthlyReportData): Node {
  const groups = d.cohorts.reduce((a, c) => a + c.groups, 0);
  const pct = share(d.enterprises.total, groups);
  return section(monthlySection(d.kind, 'enterprise'), [
    figureTable([{ label: 'กลุ่มที่จดทะเบียนวิสาหกิจชุมชน', unit: 'กลุ่ม', value: d.enterprises }]),
    ...(pct === null ? [] : [th(`สะสมคิดเป็นร้อยละ ${pctOrDash(pct)} ของกลุ่มในระบบ (${fmtInt(groups)} กลุ่ม)`, { fontSize: TABLE, margin: [0, 3, 0, 0] })]),
  ]);
}

/** Visits, lecturer training and (for a province) its partners: the support the program gives the groups. */
function supportSection(d: MonthlyReportData): Node {
  const items = d.support
    ? [
        { label: 'การเยี่ยมให้คำแนะนำ ส่งเสริม และสนับสนุนกลุ่มของคณะทำงานระดับอำเภอ', unit: 'ครั้ง', value: d.support.visits },
        { label: 'การอบรมพัฒนาวิทยากรประจำแหล่งเรียนรู้', unit: 'ครั้ง', value: d.support.lecturerTrainings },
        { label: 'ชั่วโมงการอบรมของวิทยากร', unit: 'ชั่วโมง', value: d.support.trainingHours },
      ]
    : [];
  const partners = d.partners ?? [];
  const body: Node[] = [items.length ? figureTable(items) : th('— รายงานฉบับนี้ส่งก่อนมีการบันทึกข้อมูลส่วนนี้ —', { color: '#555555' })];
  if (d.kind === 'province') {
    body.push(subsectionTitle(`ภาคีเครือข่ายที่ร่วมดำเนินงานในเดือนนี้ (${fmtInt(partners.length)} ราย)`, { margin: [0, 6, 0, 2] }));
    body.push(grid(
      [NO, '*', 90, '*', 60, 150],
      headerRows([{ label: 'ลำดับ' }, { label: 'ภาคีเครือข่าย' }, { label: 'ภาค' }, { label: 'การสนับสนุน' }, { label: 'กลุ่ม' }, { label: 'ช่วงเวลา' }]),
      partners.map((p, i) => [centerCell(String(i + 1)), th(p.name), th(p.sector, { alignment: 'center' }), th(p.support), numCell(countOrDash(p.groups)), th(partnerPeriod(p))]),
      { fontSize: TABLE },
    ));
  }
  return section(monthlySection(d.kind, 'support'), body, items.length + partners.length + 2);
}

function provinceTable(list: NonNullable<MonthlyReportData['provinces']>, from: number): Node {
  return grid(
    [36, '*', 170],
    headerRows([{ label: 'ลำดับ' }, { label: 'จังหวัด' }, { label: 'สถานะรายงานประจำเดือน' }]),
    list.map((p, i) => [
      centerCell(String(from + i + 1)),
      th(provinceName(p.nameTh), { bold: !p.accepted }),
      markWithText(p.accepted, provinceState(p), { bold: !p.accepted }),
    ]),
    { fontSize: TABLE },
  );
}

function provincesSection(d: MonthlyReportData): Node[] {
  // Each province once (issue 15): the table holds the provinces whose report was received, the
  // boxed list the ones still missing, with their state.
  const received = (d.provinces ?? []).filter((p) => p.accepted);
  const half = received.length > 8 ? Math.ceil(received.length / 2) : received.length;
  const tables: Node[] = !received.length
    ? [th('ยังไม่ได้รับรายงานจากจังหวัดใด', { margin: [0, 0, 0, 3] })]
    : half < received.length
      ? [{ columns: [provinceTable(received.slice(0, half), 0), provinceTable(received.slice(half), half)], columnGap: 14 }]
      : [provinceTable(received, 0)];
  const missing = missingProvinces(d);
  const list = boxed(
    [
      th(missing.length ? `${MISSING_TITLE} ${fmtInt(missing.length)} จังหวัด` : NONE_MISSING, { bold: true }),
      ...missing.map((p, i) => th(`${i + 1}) ${provinceName(p.nameTh)} — ${provinceState(p)}`, { margin: [12, 0, 0, 0] })),
    ],
    { margin: [0, 6, 0, 0] },
  );
  return [
    section(monthlySection(d.kind, 'provinces'), [th(completenessLine(d), { margin: [0, 0, 0, 3] }), th(`จังหวัดที่รับรายงานแล้ว ${fmtInt(received.length)} จังหวัด`, { bold: true, margin: [0, 0, 0, 2] }), ...tables], half),
    { ...(list as Record<string, unknown>), unbreakable: true },
  ];
}

/**
 * The narrative fields with their long Thai text. The section title stays with the first field's
 * title and first paragraph; each field's title stays with its first paragraph; the rest flows.
 */
function narrativeSection(d: MonthlyReportData): Node[] {
  const fields = d.narrative.length ? d.narrative : [{ label: 'ผลการดำเนินงาน', text: '' }];
  const out: Node[] = [];
  fields.forEach((f, i) => {
    const paras = paragraphsOf(f.text);
    const body = paras.length ? paragraphs(paras) : [th(BLANK, { margin: [28, 0, 0, 3] })];
    const head = [subsectionTitle(`${i + 1}. ${f.label}`), body[0]!];
    out.push({ stack: i === 0 ? [sectionTitle(monthlySection(d.kind, 'narrative')), ...head] : head, unbreakable: true }, ...body.slice(1));
  });
  return out;
}

export function monthlyContent(d: MonthlyReportData): Node[] {
  const narrative = narrativeSection(d);
  // The signatures close the narrative: never alone on the last page.
  const last = narrative.pop()!;
  return [
    ...monthlyHeading(d),
    stepsSection(d),
    section(monthlySection(d.kind, 'learning'), [
      figureTable([
        { label: 'การจัดกระบวนการเรียนรู้ ณ แหล่งเรียนรู้ของกลุ่ม', unit: 'ครั้ง', value: d.learning.sessions },
        { label: 'ผู้เข้าร่วมเรียนรู้', unit: 'คน-ครั้ง', value: d.learning.attendance },
      ]),
    ]),
    section(monthlySection(d.kind, 'production'), [productionTable(d)], d.production.length + 1),
    section(monthlySection(d.kind, 'sales'), [salesTable(d)], d.sales.length + 2),
    enterpriseSection(d),
    supportSection(d),
    ...(d.kind === 'agency' ? provincesSection(d) : []),
    ...narrative,
    { stack: [last, signatures(monthlySigners(d))], unbreakable: true },
  ];
}

export function renderMonthlyReportPdf(d: MonthlyReportData): Promise<Buffer> {
  const doc = page(d, monthlyContent(d), { orientation: 'landscape', fontSize: 13 });
  return renderPdf(isDraft(d) ? { ...doc, watermark: watermark('ร่าง') } : doc, {
    title: `${MONTHLY[d.kind].code} ${monthLine(d.period)} ${reportUnit(d)}`,
    author: d.printedBy,
    createdAt: d.printedAt,
  });
}
