/**
 * Building blocks of the official A4 layout shared by the forms: heading block, section titles,
 * ruled tables, ✓/✗ marks, signature blocks and the page footer.
 */
import { formatDateTime } from '@ntag/shared';
import { FORMS, PROGRAM_NAME, agencyLine, placeLine, signatureLines, yearLine, type FormCode, type Signer } from '../format';
import type { FormHeader } from '../forms.types';
import { BODY_FONT } from './engine';
import { keep, th } from './thai-text';

export type Node = Record<string, unknown> | string;

export const MARGIN = { side: 36, top: 30, bottom: 44 };

export const GREY = '#e6e6e6';

/** Thin ruled grid like a printed government form; cells get a little air for Thai marks. */
export const GRID = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#333333',
  vLineColor: () => '#333333',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

/** Who printed a document and when: the footer of every page. */
export type Printed = Pick<FormHeader, 'printedAt' | 'printedBy'>;

/**
 * The official heading: the form's code boxed at the top right (none when `code` is null), the
 * centred bold title, then the given lines; `id` lets a table of contents point at the title.
 */
export function formHeading(h: { code: string | null; title: string; lines: Node[]; id?: string }): Node[] {
  return [
    h.code
      ? {
          columns: [
            { width: '*', text: '' },
            {
              width: 'auto',
              table: { body: [[{ text: keep(h.code), bold: true, fontSize: 14, margin: [6, 0, 6, 0] }]] },
              layout: GRID,
            },
          ],
        }
      : { text: '' },
    { ...th(h.title, { bold: true, fontSize: 18, alignment: 'center', margin: [0, 4, 0, 0] }), ...(h.id ? { id: h.id } : {}) },
    ...h.lines,
    { text: '', margin: [0, 0, 0, 6] },
  ];
}

/** The heading of the plan forms: code, title, program and `ปี พ.ศ.`, place, host agency. */
export function heading(form: FormCode, d: FormHeader, opts: { id?: string; extra?: Node[]; programLine?: boolean } = {}): Node[] {
  const f = FORMS[form];
  const agency = agencyLine(d.place);
  const sub = opts.programLine === false ? yearLine(d.cohortYear) : `${PROGRAM_NAME} ${yearLine(d.cohortYear)}`;
  return formHeading({
    code: f.code,
    title: f.title,
    id: opts.id,
    lines: [
      th(sub, { alignment: 'center', bold: true }),
      th(placeLine(d.place), { alignment: 'center' }),
      ...(agency ? [th(agency, { alignment: 'center', fontSize: 12 })] : []),
      ...(opts.extra ?? []),
    ],
  });
}

export const sectionTitle = (text: string): Node => th(text, { bold: true, fontSize: 15, margin: [0, 10, 0, 4] });

/** A heading inside a section (a cohort's steps, one narrative field). */
export const subsectionTitle = (text: string, extra: Record<string, unknown> = {}): Node =>
  th(text, { bold: true, margin: [0, 6, 0, 2], ...extra });

/**
 * Running prose, one node per paragraph, first line indented as in Thai official letters. The
 * text is broken between words (thai-text.ts); left-aligned, since justifying would stretch the
 * zero-width breaks' neighbours unevenly.
 */
export function paragraphs(texts: string[], extra: Record<string, unknown> = {}): Node[] {
  return texts.map((t) => th(t, { leadingIndent: 28, margin: [0, 0, 0, 3], ...extra }));
}

/** Content in a single ruled box (a list that must stand out, such as missing reports). */
export function boxed(stack: Node[], extra: Record<string, unknown> = {}): Node {
  return { table: { widths: ['*'], body: [[{ stack, margin: [4, 3, 4, 4] }]] }, layout: GRID, ...extra };
}

/** A diagonal mark on every page of a document that is not the final one ("ร่าง"). */
export const watermark = (text: string): Record<string, unknown> => ({
  text,
  font: BODY_FONT,
  color: '#9e9e9e',
  opacity: 0.25,
  bold: true,
  fontSize: 160,
});

/** Sections up to this many table rows move to the next page whole rather than split. */
const KEEP_ROWS = 12;

/**
 * A section title with its body. A short section is kept on one page, so that a title (or a
 * table's heading row) is never left alone at the foot of a page; a long one flows, its table
 * heading repeated, keeping at least one row with the heading.
 */
export function section(title: string, body: Node[], rows = 0): Node {
  return { stack: [sectionTitle(title), ...body], unbreakable: rows <= KEEP_ROWS };
}

export const headerCell = (text: string, extra: Record<string, unknown> = {}): Node =>
  th(text, { bold: true, fillColor: GREY, alignment: 'center', ...extra });

export const numCell = (text: string, extra: Record<string, unknown> = {}): Node => ({ text: keep(text), alignment: 'right', ...extra });

export const centerCell = (text: string, extra: Record<string, unknown> = {}): Node => ({ text: keep(text), alignment: 'center', ...extra });

