/** แบบ กท.02 — one farmer's production plan and potential assessment (portrait A4). */
import { formatDate } from '@ntag/shared';
import { BLANK, SIGNERS, fmtInt, fmtMoney, fmtNum, monthRanges, placeLine, skillSummary, valueOr, yearLine } from '../format';
import type { Kt02Data } from '../forms.types';
import { renderPdf } from './engine';
import { BORDERLESS, GRID, centerCell, grid, heading, headerRows, mark, numCell, page, section, signatures, type Node } from './layout';
import { keep, th } from './thai-text';

const TABLE = 12;
const SCORE_COL = 24;
const NO = 36;

/** Label–value pairs four to a row; a `wide` value takes the rest of its row. */
function detailGrid(items: { label: string; value: string; wide?: boolean; keep?: boolean }[]): Node {
  const body: Node[][] = [];
  let row: Node[] = [];
  const value = (it: { value: string; keep?: boolean }) => (it.keep ? { text: keep(it.value) } : th(it.value));
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
    table: { widths: [132, '*', 132, '*'], body },
    layout: BORDERLESS,
  };
}

function scoreRow(no: number, label: string, score: number | null): Node[] {
  const cells: Node[] = [1, 2, 3, 4, 5].map((n) =>
    score === n ? { stack: [mark(true, 9)], margin: [(SCORE_COL - 11) / 2 - 3, 0, 0, 0] } : '',
  );
  return [centerCell(String(no)), th(label), ...cells, centerCell(score === null ? BLANK : String(score))];
}

export function kt02Content(d: Kt02Data, opts: { id?: string } = {}): Node[] {
  const f = d.farmer;
  const personal = detailGrid([
    { label: 'ชื่อ–สกุล', value: f.fullName, keep: false },
    { label: 'เลขประจำตัวประชาชน', value: f.nationalId, keep: true },
    { label: 'วันเดือนปีเกิด', value: f.birthDate ? formatDate(f.birthDate, 'th', 'long') : BLANK, keep: true },
    { label: 'เพศ', value: valueOr(f.sex) },
    { label: 'โทรศัพท์', value: valueOr(f.phone), keep: true },
    { label: 'สมาชิกในครัวเรือน', value: f.householdSize === null ? BLANK : `${fmtInt(f.householdSize)} คน` },
    { label: 'เลขทะเบียนเกษตรกร', value: valueOr(f.farmerRegistryNo), keep: true },
    { label: 'พื้นที่ทำการเกษตร', value: valueOr(f.plotArea) },
    { label: 'ที่อยู่', value: f.address, wide: true },
    { label: 'เอกสารสิทธิ์', value: valueOr(f.titleDeed), wide: true },
    { label: 'สระน้ำ', value: valueOr(f.pond), wide: true },
    { label: 'กิจกรรมหลัก', value: valueOr(f.activities), wide: true },
  ]);

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
  const assessedBy = th(
    `ระดับคะแนน 1 = น้อยที่สุด ถึง 5 = มากที่สุด   ผู้ประเมิน ${valueOr(a.assessor)}   ` +
      `วันที่ประเมิน ${a.assessedOn ? formatDate(a.assessedOn, 'th', 'long') : BLANK}` +
      (sum ? `   คะแนนเฉลี่ย ${sum.mean.toFixed(2)}` : ''),
    { margin: [0, 4, 0, 0], fontSize: TABLE },
  );

  const needs = {
    table: { widths: ['*'], body: [[th(valueOr(d.developmentNeeds), { margin: [2, 2, 2, 2] })]] },
    layout: GRID,
  };

  const extra: Node[] = [
    th(`กลุ่ม ${valueOr(d.groupName)}`, { alignment: 'center' }),
    th(`เกษตรกร ${f.fullName}`, { alignment: 'center', bold: true }),
  ];
  return [
    ...heading('kt02', d, { id: opts.id, extra }),
    section('ส่วนที่ 1 ข้อมูลเกษตรกร', [personal]),
    section('ส่วนที่ 2 กิจกรรมการผลิตในปัจจุบัน', [current], d.currentActivities.length),
    section('ส่วนที่ 3 แผนการผลิตรายบุคคล', [plan], d.plannedProducts.length),
    section('ส่วนที่ 4 การประเมินศักยภาพเกษตรกร', [assessment, assessedBy], a.skills.length),
    section('ส่วนที่ 5 ความต้องการในการพัฒนา', [needs]),
    signatures(SIGNERS.kt02(f.fullName, a.assessor, a.assessedOn)),
  ];
}

export function renderKt02Pdf(d: Kt02Data): Promise<Buffer> {
  return renderPdf(page(d, kt02Content(d), { orientation: 'portrait', fontSize: 13 }), {
    title: `แบบ กท.02 ${d.farmer.fullName} ${placeLine(d.place)} ${yearLine(d.cohortYear)}`,
    author: d.printedBy,
    createdAt: d.printedAt,
  });
}
