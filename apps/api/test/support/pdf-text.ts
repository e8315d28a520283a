/**
 * The text of a PDF as a reader would copy it, read with pdf.js (`pdfjs-dist`'s legacy build, which
 * runs in Node) so that the tests need nothing outside npm — no poppler (pdftotext, pdfinfo).
 *
 * What pdf.js returns is not yet what a reader reads, and this module puts it right:
 * - Text comes as runs (items), one per font change. pdfmake's Thai text (pdf/thai-text.ts) is
 *   word runs separated by zero-width breaks set in another font, so every break starts a new
 *   run, and pdf.js reports the break as a leading space of the next run. Runs are rejoined from
 *   their geometry instead: a space where the page shows a gap (a real space is about a quarter
 *   of an em wide; a zero-width break is none), nothing where two runs touch.
 * - The PDF spells ำ as nikhahit + sara aa (what Sarabun draws, see pdf/engine.ts), which reads
 *   the same but does not match a typed ำ: normalised back to U+0E33. No-break spaces (dates,
 *   national ids) read as spaces.
 * Two views, like pdftotext's: `raw` keeps the order the page draws its text (a table cell's lines
 * stay together: Thai words and sentences are checked here), `layout` puts runs that share a
 * baseline on one line from left to right (a table row: figures, columns). Pages end with \f.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A gap wider than this share of the font size is a space (pdf.js's own threshold is 0.102 em). */
const SPACE_GAP = 0.1;
/** Runs whose baselines differ by more than this share of the font size are on different lines. */
const LINE_GAP = 0.35;

/** Thai as a reader types it: ำ as one character (a tone mark before it), no-break spaces as spaces. */
export function normaliseThai(text: string): string {
  return text.normalize('NFC').replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33').replace(/\u00A0/g, ' ');
}

async function readRuns(pdf: Uint8Array): Promise<Run[][]> {
  // pdf.js may detach the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: Run[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // Leading spaces stand for what came before the run (a space, or a zero-width break):
        // the gap decides below.
        const str = normaliseThai(item.str).trimStart();
        if (!str.trim()) continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({ str, x: e!, y: f!, width: item.width, size: Math.hypot(a!, b!) || 1 });
      }
      pages.push(runs);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Runs of one line joined: a space where the page leaves a gap, nothing where they touch. */
function joinLine(runs: Run[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const r of runs) {
    if (out && r.x - end >= SPACE_GAP * r.size) out += ' ';
    out += r.str;
    end = r.x + r.width;
  }
  return out.trimEnd();
}

/** Lines in the order the page draws them: a new line whenever the baseline moves. */
function rawLines(runs: Run[]): string[] {
  const lines: string[] = [];
  let line: Run[] = [];
  for (const r of runs) {
    const last = line.at(-1);
    if (last && Math.abs(r.y - last.y) > LINE_GAP * Math.max(r.size, last.size)) {
      lines.push(joinLine(line));
      line = [];
    }
    line.push(r);
  }
  if (line.length) lines.push(joinLine(line));
  return lines;
}

/** Lines top to bottom, each the runs on that baseline from left to right. */
function layoutLines(runs: Run[]): string[] {
  const rows: { y: number; size: number; runs: Run[] }[] = [];
  for (const r of [...runs].sort((p, q) => q.y - p.y)) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - r.y) <= LINE_GAP * Math.max(row.size, r.size)) row.runs.push(r);
    else rows.push({ y: r.y, size: r.size, runs: [r] });
  }
  return rows.map((row) => joinLine(row.runs.sort((p, q) => p.x - q.x)));
}

/** The PDF's text: lines separated by \n, each page ended by \f (as pdftotext writes it). */
export async function pdfText(pdf: Uint8Array, mode: 'raw' | 'layout' = 'raw'): Promise<string> {
  const pages = await readRuns(pdf);
  return pages.map((runs) => `${(mode === 'raw' ? rawLines(runs) : layoutLines(runs)).join('\n')}\n\f`).join('');
}

/** How many pages the PDF has. */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
