import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lib/lazy';
import type { Problem } from './farmers.import.rows';
import { isXlsx, readWorkbook, type Table } from './farmers.import.table';

/**
 * The officer's own workbook given back with each problem cell filled red and a comment saying
 * what is wrong and what to write, plus a sheet listing every problem: fixed in Excel, it can
 * be sent again as it is. A CSV comes back as a workbook of its rows, marked the same way.
 */
const MARK: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const ROW_MARK: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
export const PROBLEMS_SHEET = 'ปัญหาที่พบ';

export async function markedWorkbook(file: { buffer: Buffer; fileName: string }, table: Table, problems: Problem[]): Promise<Buffer> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  let ws: ExcelJS.Worksheet;
  if (isXlsx(file.buffer)) {
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
    ws = wb.getWorksheet(table.sheet) ?? wb.worksheets[0]!;
    const previous = wb.getWorksheet(PROBLEMS_SHEET);
    if (previous) wb.removeWorksheet(previous.id);
  } else {
    ws = wb.addWorksheet(table.sheet.slice(0, 31) || 'CSV');
    const [sheet] = await readWorkbook(file.buffer, file.fileName);
    for (const r of sheet!.rows) ws.getRow(r.rowNumber).values = r.values as ExcelJS.CellValue[];
  }
  // Every message of a cell in one comment.
  const notes = new Map<string, { row: number; col: number; lines: string[]; whole: boolean }>();
  for (const p of problems) {
    if (p.row <= 0 || p.code === 'import.ignored_row') continue;
    const col = p.columnIndex ?? 0;
    const key = `${p.row}:${col}`;
    const entry = notes.get(key) ?? { row: p.row, col, lines: [], whole: p.columnIndex === undefined };
    entry.lines.push(p.message);
    notes.set(key, entry);
  }
  for (const n of notes.values()) {
    const cell = ws.getCell(n.row, n.col + 1);
    cell.fill = n.whole ? ROW_MARK : MARK;
    cell.note = { texts: [{ text: n.lines.join('\n') }] } as ExcelJS.Comment;
  }
  const list = wb.addWorksheet(PROBLEMS_SHEET);
  list.columns = [
    { header: 'แถว', key: 'row', width: 8 }, { header: 'คอลัมน์', key: 'column', width: 24 }, { header: 'ค่าที่พบ', key: 'value', width: 24 },
    { header: 'ปัญหาและวิธีแก้', key: 'message', width: 70 }, { header: 'รหัส', key: 'code', width: 26 },
  ];
  for (const p of problems) list.addRow({ row: p.row || '', column: p.column, value: p.value, message: p.message, code: p.code });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
