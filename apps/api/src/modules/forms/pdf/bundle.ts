/**
 * A whole group in one PDF: a cover with the group's summary (members, committee, the seven
 * steps, the community enterprise) and a table of contents, the group's กท.03, then every
 * member's กท.02, each form starting on a new page. One orientation for the whole document
 * (landscape: กท.03's month calendar needs it, and a binder then holds every page the same way
 * up — issue 15). One document rather than concatenated files, so page numbers and the contents'
 * page references are continuous.
 */
import { FORMS, PROGRAM_NAME, agencyLine, fmtInt, placeLine, yearLine } from '../format';
import type { GroupBundleData } from '../forms.types';
import { renderPdf } from './engine';
import { GRID, centerCell, grid, headerRows, mark, page, type Node } from './layout';
import { kt02Content } from './kt02';
import { kt03Content } from './kt03';
import { keep, th, whole } from './thai-text';

/** Landscape A4 between 36 pt margins. */
const WIDTH = 770;
const SMALL = 12;
/** The cover's two columns: the group and its committee, then its seven steps. */
const LEFT = 320;
const RIGHT = WIDTH - LEFT - 18;

const label = (text: string) => th(text, { bold: true });
const nameText = (name: string, width: number) => whole(name, width, SMALL, { breakAt: 'spaces' });

function summary(d: GroupBundleData): Node {
  const k = d.kt03;
  const g = k.group;
  const rows: Node[][] = [
    [label('รุ่น (ปีที่เข้าร่วมโครงการ)'), { text: keep(yearLine(k.cohortYear)) }],
    [label('จำนวนสมาชิก'), th(`${fmtInt(g.memberCount)} ราย (แบบ กท.02 ในเอกสารนี้ ${fmtInt(d.members.length)} ฉบับ)`)],
    [label('วิสาหกิจชุมชน'), th(d.cover?.enterprise ?? (g.enterpriseCode ? `รหัส ${g.enterpriseCode}` : '–'))],
    ...(g.contact ? [[label('ติดต่อ'), th(g.contact)]] : []),
  ];
  const committee = g.committee.length
    ? g.committee.map((c) => [th(c.role), nameText(c.fullName, LEFT - 130)])
    : [[{ text: '– ยังไม่ได้แต่งตั้งคณะกรรมการ –', colSpan: 2, alignment: 'center' }, '']];
  return {
    stack: [
      th('ข้อมูลกลุ่ม', { bold: true, fontSize: 14, margin: [0, 0, 0, 3] }),
      { table: { widths: [124, '*'], body: rows }, layout: GRID, fontSize: SMALL },
      th('คณะกรรมการกลุ่ม', { bold: true, fontSize: 14, margin: [0, 8, 0, 3] }),
      grid([124, '*'], headerRows([{ label: 'ตำแหน่ง' }, { label: 'ชื่อ–สกุล' }]), committee, { fontSize: SMALL }),
    ],
  };
}

function steps(d: GroupBundleData): Node {
  const list = d.cover?.steps ?? [];
  const rows = list.map((s) => [
    centerCell(String(s.step)),
    th(s.name, {}, RIGHT - 240),
    s.status === 'เสร็จแล้ว'
      ? { columns: [mark(true), th(s.status, { width: '*' })], columnGap: 2 }
      : th(s.overdue ? `${s.status} (เลยกำหนด)` : s.status, { bold: s.overdue, color: s.overdue ? '#b71c1c' : '#333333' }),
    s.date ? whole(s.date, 90, SMALL - 1, { breakAt: 'none', style: { alignment: 'center' } }) : centerCell('–'),
  ]);
  return {
    stack: [
      th('ความก้าวหน้า 7 ขั้นตอน', { bold: true, fontSize: 14, margin: [0, 0, 0, 3] }),
      grid([24, '*', 112, 96], headerRows([{ label: 'ขั้น' }, { label: 'ขั้นตอน' }, { label: 'สถานะ' }, { label: 'วันที่' }]), rows, { fontSize: SMALL - 1 }),
    ],
  };
}

function contents(d: GroupBundleData): Node {
  const toc: Node[][] = [
    [centerCell('1'), centerCell(FORMS.kt03.code), th(FORMS.kt03.title), { text: '0', pageReference: 'kt03', alignment: 'center' }],
    ...d.members.map((m, i) => [
      centerCell(String(i + 2)),
      centerCell(FORMS.kt02.code),
      nameText(m.farmer.fullName, 400),
      { text: '0', pageReference: `kt02-${i + 1}`, alignment: 'center' },
    ]),
  ];
  return {
    stack: [
      th('สารบัญ', { bold: true, fontSize: 14, margin: [0, 6, 0, 3] }),
      grid([40, 70, '*', 40], headerRows([{ label: 'ลำดับ' }, { label: 'แบบ' }, { label: 'รายการ (กท.02: ชื่อสมาชิก)' }, { label: 'หน้า' }]), toc, { fontSize: SMALL }),
    ],
  };
}

function cover(d: GroupBundleData): Node[] {
  const k = d.kt03;
  const agency = agencyLine(k.place);
  return [
    th(`${PROGRAM_NAME}  แผนการผลิตและการตลาดของกลุ่ม และแผนการผลิตรายบุคคลของสมาชิก`, { alignment: 'center', fontSize: 13 }),
    th(k.group.name, { alignment: 'center', bold: true, fontSize: 20, margin: [0, 2, 0, 0] }),
    th(placeLine(k.place) + (agency ? `  ${agency}` : ''), { alignment: 'center', fontSize: 13, margin: [0, 0, 0, 6] }),
    { columns: [{ width: LEFT, stack: [summary(d)] }, { width: RIGHT, stack: [steps(d)] }], columnGap: 18 },
    contents(d),
  ];
}

export function renderGroupBundlePdf(d: GroupBundleData): Promise<Buffer> {
  const content: Node[] = [
    ...cover(d),
    { stack: kt03Content(d.kt03, { id: 'kt03' }), pageBreak: 'before' },
    ...d.members.map((m, i) => ({ stack: kt02Content(m, { id: `kt02-${i + 1}`, width: WIDTH }), pageBreak: 'before' })),
  ];
  return renderPdf(page(d.kt03, content, { orientation: 'landscape', fontSize: 13 }), {
    title: `${d.kt03.group.name} ${yearLine(d.kt03.cohortYear)}`,
    author: d.kt03.printedBy,
    createdAt: d.kt03.printedAt,
  });
}
