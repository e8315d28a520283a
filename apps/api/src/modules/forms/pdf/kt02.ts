/** แบบ กท.02 — one farmer's production plan and potential assessment (portrait A4). */
import { formatDate } from '@ntag/shared';
import { BLANK, SIGNERS, fmtInt, fmtMoney, fmtNum, monthRanges, placeLine, printedNationalId, skillSummary, valueOr, yearLine } from '../format';
import type { Kt02Data } from '../forms.types';
import { renderPdf } from './engine';
import { BORDERLESS, GRID, centerCell, grid, heading, headerRows, mark, numCell, page, section, signatures, type Node } from './layout';
import { keep, th, thaiInlines, whole } from './thai-text';

const TABLE = 12;
const SCORE_COL = 24;
const NO = 36;

/** The detail grid's label column (pt); a portrait page has 523 pt between its margins. */
const LABEL_COL = 104;
const PORTRAIT_WIDTH = 523;
const DETAIL_SIZE = 13;

/**
 * Label–value pairs four to a row; a `wide` value takes the rest of its row. `whole`: a name
 * (broken at its spaces only), an id, a date or a number (never broken) — issue 15.
 */
function detailGrid(items: { label: string; value: string; wide?: boolean; whole?: 'name' | 'all' }[], pageWidth: number): Node {
  const body: Node[][] = [];
  let row: Node[] = [];
  const valueCol = (pageWidth - 2 * LABEL_COL) / 2 - 6;
  const value = (it: { value: string; whole?: 'name' | 'all' }) =>
    it.whole ? whole(it.value, valueCol, DETAIL_SIZE, { breakAt: it.whole === 'name' ? 'spaces' : 'none' }) : th(it.value);
  for (const it of items) {
    if (it.wide) {
      if (row.length) body.push([...row, '', '']);
      body.push([th(it.label, { bold: true }), { ...value(it), colSpan: 3 }, '', '']);
      row = [];
      continue;
    }
    row.push(th(it.label, { bold: true }), value(it));
    if (row.length === 4) {
      body.push(row);
      row = [];
    }
  }
  if (row.length) body.push([...row, '', '']);
  return {
    table: { widths: [LABEL_COL, '*', LABEL_COL, '*'], body },
    layout: BORDERLESS,
  };
}

function scoreRow(no: number, label: string, score: number | null): Node[] {
  const cells: Node[] = [1, 2, 3, 4, 5].map((n) =>
    score === n ? { stack: [mark(true, 9)], margin: [(SCORE_COL - 11) / 2 - 3, 0, 0, 0] } : '',
  );
  return [centerCell(String(no)), th(label), ...cells, centerCell(score === null ? BLANK : String(score))];
}

