import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { normalizeDigits } from '@ntag/shared';
import { loadExcel } from '../../lib/lazy';
import { AppError } from '../../lib/errors';
import { parseCsv } from '../../lib/csv';
import { fieldOfHeading } from './farmers.import.fields';
import { cellText, type Cell } from './farmers.sheet';

/**
 * Finding the table in an office's own workbook: every sheet is read (streaming, blank rows
 * skipped); in each, the heading is the row, or pair of rows, among the first 30 whose cells
 * name the most distinct fields, so title rows above it are passed over and a two-row heading
 * under merged group cells ("ที่อยู่" over "บ้านเลขที่ | หมู่ | ตำบล") is read as one. Below
 * it, repeated heading rows, totals ("รวม", "รวมทั้งสิ้น", SUM/SUBTOTAL formulas) and
 * one-cell section titles are set aside as ignored rows, each named.
 */

/**
 * Rows of farmers per file: more than the whole program's 64,144, so a national file fits; a
 * larger one is refused as soon as its row 100,001 is read, which bounds the memory an import
 * takes whatever the file holds (the upload itself is at most 20 MB).
 */
export const MAX_IMPORT_ROWS = 100_000;
const HEADING_SEARCH_ROWS = 30;

export interface RawRow {
  rowNumber: number;
  values: Cell[];
  /** A cell of the row is a SUM/SUBTOTAL formula: a total, not a farmer. */
  sumFormula: boolean;
}
export interface RawSheet {
  name: string;
  rows: RawRow[];
}
export interface IgnoredRow {
  rowNumber: number;
  reason: 'total' | 'heading' | 'section';
  text: string;
}
export interface Table {
  sheet: string;
  found: boolean;
  /** The heading rows, top first; the last is `headingRow`. */
  headingRows: number[];
  headingRow: number;
  /** The heading of each column (index from 0), '' when the column has none. */
  headings: string[];
  rows: RawRow[];
  ignored: IgnoredRow[];
  score: number;
}

const tooManyRows = () =>
  new AppError('import.too_many_rows', 400, { limit: MAX_IMPORT_ROWS, issues: [{ path: 'file', message: `more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: split the file` }] });
const notSpreadsheet = () => new AppError('import.not_a_spreadsheet', 400, { issues: [{ path: 'file', message: 'not an .xlsx or .csv file' }] });

export const isXlsx = (buffer: Buffer) => buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50;

/** Every sheet of an .xlsx (streamed), or a CSV as one sheet (UTF-8, or Windows-874 as older Thai Excel saves it). */
export async function readWorkbook(buffer: Buffer, fileName = ''): Promise<RawSheet[]> {
  // Excel 97–2003 (.xls) is a compound file, not a zip: say so rather than read it as text.
  if (buffer.length > 4 && buffer.readUInt32BE(0) === 0xd0cf11e0) {
    throw new AppError('import.not_a_spreadsheet', 400, { issues: [{ path: 'file', message: 'an old .xls workbook: save it as .xlsx and import again' }] });
  }
  if (!isXlsx(buffer) && /\.xlsx$/i.test(fileName)) throw notSpreadsheet();
  if (isXlsx(buffer)) {
    try {
      return await streamSheets(buffer);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (process.env.I11_DEBUG) console.error('readWorkbook (streaming)', err);
    }
    // exceljs's streaming reader (unzipper) now and then fails on a sound workbook — seen under
    // load, about one run in five of the import suites: the same bytes are then read whole
    // (JSZip), which is slower and takes more memory but has not failed. Only a file that both
    // readers refuse is "not a spreadsheet".
    try {
      return await wholeSheets(buffer);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (process.env.I11_DEBUG) console.error('readWorkbook (whole)', err);
      throw notSpreadsheet();
    }
  }
  if (buffer.subarray(0, 1024).includes(0)) throw notSpreadsheet();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = new TextDecoder('windows-874').decode(buffer);
  }
  const grid = parseCsv(text, MAX_IMPORT_ROWS + 201);
  if (grid.length > MAX_IMPORT_ROWS + 200) throw tooManyRows();
  const rows = grid.map((values, i) => ({ rowNumber: i + 1, values: values as Cell[], sumFormula: false })).filter((r) => r.values.some((v) => cellText(v) !== ''));
  return [{ name: fileName.replace(/\.[^.]*$/, '') || 'CSV', rows }];
}

