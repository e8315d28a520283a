/**
 * The selection result (issue 13), landscape A4: a province's tambons with their candidates,
 * farmers selected and group, or a host agency's provinces; summary, notes, signatures. A result
 * never sent carries the grey "ร่าง".
 */
import { formatDateTime } from '@ntag/shared';
import { BLANK, PROGRAM_NAME, countOrDash } from '../format';
import { SELECTION_FORM, summaryLines, versionText, type SelectionResultData, type SelectionTotalsData } from '../selection-result';
import { renderPdf } from './engine';
import { centerCell, formHeading, grid, headerRows, markWithText, numCell, page, paragraphs, section, signatures, watermark, type Node } from './layout';
import { th } from './thai-text';

const TABLE = 11.5;

function tambonTable(d: SelectionResultData): Node {
  return grid(
    [30, 92, 92, 60, 46, 46, 46, 50, 46, '*', 50],
    headerRows([
      { label: 'ลำดับ' }, { label: 'ตำบล' }, { label: 'อำเภอ' }, { label: 'ตำบลเป้าหมาย' },
      { label: 'เกษตรกร (ราย)', sub: ['สมัคร', 'อำเภอเสนอ', 'คัดเลือก', 'ไม่คัดเลือก', 'รอพิจารณา'] },
      { label: 'กลุ่มต้นแบบ' }, { label: 'สมาชิก (ราย)' },
    ]),
    d.tambons.map((t, i) => [
      centerCell(String(i + 1)), th(t.nameTh), th(t.districtNameTh), t.target ? markWithText(true, 'ใช่') : centerCell(BLANK),
      numCell(countOrDash(t.candidates)), numCell(countOrDash(t.proposed)), numCell(countOrDash(t.selected), { bold: true }), numCell(countOrDash(t.notSelected)), numCell(countOrDash(t.undecided)),
      t.group ? th(`${t.group}${t.formed ? '' : ' (ยังไม่มีประธาน)'}`) : th('ยังไม่จัดตั้ง', { color: '#555555' }), numCell(countOrDash(t.members)),
    ]),
    { fontSize: TABLE },
  );
}

const totalsCells = (t: SelectionTotalsData | null): Node[] =>
  t
    ? [t.tambonsSelected, t.targetTambons, t.targetTambonsSelected, t.selected, t.groups, t.groupsFormed].map((n) => numCell(countOrDash(n)))
    : Array.from({ length: 6 }, () => centerCell(BLANK));

function provinceTable(d: SelectionResultData): Node {
  const rows = (d.provinces ?? []).map((p, i) => [
    centerCell(String(i + 1)), th(p.nameTh, { bold: !p.accepted }), markWithText(p.accepted, p.state), ...totalsCells(p.totals),
  ]);
  const bold = { bold: true, fillColor: '#f3f3f3' };
  rows.push([th('รวม (จังหวัดที่ตรวจรับแล้ว)', { ...bold, colSpan: 3 }), '', '', ...totalsCells(d.totals).map((c) => ({ ...(c as Record<string, unknown>), ...bold }))]);
  return grid(
    [30, '*', 120, 70, 70, 80, 80, 60, 70],
    headerRows([
      { label: 'ลำดับ' }, { label: 'จังหวัด' }, { label: 'สถานะ' },
      { label: 'ตำบล', sub: ['คัดเลือกแล้ว', 'เป้าหมาย', 'เป้าหมายที่คัดเลือกแล้ว'] },
      { label: 'เกษตรกรที่คัดเลือก (ราย)' }, { label: 'กลุ่ม', sub: ['ในระบบ', 'จัดตั้งแล้ว'] },
    ]),
    rows,
    { fontSize: TABLE },
  );
}

export function renderSelectionResultPdf(d: SelectionResultData): Promise<Buffer> {
  const f = SELECTION_FORM[d.kind];
  const status = [`สถานะ ${d.state}`, versionText(d), d.submittedAt ? `ส่งเมื่อ ${formatDateTime(d.submittedAt, 'th')}` : null].filter(Boolean).join('  ·  ');
  const content: Node[] = [
    ...formHeading({
      code: f.code,
      title: f.title,
      lines: [
        th(`${PROGRAM_NAME} รุ่นปี พ.ศ. ${d.cohortYear}`, { alignment: 'center', bold: true }),
        th(`${d.kind === 'agency' ? d.unit.nameTh : `จังหวัด${d.unit.nameTh}`} ส่งถึง ${d.sentTo}`, { alignment: 'center' }),
        th(status, { alignment: 'center', fontSize: 12 }),
        ...(d.decision ? [th(`ผลการตรวจรับ: ${d.decision}`, { alignment: 'center', fontSize: 12 })] : []),
      ],
    }),
    section(d.kind === 'agency' ? 'ผลการคัดเลือกรายจังหวัด' : 'ผลการคัดเลือกรายตำบล', [d.kind === 'agency' ? provinceTable(d) : tambonTable(d)], (d.kind === 'agency' ? d.provinces?.length ?? 0 : d.tambons.length) + 1),
    section('สรุป', summaryLines(d).map((l) => th(l, { fontSize: 12.5 }))),
    ...(d.notes ? [section('หมายเหตุ', paragraphs(d.notes.split(/\n+/).filter(Boolean)))] : []),
    signatures([
      { role: 'ผู้รายงาน', name: d.submittedBy, position: d.submittedByPosition ?? null, date: d.submittedAt, caption: d.kind === 'agency' ? d.unit.nameTh : 'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัด' },
      { role: 'ผู้ตรวจรับ', caption: d.sentTo },
    ]),
  ];
  const doc = page(d, content, { orientation: 'landscape', fontSize: 13, side: 28 });
  return renderPdf(d.versionNumber === null ? { ...doc, watermark: watermark('ร่าง') } : doc, {
    title: `${f.title} ${d.unit.nameTh} รุ่นปี พ.ศ. ${d.cohortYear}`,
    author: d.printedBy,
    createdAt: d.printedAt,
  });
}