/** `width`: the page's width between its margins (pt): 523 on portrait A4, 770 in a landscape bundle. */
export function kt02Content(d: Kt02Data, opts: { id?: string; width?: number } = {}): Node[] {
  const f = d.farmer;
  const personal = detailGrid([
    { label: 'ชื่อ–สกุล', value: f.fullName, whole: 'name' },
    { label: 'เลขประจำตัวประชาชน', value: printedNationalId(f.nationalId), whole: 'all' },
    { label: 'วันเดือนปีเกิด', value: f.birthDate ? formatDate(f.birthDate, 'th', 'long') : BLANK, whole: 'all' },
    { label: 'เพศ', value: valueOr(f.sex) },
    { label: 'โทรศัพท์', value: valueOr(f.phone), whole: 'all' },
    { label: 'สมาชิกในครัวเรือน', value: f.householdSize === null ? BLANK : `${fmtInt(f.householdSize)} คน`, whole: 'all' },
    { label: 'เลขทะเบียนเกษตรกร', value: valueOr(f.farmerRegistryNo), whole: 'all' },
    { label: 'พื้นที่ทำการเกษตร', value: valueOr(f.plotArea) },
    { label: 'ที่อยู่', value: f.address, wide: true },
    { label: 'เอกสารสิทธิ์', value: valueOr(f.titleDeed), wide: true },
    { label: 'สระน้ำ', value: valueOr(f.pond), wide: true },
    { label: 'กิจกรรมหลัก', value: valueOr(f.activities), wide: true },
  ], opts.width ?? PORTRAIT_WIDTH);

  const current = grid(
    [NO, '*', 110, 150],
    headerRows([{ label: 'ลำดับ' }, { label: 'กิจกรรม' }, { label: 'ขนาด/จำนวน' }, { label: 'ผลผลิต' }]),
    d.currentActivities.map((a, i) => [centerCell(String(i + 1)), th(a.activity), th(a.size), th(a.output)]),
    { fontSize: TABLE },
  );

  const income = d.plannedProducts.reduce((sum, p) => sum + (p.expectedIncome ?? 0), 0);
  const planRows = d.plannedProducts.map((p, i) => [
    centerCell(String(i + 1)),
    th(p.product),
    numCell(fmtNum(p.quantity)),
    th(p.unit),
    th(monthRanges(p.months), {}, 80),
    numCell(fmtNum(p.shareHousehold)),
    numCell(fmtNum(p.shareExchange)),
    numCell(fmtNum(p.shareSale)),
    numCell(p.expectedIncome === null ? BLANK : fmtMoney(p.expectedIncome)),
  ]);
  if (planRows.length) {
    planRows.push([th('รวมรายได้ที่คาดว่าจะได้รับ', { colSpan: 8, bold: true, alignment: 'right' }), '', '', '', '', '', '', '', numCell(fmtMoney(income), { bold: true })]);
  }
  const plan = grid(
    [NO, '*', 48, 44, 80, 42, 42, 48, 70],
    headerRows([
      { label: 'ลำดับ' },
      { label: 'ผลผลิต/สินค้า' },
      { label: 'ปริมาณ' },
      { label: 'หน่วย' },
      { label: 'ช่วงเดือนที่ผลิต' },
      { label: 'สัดส่วนการใช้ประโยชน์ (%)', sub: ['บริโภค', 'แลกเปลี่ยน', 'จำหน่าย'] },
      { label: 'รายได้ที่คาดว่าจะได้รับ (บาท)' },
    ]),
    planRows,
    { fontSize: TABLE },
  );

  const a = d.assessment;
  const sum = skillSummary(a.skills);
  const scoreRows = a.skills.map((s, i) => scoreRow(i + 1, s.label, s.score));
  scoreRows.push([
    th('คะแนนรวม', { colSpan: 7, bold: true, alignment: 'right' }), '', '', '', '', '', '',
    centerCell(sum ? `${sum.total}/${sum.max}` : BLANK, { bold: true }),
  ]);
  const assessment = grid(
    [NO, '*', SCORE_COL, SCORE_COL, SCORE_COL, SCORE_COL, SCORE_COL, 50],
    headerRows([
      { label: 'ลำดับ' },
      { label: 'ทักษะ' },
      { label: 'ระดับคะแนน', sub: ['1', '2', '3', '4', '5'] },
      { label: 'คะแนน' },
    ]),
    scoreRows,
    { fontSize: TABLE },
  );
  // The assessor's name breaks only at its spaces, the date and the mean not at all (issue 15).
  const assessedBy = {
    text: [
      ...thaiInlines('ระดับคะแนน 1 = น้อยที่สุด ถึง 5 = มากที่สุด   ผู้ประเมิน '),
      (a.assessor ? a.assessor.split(/ +/).map(keep).join(' ') : BLANK) + '   ',
      ...thaiInlines('วันที่ประเมิน '),
      keep(a.assessedOn ? formatDate(a.assessedOn, 'th', 'long') : BLANK),
      ...(sum ? ['   ', keep(`คะแนนเฉลี่ย ${sum.mean.toFixed(2)}`)] : []),
    ],
    margin: [0, 4, 0, 0],
    fontSize: TABLE,
  };

  const needs = {
    table: { widths: ['*'], body: [[th(valueOr(d.developmentNeeds), { margin: [2, 2, 2, 2] })]] },
    layout: GRID,
  };

  const extra: Node[] = [
    th(`กลุ่ม ${valueOr(d.groupName)}`, { alignment: 'center' }),
    { text: `เกษตรกร ${f.fullName.split(/ +/).map(keep).join(' ')}`, alignment: 'center', bold: true },
  ];
  return [
    ...heading('kt02', d, { id: opts.id, extra }),
    section('ส่วนที่ 1 ข้อมูลเกษตรกร', [personal]),
    section('ส่วนที่ 2 กิจกรรมการผลิตในปัจจุบัน', [current], d.currentActivities.length),
    section('ส่วนที่ 3 แผนการผลิตรายบุคคล', [plan], d.plannedProducts.length),
    section('ส่วนที่ 4 การประเมินศักยภาพเกษตรกร', [assessment, assessedBy], a.skills.length),
    section('ส่วนที่ 5 ความต้องการในการพัฒนา', [needs]),
    signatures(SIGNERS.kt02(f.fullName, a.assessor, a.assessedOn, d.signer)),
  ];
}

export function renderKt02Pdf(d: Kt02Data): Promise<Buffer> {
  return renderPdf(page(d, kt02Content(d), { orientation: 'portrait', fontSize: 13 }), {
    title: `แบบ กท.02 ${d.farmer.fullName} ${placeLine(d.place)} ${yearLine(d.cohortYear)}`,
    author: d.printedBy,
    createdAt: d.printedAt,
  });
}