/** The rows of a sheet worth reading: blank rows (a million formatted empty ones hold nothing) skipped. */
function collectRow(sheet: RawSheet, number: number, cells: ExcelJS.CellValue[], total: { n: number }) {
  const raw = cells.slice(1);
  const values = raw.map(plainCell);
  if (!values.some((v) => cellText(v) !== '')) return;
  sheet.rows.push({ rowNumber: number, values, sumFormula: raw.some(isSumFormula) });
  if (++total.n > MAX_IMPORT_ROWS + 200) throw tooManyRows(); // + headings, titles and totals
}

/** Every sheet, streamed: the import's usual path, light on memory. */
export async function streamSheets(buffer: Buffer): Promise<RawSheet[]> {
  const sheets: RawSheet[] = [];
  const total = { n: 0 };
  const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from(buffer), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const ws of reader) {
    const sheet: RawSheet = { name: sheetName(ws, sheets.length), rows: [] };
    sheets.push(sheet);
    for await (const row of ws) collectRow(sheet, row.number, row.values as ExcelJS.CellValue[], total);
  }
  return sheets;
}

/** Every sheet, the workbook read whole: the fallback when streaming fails. */
export async function wholeSheets(buffer: Buffer): Promise<RawSheet[]> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const total = { n: 0 };
  return workbook.worksheets.map((ws, i) => {
    const sheet: RawSheet = { name: ws.name || `Sheet${i + 1}`, rows: [] };
    ws.eachRow({ includeEmpty: false }, (row, number) => collectRow(sheet, number, row.values as ExcelJS.CellValue[], total));
    return sheet;
  });
}

function sheetName(ws: unknown, index: number): string {
  const w = ws as { name?: string; id?: number; _workbook?: { model?: { sheets?: { id: number; name: string }[] } } };
  const fromModel = w._workbook?.model?.sheets?.find((s) => s.id === w.id)?.name;
  return w.name || fromModel || `Sheet${index + 1}`;
}