/**
 * One or two heading rows: a column with `sub` spans its sub-columns (second row), the others
 * span both rows. Cells are the grey bold heading cells of every form.
 */
export function headerRows(cols: { label: string; sub?: string[] }[], extra: Record<string, unknown> = {}): Node[][] {
  if (!cols.some((c) => c.sub?.length)) return [cols.map((c) => headerCell(c.label, extra))];
  const top: Node[] = [];
  const bottom: Node[] = [];
  for (const c of cols) {
    if (c.sub?.length) {
      top.push(headerCell(c.label, { colSpan: c.sub.length, ...extra }), ...Array<string>(c.sub.length - 1).fill(''));
      bottom.push(...c.sub.map((s) => headerCell(s, extra)));
    } else {
      top.push(headerCell(c.label, { rowSpan: 2, ...extra }));
      bottom.push('');
    }
  }
  return [top, bottom];
}

/** A full-width row that says there is nothing to list, so an empty section still prints. */
export function emptyRow(columns: number, text = '— ไม่มีข้อมูล —'): Node[] {
  const row: Node[] = [th(text, { colSpan: columns, alignment: 'center', color: '#555555' })];
  for (let i = 1; i < columns; i++) row.push('');
  return row;
}

/** A ruled table whose heading rows repeat on every page it runs onto. */
export function grid(widths: (number | string)[], headerRows: Node[][], rows: Node[][], extra: Record<string, unknown> = {}): Node {
  const body = rows.length ? rows : [emptyRow(widths.length)];
  return {
    table: { widths, headerRows: headerRows.length, keepWithHeaderRows: 1, dontBreakRows: true, body: [...headerRows, ...body] },
    layout: GRID,
    ...extra,
  };
}

/** A table without rules, for label–value details: the grid's cell padding, no lines. */
export const BORDERLESS = { ...GRID, hLineWidth: () => 0, vLineWidth: () => 0 };

/**
 * ✓ and ✗ drawn as vectors: neither Sarabun nor Noto Sans Thai has U+2713/U+2717 (they would
 * print as empty boxes). The word next to the mark carries the meaning for readers and search.
 */
export function mark(ok: boolean, size = 8): Node {
  const s = size;
  const canvas = ok
    ? [{ type: 'polyline', lineWidth: 1.4, lineColor: '#1b5e20', points: [{ x: 0, y: s * 0.55 }, { x: s * 0.38, y: s }, { x: s, y: 0 }] }]
    : [
        { type: 'line', x1: 0, y1: 0, x2: s, y2: s, lineWidth: 1.4, lineColor: '#b71c1c' },
        { type: 'line', x1: s, y1: 0, x2: 0, y2: s, lineWidth: 1.4, lineColor: '#b71c1c' },
      ];
  return { canvas, width: s + 2, margin: [0, 4, 0, 0] };
}

/** A mark followed by its word ("ผ่าน" / "ไม่ผ่าน"). */
export const markWithText = (ok: boolean, label: string, extra: Record<string, unknown> = {}): Node => ({
  columns: [mark(ok), th(label, { width: '*' })],
  columnGap: 2,
  ...extra,
});

function signature(s: Signer): Node {
  const lines = signatureLines(s);
  return {
    stack: lines.map((l, i) =>
      i === 3 ? { text: keep(l) } : i === 4 ? th(l, { fontSize: 12, margin: [0, 2, 0, 0] }) : { text: l },
    ),
    alignment: 'center',
  };
}

/** Two signature blocks side by side, kept together on one page. */
export function signatures([left, right]: [Signer, Signer]): Node {
  return { columns: [signature(left), signature(right)], columnGap: 24, margin: [0, 24, 0, 0], unbreakable: true };
}

export function footer(d: Printed, side = MARGIN.side) {
  const printed = `พิมพ์เมื่อ ${formatDateTime(d.printedAt, 'th')} โดย ${d.printedBy}`;
  return (currentPage: number, pageCount: number): Node => ({
    columns: [
      { text: printed, width: '*' },
      { text: keep(`หน้า ${currentPage} / ${pageCount}`), width: 'auto', alignment: 'right' },
    ],
    margin: [side, 14, side, 0],
    fontSize: 10,
    color: '#444444',
  });
}

/** The document definition around a form's content. */
export function page(
  d: Printed,
  content: Node[],
  opts: { orientation: 'portrait' | 'landscape'; fontSize?: number; side?: number },
): Record<string, unknown> {
  const side = opts.side ?? MARGIN.side;
  return {
    pageSize: 'A4',
    pageOrientation: opts.orientation,
    pageMargins: [side, MARGIN.top, side, MARGIN.bottom],
    defaultStyle: { font: BODY_FONT, fontSize: opts.fontSize ?? 14, lineHeight: 1 },
    footer: footer(d, side),
    content,
  };
}
