/** The selection result as a worksheet, in the PDF's order: heading, table, summary, notes, signatures. */
import { BLANK, PROGRAM_NAME } from '../format';
import { SELECTION_FORM, summaryLines, versionText, type SelectionResultData, type SelectionTotalsData } from '../selection-result';
import { BE_DATETIME, FormSheet, INT_DASH, excelDate, newWorkbook, printedRow, signatureRows, titleRows, toBuffer, type Cell } from './workbook';

const count = (n: number, extra: Partial<Cell> = {}): Cell => ({ v: n, fmt: INT_DASH, ...extra });
const totals = (t: SelectionTotalsData | null, extra: Partial<Cell> = {}): Cell[] =>
  t ? [t.tambonsSelected, t.targetTambons, t.targetTambonsSelected, t.selected, t.groups, t.groupsFormed].map((n) => count(n, extra)) : Array.from({ length: 6 }, () => ({ v: BLANK, align: 'center' as const }));

export async function selectionResultXlsx(d: SelectionResultData): Promise<Buffer> {
  const f = SELECTION_FORM[d.kind];
  const wb = await newWorkbook(d, `${f.title} ${d.unit.nameTh} ${d.cohortYear}`);
  const widths = d.kind === 'agency' ? [6, 22, 18, 12, 12, 14, 14, 12, 12] : [6, 18, 18, 11, 9, 10, 10, 11, 11, 30, 10];
  const s = new FormSheet(wb, { sheet: f.sheet }, widths, 'landscape');
  titleRows(s, f.title, f.code, [
    { text: `${PROGRAM_NAME} รุ่นปี พ.ศ. ${d.cohortYear}`, bold: true },
    { text: `${d.kind === 'agency' ? d.unit.nameTh : `จังหวัด${d.unit.nameTh}`} ส่งถึง ${d.sentTo}` },
    { text: `สถานะ ${d.state} · ${versionText(d)}` },
  ]);
  if (d.submittedAt) s.put([{ v: 'ส่งเมื่อ', span: 2, bold: true }, { v: excelDate(d.submittedAt), fmt: BE_DATETIME, span: 3, align: 'left' }]);
  if (d.decision) s.put([{ v: 'ผลการตรวจรับ', span: 2, bold: true }, { v: d.decision, span: s.cols - 2 }]);
  const first = s.row;
  let last: number;
  if (d.kind === 'agency') {
    last = s.headings([
      [{ v: 'ลำดับ', down: true }, { v: 'จังหวัด', down: true }, { v: 'สถานะ', down: true }, { v: 'ตำบล', span: 3 }, { v: 'เกษตรกรที่คัดเลือก (ราย)', down: true }, { v: 'กลุ่ม', span: 2 }],
      [{ v: 'คัดเลือกแล้ว' }, { v: 'เป้าหมาย' }, { v: 'เป้าหมายที่คัดเลือกแล้ว' }, { v: 'ในระบบ' }, { v: 'จัดตั้งแล้ว' }],
    ]);
    (d.provinces ?? []).forEach((p, i) => s.put([{ v: i + 1, align: 'center' }, p.nameTh, p.state, ...totals(p.totals)], { border: true }));
    s.put([{ v: 'รวม (จังหวัดที่ตรวจรับแล้ว)', span: 3, bold: true }, ...totals(d.totals, { bold: true })], { border: true });
  } else {
    last = s.headings([
      [{ v: 'ลำดับ', down: true }, { v: 'ตำบล', down: true }, { v: 'อำเภอ', down: true }, { v: 'ตำบลเป้าหมาย', down: true }, { v: 'เกษตรกร (ราย)', span: 5 }, { v: 'กลุ่มต้นแบบ', down: true }, { v: 'สมาชิก (ราย)', down: true }],
      [{ v: 'สมัคร' }, { v: 'อำเภอเสนอ' }, { v: 'คัดเลือก' }, { v: 'ไม่คัดเลือก' }, { v: 'รอพิจารณา' }],
    ]);
    d.tambons.forEach((t, i) => s.put([
      { v: i + 1, align: 'center' }, t.nameTh, t.districtNameTh, { v: t.target ? '✓ ใช่' : BLANK, align: 'center' },
      count(t.candidates), count(t.proposed), count(t.selected, { bold: true }), count(t.notSelected), count(t.undecided),
      t.group ? `${t.group}${t.formed ? '' : ' (ยังไม่มีประธาน)'}` : 'ยังไม่จัดตั้ง', count(t.members),
    ], { border: true }));
  }
  s.freeze(last);
  s.ws.pageSetup.printTitlesRow = `${first}:${last}`;
  s.blank();
  s.line('สรุป', { bold: true });
  for (const l of summaryLines(d)) s.line(l);
  if (d.notes) {
    s.blank();
    s.line('หมายเหตุ', { bold: true });
    for (const p of d.notes.split(/\n+/).filter(Boolean)) s.line(p);
  }
  signatureRows(s, [
    { role: 'ผู้รายงาน', name: d.submittedBy, position: d.submittedByPosition ?? null, date: d.submittedAt, caption: d.kind === 'agency' ? d.unit.nameTh : 'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัด' },
    { role: 'ผู้ตรวจรับ', caption: d.sentTo },
  ]);
  printedRow(s, d);
  return toBuffer(wb);
}
