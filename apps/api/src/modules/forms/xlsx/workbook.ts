/**
 * Shared pieces of the form workbooks: one sheet per form with the same title block as the PDF,
 * ruled tables with bold Thai headings, numbers as numbers and dates as real Excel dates shown
 * in the Buddhist era.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../../lib/lazy';
import { formatDateTime } from '@ntag/shared';
import { FORMS, PROGRAM_NAME, agencyLine, placeLine, signatureLines, yearLine, type FormCode, type Signer } from '../format';
import type { FormHeader } from '../forms.types';

/**
 * Buddhist-era date formats. `[$-107041E]` = digits 01 (Arabic), calendar 07 (Thai Buddhist),
 * locale 041E (Thai): Excel and LibreOffice both show 26 พฤศจิกายน 2569. (LibreOffice 7.4 does
 * not understand `[$-th-TH,107]`, and Excel's `bbbb` year code is unknown to LibreOffice.)
 */
export const BE_DATE = '[$-107041E]d mmmm yyyy;@';
export const BE_DATETIME = '[$-107041E]d mmm yyyy h:mm "น.";@';
export const INT = '#,##0';
export const DEC = '#,##0.00';
/** The monthly reports print zero as a dash; the cell keeps the number 0. */
export const INT_DASH = '#,##0;-#,##0;"–"';
export const DEC_DASH = '#,##0.00;-#,##0.00;"–"';
/** A share in percent (93.1), the number itself being the percentage; zero as a dash. */
export const PCT = '0.0;-0.0;"–"';
/** A year as it is (2569, not 2,569). */
export const YEAR = '0';
/** A difference with its sign: +1,200 / -300 / 0. */
export const signedFmt = (n: number): string => (Number.isInteger(n) ? '+#,##0;-#,##0;0' : '+#,##0.00;-#,##0.00;0.00');

/** The face the house uses for Thai spreadsheets (farmers export does the same). */
const FONT = { name: 'TH Sarabun New', size: 14 };
const THIN = { style: 'thin' as const, color: { argb: 'FF333333' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };

/** An ISO date (YYYY-MM-DD) as the Excel date of that calendar day (no time-zone drift). */
export function excelDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const t = new Date(iso);
  // Timestamps: Thailand wall-clock time (UTC+7, no daylight saving), as Excel has no zones.
  return Number.isNaN(t.getTime()) ? null : new Date(t.getTime() + 7 * 3600_000);
}

export const numFmtFor = (n: number): string => (Number.isInteger(n) ? INT : DEC);

export type Value = string | number | Date | null;
/** A cell spec: value, style, and how many columns it spans (merged). */
export interface Cell {
  v: Value;
  span?: number;
  fmt?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}
export type CellLike = Cell | Value;

const asCell = (c: CellLike): Cell => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c : { v: c });

/** Who printed a workbook and when: the last row and the print footer. */
export type Printed = Pick<FormHeader, 'printedAt' | 'printedBy'>;

