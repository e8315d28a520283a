/**
 * แบบ กท.03 — a group's production and marketing plan with development topics. Landscape: the
 * product × month calendar needs 15 columns of readable numbers.
 */
import { formatDate } from '@ntag/shared';
import { BLANK, MONTHS_SHORT, ROLLUP_NOTE, SIGNERS, fmtInt, fmtNum, fmtSigned, placeLine, presidentOf, valueOr, yearLine } from '../format';
import type { Kt03Data } from '../forms.types';
import { renderPdf } from './engine';
import { BORDERLESS, centerCell, grid, heading, headerRows, numCell, page, section, signatures, type Node } from './layout';
import { keep, th } from './thai-text';

const TABLE = 12;
const NO = 36;

function groupDetails(d: Kt03Data): Node {
  const g = d.group;
  const pairs: [string, Node][] = [
    ['ชื่อกลุ่ม', th(g.name)],
    ['วันที่จัดตั้ง', { text: g.foundedOn ? keep(formatDate(g.foundedOn, 'th', 'long')) : BLANK }],
    ['จำนวนสมาชิก', th(`${fmtInt(g.memberCount)} ราย`)],
    ['ผู้ประสานงาน', th(valueOr(g.contact))],
    ...(g.enterpriseCode ? [['ทะเบียนวิสาหกิจชุมชน', { text: keep(g.enterpriseCode) }] as [string, Node]] : []),
  ];
  return {
    table: { widths: [110, '*'], body: pairs.map(([label, value]) => [th(label, { bold: true }), value]) },
    layout: BORDERLESS,
  };
}

function committee(d: Kt03Data): Node {
  return grid(
    [NO, 110, '*'],
    headerRows([{ label: 'ลำดับ' }, { label: 'ตำแหน่ง' }, { label: 'ชื่อ–สกุล' }]),
    d.group.committee.map((c, i) => [centerCell(String(i + 1)), th(c.role), { text: c.fullName }]),
    { fontSize: TABLE },
  );
}

function calendar(d: Kt03Data): Node {
  const rows = d.products.map((p, i) => [
    centerCell(String(i + 1)),
    th(p.product),
    th(p.unit),
    // A month with nothing planned stays empty, as on a hand-filled calendar.
    ...Array.from({ length: 12 }, (_, m) => numCell(p.monthly[m] ? fmtNum(p.monthly[m]!) : '')),
    numCell(fmtNum(p.total), { bold: true }),
  ]);
  return grid(
    [NO, '*', 48, ...Array<number>(12).fill(36), 52],
    headerRows([
      { label: 'ลำดับ' },
      { label: 'ผลผลิต/สินค้า' },
      { label: 'หน่วย' },
      { label: `ปริมาณที่ผลิตรายเดือน ปี พ.ศ. ${d.cohortYear}`, sub: [...MONTHS_SHORT] },
      { label: 'รวม' },
    ]),
    rows,
    { fontSize: 11 },
  );
}

export function kt03Content(d: Kt03Data, opts: { id?: string } = {}): Node[] {
  const markets = grid(
    [NO, '*', 200, 200],
    headerRows([{ label: 'ลำดับ' }, { label: 'ช่องทางการตลาด' }, { label: 'กลุ่มลูกค้าเป้าหมาย' }, { label: 'หมายเหตุ' }]),
    d.markets.map((m, i) => [centerCell(String(i + 1)), th(m.channel), th(valueOr(m.target)), th(valueOr(m.note))]),
    { fontSize: TABLE },
  );
  const topics = grid(
    [NO, '*', 150],
    headerRows([{ label: 'ลำดับ' }, { label: 'ประเด็นการพัฒนาศักยภาพการผลิตและการตลาด' }, { label: 'กำหนดการ' }]),
    d.topics.map((t, i) => [
      centerCell(String(i + 1)),
      th(t.topic),
      centerCell(t.plannedOn ? formatDate(t.plannedOn, 'th', 'long') : 'ยังไม่กำหนด'),
    ]),
    { fontSize: TABLE },
  );
  const resources = grid(
    [NO, '*', 120, 240],
    headerRows([{ label: 'ลำดับ' }, { label: 'รายการ' }, { label: 'จำนวน' }, { label: 'หมายเหตุ' }]),
    d.resources.map((r, i) => [centerCell(String(i + 1)), th(r.item), th(valueOr(r.quantity)), th(valueOr(r.note))]),
    { fontSize: TABLE },
  );
  const rollup = grid(
    [NO, '*', 70, 120, 150, 110],
    headerRows([
      { label: 'ลำดับ' },
      { label: 'ผลผลิต/สินค้า' },
      { label: 'หน่วย' },
      { label: 'แผนของกลุ่ม (กท.03)' },
      { label: 'รวมแผนของสมาชิก (กท.02)' },
      { label: 'ผลต่าง' },
    ]),
    d.rollup.map((r, i) => [
      centerCell(String(i + 1)),
      th(r.product),
      th(r.unit),
      numCell(fmtNum(r.groupPlan)),
      numCell(fmtNum(r.membersPlan)),
      numCell(fmtSigned(r.difference), { bold: r.difference !== 0 }),
    ]),
    { fontSize: TABLE },
  );

  return [
    ...heading('kt03', d, { id: opts.id, extra: [th(`กลุ่ม ${d.group.name}`, { alignment: 'center', bold: true })] }),
    section(
      'ส่วนที่ 1 ข้อมูลกลุ่มและคณะกรรมการ',
      [{ columns: [{ width: '*', stack: [groupDetails(d)] }, { width: 400, stack: [committee(d)] }], columnGap: 16 }],
      d.group.committee.length,
    ),
    section('ส่วนที่ 2 แผนการผลิตของกลุ่ม (ปฏิทินการผลิต)', [calendar(d)], d.products.length),
    section('ส่วนที่ 3 ตลาดและช่องทางการจำหน่าย', [markets], d.markets.length),
    section('ส่วนที่ 4 ประเด็นการพัฒนาศักยภาพของกลุ่ม', [topics], d.topics.length),
    section('ส่วนที่ 5 ทรัพยากรและการสนับสนุนที่ต้องการ', [resources], d.resources.length),
    section(
      'ส่วนที่ 6 เปรียบเทียบแผนการผลิตของกลุ่มกับแผนรายบุคคลของสมาชิก',
      [th(ROLLUP_NOTE, { fontSize: 11, margin: [0, 0, 0, 3] }), rollup],
      d.rollup.length,
    ),
    signatures(SIGNERS.kt03(d.group.name, presidentOf(d.group.committee), d.signer)),
  ];
}

export function renderKt03Pdf(d: Kt03Data): Promise<Buffer> {
  return renderPdf(page(d, kt03Content(d), { orientation: 'landscape', fontSize: 13 }), {
    title: `แบบ กท.03 ${d.group.name} ${placeLine(d.place)} ${yearLine(d.cohortYear)}`,
    author: d.printedBy,
    createdAt: d.printedAt,
  });
}
