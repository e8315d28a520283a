/**
 * A whole group in one PDF: a cover with a table of contents, the group's กท.03 (landscape),
 * then every member's กท.02 (portrait), each form starting on a new page. One document rather
 * than concatenated files, so page numbers and the contents' page references are continuous.
 */
import { FORMS, PROGRAM_NAME, agencyLine, fmtInt, placeLine, yearLine } from '../format';
import type { GroupBundleData } from '../forms.types';
import { renderPdf } from './engine';
import { GRID, centerCell, grid, headerRows, page, type Node } from './layout';
import { kt02Content } from './kt02';
import { kt03Content } from './kt03';
import { keep, th } from './thai-text';

function cover(d: GroupBundleData): Node[] {
  const k = d.kt03;
  const agency = agencyLine(k.place);
  const toc: Node[][] = [
    [centerCell('1'), centerCell(FORMS.kt03.code), th(FORMS.kt03.title), { text: '0', pageReference: 'kt03', alignment: 'center' }],
    ...d.members.map((m, i) => [
      centerCell(String(i + 2)),
      centerCell(FORMS.kt02.code),
      // A name is not run through the dictionary: it breaks at its space only.
      { text: `${m.farmer.fullName}` },
      { text: '0', pageReference: `kt02-${i + 1}`, alignment: 'center' },
    ]),
  ];
  return [
    th(PROGRAM_NAME, { alignment: 'center', bold: true, fontSize: 16, margin: [0, 16, 0, 0] }),
    th('แผนการผลิตและการตลาดของกลุ่ม และแผนการผลิตรายบุคคลของสมาชิก', { alignment: 'center', fontSize: 15 }),
    th(k.group.name, { alignment: 'center', bold: true, fontSize: 24, margin: [0, 16, 0, 4] }),
    th(placeLine(k.place), { alignment: 'center', fontSize: 16 }),
    ...(agency ? [th(agency, { alignment: 'center' })] : []),
    {
      table: {
        widths: [170, '*'],
        body: [
          [th('รุ่น (ปีที่เข้าร่วมโครงการ)', { bold: true }), { text: keep(yearLine(k.cohortYear)) }],
          [th('จำนวนสมาชิก', { bold: true }), th(`${fmtInt(k.group.memberCount)} ราย (แบบ กท.02 ในเอกสารนี้ ${fmtInt(d.members.length)} ฉบับ)`)],
        ],
      },
      layout: GRID,
      margin: [40, 14, 40, 0],
    },
    th('สารบัญ', { bold: true, fontSize: 16, margin: [0, 14, 0, 4] }),
    grid([40, 70, '*', 40], headerRows([{ label: 'ลำดับ' }, { label: 'แบบ' }, { label: 'รายการ (กท.02: ชื่อสมาชิก)' }, { label: 'หน้า' }]), toc, { fontSize: 12 }),
  ];
}

export function renderGroupBundlePdf(d: GroupBundleData): Promise<Buffer> {
  const content: Node[] = [
    ...cover(d),
    { stack: kt03Content(d.kt03, { id: 'kt03' }), pageBreak: 'before', pageOrientation: 'landscape' },
    ...d.members.map((m, i) => ({
      stack: kt02Content(m, { id: `kt02-${i + 1}` }),
      pageBreak: 'before',
      pageOrientation: 'portrait',
    })),
  ];
  // Portrait by default; each form's first page sets its own orientation.
  return renderPdf(page(d.kt03, content, { orientation: 'portrait', fontSize: 13 }), {
    title: `${d.kt03.group.name} ${yearLine(d.kt03.cohortYear)}`,
    author: d.kt03.printedBy,
    createdAt: d.kt03.printedAt,
  });
}
