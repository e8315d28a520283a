import ExcelJS from 'exceljs';
import { pdfPageCount, pdfText as readPdfText } from './pdf-text';

/**
 * The text layer of a PDF as a reader would copy it (pdf.js, see pdf-text.ts: word runs rejoined,
 * ำ recomposed), in the order the page draws it, with line breaks and runs of spaces made single spaces.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await readPdfText(pdf, 'raw')).replace(/\s+/g, ' ');
}

export const pdfPages = (pdf: Buffer): Promise<number> => pdfPageCount(pdf);

export async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** Each row's values as a reader sees them: a merged cell once (ExcelJS repeats it in every cell it covers). */
export function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => {
    const values: unknown[] = [];
    row.eachCell((c) => {
      if (!c.isMerged || c.master === c) values.push(c.value);
    });
    out.push(values);
  });
  return out;
}
