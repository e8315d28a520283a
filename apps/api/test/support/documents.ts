import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';

/**
 * The text layer of a PDF as a reader would copy it, in reading order, with line breaks and
 * runs of spaces made single spaces and ำ recomposed (pdftotext writes it as ํ + า).
 */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\u0E4D\u0E32/g, '\u0E33').replace(/\s+/g, ' ');
}

export const pdfPages = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())![1]);

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