const isSumFormula = (v: ExcelJS.CellValue) =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v && typeof v.formula === 'string' && /\b(SUM|SUBTOTAL|SUMIF|COUNTA?)\s*\(/i.test(v.formula);

/** exceljs cell values (rich text, formulas, hyperlinks) down to plain values. */
export function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v as Cell;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plainCell(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if ('text' in v) return String(v.text);
  if ('error' in v) return null;
  return null;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const texts = (row: RawRow | undefined) => (row ? row.values.map((v) => cellText(v)) : []);
const distinctFields = (cells: string[]) => new Set(cells.map(fieldOfHeading).filter(Boolean)).size;
const filled = (cells: string[]) => cells.filter((c) => c !== '').length;

/**
 * Two heading rows as one: a group cell merged across several columns (its text in the first,
 * blanks after) is carried right over the columns that have a sub-heading; a cell merged down
 * keeps its own text.
 */
export function combineHeadings(top: string[], bottom: string[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const out: string[] = [];
  let group = '';
  for (let i = 0; i < width; i++) {
    const t = top[i] ?? '';
    const b = bottom[i] ?? '';
    if (t) group = b ? t : '';
    const upper = t || (b ? group : '');
    out.push(upper && b ? `${upper} ${b}` : upper || b);
  }
  return out;
}

/** A row that can be the lower half of a heading: no cell holds a number, id, date or phone. */
const looksLikeHeadings = (cells: string[]) => !cells.some((c) => /^[\d\s\-/.,+]+$/.test(normalizeDigits(c)) && /\d/.test(normalizeDigits(c)));

/** The heading of a sheet: the row or pair among the first 30 naming the most fields, or the forced row. */
export function findTable(sheet: RawSheet, forcedHeadingRow?: number): Table {
  let best = { score: 0, index: -1, pair: false, headings: [] as string[] };
  const limit = Math.min(sheet.rows.length, HEADING_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = sheet.rows[i]!;
    if (forcedHeadingRow !== undefined && row.rowNumber !== forcedHeadingRow && sheet.rows[i + 1]?.rowNumber !== forcedHeadingRow) continue;
    const single = texts(row);
    if (forcedHeadingRow === undefined || row.rowNumber === forcedHeadingRow) {
      const score = distinctFields(single);
      if (score > best.score || (forcedHeadingRow !== undefined && best.index < 0)) best = { score, index: i, pair: false, headings: single };
    }
    const next = sheet.rows[i + 1];
    // A title row (one or two cells) is not the upper half of a heading.
    if (next && next.rowNumber === row.rowNumber + 1 && filled(single) >= 2 && looksLikeHeadings(texts(next)) && (forcedHeadingRow === undefined || next.rowNumber === forcedHeadingRow)) {
      const combined = combineHeadings(single, texts(next));
      const score = distinctFields(combined);
      if (score > best.score || (forcedHeadingRow !== undefined && score >= best.score)) best = { score, index: i, pair: true, headings: combined };
    }
  }
  if (best.index < 0 || best.score < 2) {
    // No heading: every row is counted (and none read), so the officer sees how many wait.
    return { sheet: sheet.name, found: false, headingRows: [], headingRow: 0, headings: [], rows: sheet.rows.slice(1), ignored: [], score: best.score };
  }
  const headingIndex = best.index + (best.pair ? 1 : 0);
  const headingRows = best.pair ? [sheet.rows[best.index]!.rowNumber, sheet.rows[headingIndex]!.rowNumber] : [sheet.rows[best.index]!.rowNumber];
  const rows: RawRow[] = [];
  const ignored: IgnoredRow[] = [];
  // A repeated heading: most of its cells are the heading's own texts (either row of a two-row one).
  const squeezeText = (c: string) => c.replace(/\s+/g, '');
  const headingTexts = [...texts(sheet.rows[best.index]), ...(best.pair ? texts(sheet.rows[headingIndex]) : []), ...best.headings].filter(Boolean).map(squeezeText);
  const headingKeys = new Set(headingTexts);
  const headingCells = filled(texts(sheet.rows[best.index]));
  for (const row of sheet.rows.slice(headingIndex + 1)) {
    const cells = texts(row);
    const joined = cells.filter(Boolean).join(' ');
    const squeezed = cells.map((c) => normalizeDigits(c).replace(/\s+/g, '').toLowerCase());
    if (row.sumFormula || squeezed.some((c) => /^(รวม|ยอดรวม|total|sum|subtotal)/.test(c))) {
      ignored.push({ rowNumber: row.rowNumber, reason: 'total', text: joined });
    } else if (cells.filter((c) => c && headingKeys.has(squeezeText(c))).length >= Math.max(2, Math.ceil(headingCells / 2))) {
      ignored.push({ rowNumber: row.rowNumber, reason: 'heading', text: joined });
    } else if (filled(cells) === 1 && best.score >= 3 && /\p{L}/u.test(joined) && !/\d{6,}/.test(normalizeDigits(joined))) {
      ignored.push({ rowNumber: row.rowNumber, reason: 'section', text: joined });
    } else {
      rows.push(row);
    }
  }
  return { sheet: sheet.name, found: true, headingRows, headingRow: headingRows[headingRows.length - 1]!, headings: best.headings, rows, ignored, score: best.score };
}

/** The likeliest sheet: a heading naming the most fields, then the most rows. */
export function proposeTable(tables: Table[]): Table | undefined {
  return tables.filter((t) => t.found).sort((a, b) => b.score - a.score || b.rows.length - a.rows.length)[0];
}