export class FormSheet {
  readonly ws: ExcelJS.Worksheet;
  row = 1;
  /** `form` names the sheet after a form (กท.01 …) or gives the name itself (see sheetName). */
  constructor(
    readonly wb: ExcelJS.Workbook,
    form: FormCode | { sheet: string },
    readonly widths: number[],
    orientation: 'portrait' | 'landscape',
  ) {
    this.ws = wb.addWorksheet(typeof form === 'string' ? FORMS[form].sheet : form.sheet, {
      pageSetup: { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    this.ws.columns = widths.map((width) => ({ width }));
  }

  get cols(): number {
    return this.widths.length;
  }

  /** Writes one row of cells left to right; returns the row number. */
  put(cells: CellLike[], opts: { border?: boolean; header?: boolean; height?: number } = {}): number {
    const r = this.row++;
    let c = 1;
    for (const raw of cells) {
      const cell = asCell(raw);
      const span = cell.span ?? 1;
      const target = this.ws.getCell(r, c);
      target.value = cell.v;
      if (cell.fmt) target.numFmt = cell.fmt;
      else if (typeof cell.v === 'number') target.numFmt = numFmtFor(cell.v);
      if (span > 1) this.ws.mergeCells(r, c, r, c + span - 1);
      const align = cell.align ?? (opts.header ? 'center' : typeof cell.v === 'number' ? 'right' : 'left');
      for (let k = c; k < c + span; k++) {
        const x = this.ws.getCell(r, k);
        x.font = { ...FONT, bold: Boolean(cell.bold || opts.header) };
        x.alignment = { wrapText: true, vertical: opts.header ? 'middle' : 'top', horizontal: align };
        if (opts.border) x.border = BORDER;
        if (opts.header) x.fill = GREY;
      }
      c += span;
    }
    this.ws.getRow(r).height = opts.height ?? this.fitHeight(cells);
    return r;
  }

  /**
   * Row heights are written, never left to the reader: LibreOffice keeps the default height of
   * an imported row, and no reader grows a row for wrapped text in merged cells. A single line
   * still gets room for Thai vowels and tone marks above and below the letters.
   */
  private fitHeight(cells: CellLike[]): number {
    let c = 0;
    let best = estimateHeight('', 1);
    for (const raw of cells) {
      const cell = asCell(raw);
      const span = cell.span ?? 1;
      if (typeof cell.v === 'string') {
        const width = this.widths.slice(c, c + span).reduce((a, b) => a + b, 0);
        best = Math.max(best, estimateHeight(cell.v, width));
      }
      c += span;
    }
    return best;
  }

  /** A full-width line of text (titles, notes); merged, so its height is estimated. */
  line(text: string, opts: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right' } = {}): number {
    const r = this.put([{ v: text, span: this.cols, bold: opts.bold, align: opts.align ?? 'left' }]);
    const cell = this.ws.getCell(r, 1);
    cell.font = { ...FONT, bold: Boolean(opts.bold), size: opts.size ?? FONT.size };
    if (opts.size) this.ws.getRow(r).height = estimateHeight(text, this.widths.reduce((a, b) => a + b, 0), opts.size);
    return r;
  }

  /**
   * Heading rows: each entry spans `span` columns; an entry with `down` also covers the row
   * below it (a two-row heading). Returns the last heading row.
   */
  headings(rows: { v: string; span?: number; down?: boolean }[][]): number {
    const first = this.row;
    rows.forEach((cells, i) => {
      const skip = new Set<number>();
      if (i > 0) {
        let c = 1;
        for (const h of rows[i - 1]!) {
          if (h.down) for (let k = c; k < c + (h.span ?? 1); k++) skip.add(k);
          c += h.span ?? 1;
        }
      }
      const out: CellLike[] = [];
      let c = 1;
      let k = 0;
      while (c <= this.cols && (k < cells.length || skip.has(c))) {
        if (skip.has(c)) {
          out.push({ v: null });
          c += 1;
          continue;
        }
        const h = cells[k++]!;
        out.push({ v: h.v, span: h.span });
        c += h.span ?? 1;
      }
      this.put(out, { border: true, header: true });
    });
    let c = 1;
    for (const h of rows[0] ?? []) {
      const span = h.span ?? 1;
      if (h.down && rows.length > 1) {
        // A wide heading was merged across its row by put(); merge it down as one block.
        if (span > 1) this.ws.unMergeCells(first, c, first, c + span - 1);
        this.ws.mergeCells(first, c, first + 1, c + span - 1);
      }
      c += span;
    }
    return this.row - 1;
  }

  blank(): void {
    this.ws.getRow(this.row).height = 10;
    this.row++;
  }

  /** Freezes everything above `row` (exclusive) so the title/headings stay in view. */
  freeze(row: number): void {
    this.ws.views = [{ state: 'frozen', ySplit: row, topLeftCell: `A${row + 1}`, activeCell: `A${row + 1}` }];
  }
}

/**
 * Row height for merged wrapped text, which neither Excel nor LibreOffice auto-fits. Thai
 * combining vowels and tone marks take no width, so only spacing characters are counted.
 */
export function estimateHeight(text: string, widthChars: number, size = FONT.size): number {
  const spacing = text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
  // 1.3: generous, since the reader's fallback for TH Sarabun New may be a wider Thai face;
  // a little air is better than a clipped line.
  const lines = Math.max(1, Math.ceil((spacing * (size / FONT.size) * 1.3) / Math.max(widthChars, 1)));
  return Math.round(lines * size * 1.6);
}

/**
 * The title block of every form, kept compact because it stays frozen on screen: title with the
 * form code at the right, program and year, place (and host agency), then `extra` lines.
 * Returns the last row of the block.
 */
export function titleBlock(s: FormSheet, form: FormCode, d: FormHeader, extra: string[] = []): number {
  const f = FORMS[form];
  const agency = agencyLine(d.place);
  return titleRows(s, f.title, f.code, [
    { text: form === 'kt01' ? yearLine(d.cohortYear) : `${PROGRAM_NAME} ${yearLine(d.cohortYear)}`, bold: true },
    { text: agency ? `${placeLine(d.place)}  (${agency})` : placeLine(d.place) },
    ...extra.map((text) => ({ text, bold: true })),
  ]);
}

/**
 * The title row (form code boxed in the last two columns) and centred lines under it, then a
 * blank row. Returns the last row of the block, to freeze.
 */
export function titleRows(s: FormSheet, title: string, code: string, lines: { text: string; bold?: boolean }[]): number {
  // The code takes the last two columns: one narrow month column cannot hold "แบบ กท.03".
  const r = s.put([
    { v: title, span: s.cols - 2, bold: true, align: 'center' },
    { v: code, span: 2, bold: true, align: 'center' },
  ]);
  s.ws.getCell(r, 1).font = { ...FONT, bold: true, size: 18 };
  for (const c of [s.cols - 1, s.cols]) s.ws.getCell(r, c).border = BORDER;
  s.ws.getCell(r, s.cols - 1).alignment = { vertical: 'middle', horizontal: 'center' };
  s.ws.getRow(r).height = estimateHeight(title, s.widths.slice(0, -2).reduce((a, b) => a + b, 0), 18);
  for (const l of lines) s.line(l.text, { align: 'center', bold: l.bold });
  const last = s.row - 1;
  s.blank();
  return last;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique ignoring case. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The PDF's footer as the last row (printed-at as a real date) and the print footer. */
export function printedRow(s: FormSheet, d: Printed): void {
  s.blank();
  const at = excelDate(d.printedAt);
  // The date-time needs about 24 characters: span as many columns as that takes.
  let span = 1;
  while (2 + span < s.cols - 1 && s.widths.slice(2, 2 + span).reduce((a, b) => a + b, 0) < 24) span++;
  s.put([{ v: 'พิมพ์เมื่อ', bold: true, span: 2 }, { v: at, fmt: BE_DATETIME, span, align: 'left' }, { v: `โดย ${d.printedBy}`, span: s.cols - 2 - span }]);
  s.ws.headerFooter.oddFooter = `&Lพิมพ์เมื่อ ${formatDateTime(d.printedAt, 'th')} โดย ${d.printedBy}&Rหน้า &P / &N`;
}

/** Signature lines, as on the PDF, one block per signer in the left and right halves. */
export function signatureRows(s: FormSheet, [a, b]: [Signer, Signer]): void {
  s.blank();
  const left = signatureLines(a);
  const right = signatureLines(b);
  const half = Math.floor(s.cols / 2);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    s.put([
      { v: left[i] ?? null, span: half, align: 'center' },
      { v: right[i] ?? null, span: s.cols - half, align: 'center' },
    ]);
  }
}

export async function newWorkbook(d: Printed, title: string): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = d.printedBy;
  wb.title = title;
  // The printed-at time, not "now": the same data gives the same workbook properties.
  const t = new Date(d.printedAt);
  if (!Number.isNaN(t.getTime())) wb.created = wb.modified = t;
  return wb;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
