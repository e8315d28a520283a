import { FIELD_LABEL, fieldOfHeading, fieldOfValues, headingKey } from './farmers.import.fields';
import { columnIndex, columnLetters, type Table } from './farmers.import.table';
import type { ImportField, ImportMappingInput } from './farmers.schemas';
import { cellText } from './farmers.sheet';

/**
 * The mapping of a table's columns to fields: sent by the officer, else saved for the office
 * and these headings, else proposed by heading synonyms and then by the values' shape. A field
 * is taken by one column only (the first); other columns are ignored, not errors.
 */
export interface ColumnChoice {
  column: string;
  index: number;
  heading: string;
  field: ImportField | null;
  by: 'heading' | 'values' | 'sent' | 'saved' | 'none';
  samples: string[];
}

/** The headings of a table as one string: a saved mapping applies to a file whose headings are the same. */
export const headingSignature = (table: Table) => table.headings.map(headingKey).join('|').replace(/\|+$/, '');

export function columnsOf(table: Table): { index: number; heading: string; samples: string[] }[] {
  const width = Math.max(table.headings.length, ...table.rows.slice(0, 200).map((r) => r.values.length));
  const out = [];
  for (let i = 0; i < width; i++) {
    const samples: string[] = [];
    for (const r of table.rows) {
      const t = cellText(r.values[i]);
      if (t) samples.push(t);
      if (samples.length >= 20) break;
    }
    const heading = table.headings[i] ?? '';
    if (heading || samples.length) out.push({ index: i, heading, samples });
  }
  return out;
}

export function chooseColumns(
  table: Table,
  tambonNames: ReadonlySet<string>,
  sent?: ImportMappingInput['columns'],
  saved?: Record<string, string | null>,
): ColumnChoice[] {
  const sentBy = new Map((sent ?? []).map((c) => [columnIndex(c.column), c.field]));
  const choices: ColumnChoice[] = columnsOf(table).map(({ index, heading, samples }) => {
    const column = columnLetters(index);
    const base = { column, index, heading, samples: samples.slice(0, 5) };
    if (sentBy.has(index)) return { ...base, field: sentBy.get(index)!, by: 'sent' as const };
    if (saved && column in saved) return { ...base, field: (saved[column] ?? null) as ImportField | null, by: 'saved' as const };
    const byHeading = heading ? fieldOfHeading(heading) : undefined;
    if (byHeading) return { ...base, field: byHeading, by: 'heading' as const };
    const byValues = fieldOfValues(samples, tambonNames);
    return byValues ? { ...base, field: byValues, by: 'values' as const } : { ...base, field: null, by: 'none' as const };
  });
  // A "ชื่อ" column holding "นายสมชาย ใจดี" with no surname column is the whole name.
  const taken = new Set(choices.map((c) => c.field));
  const first = choices.find((c) => c.field === 'firstName');
  if (first && first.by === 'heading' && !taken.has('lastName') && first.samples.filter((s) => /\S\s+\S/.test(s)).length >= Math.max(1, first.samples.length * 0.6)) {
    first.field = 'fullName';
  }
  // One column per field: the one the officer chose, else the first.
  const rank = { sent: 0, saved: 1, heading: 2, values: 3, none: 4 };
  const owner = new Map<ImportField, ColumnChoice>();
  for (const c of [...choices].sort((a, b) => rank[a.by] - rank[b.by] || a.index - b.index)) {
    if (!c.field) continue;
    if (owner.has(c.field)) c.field = null;
    else owner.set(c.field, c);
  }
  return choices;
}

/** The required fields no column carries, with the headings looked for. */
export function missingRequired(choices: ColumnChoice[]): { field: ImportField; looked: string }[] {
  const has = (f: ImportField) => choices.some((c) => c.field === f);
  const out: { field: ImportField; looked: string }[] = [];
  if (!has('nationalId')) out.push({ field: 'nationalId', looked: 'เลขประจำตัวประชาชน / เลขบัตรประชาชน / เลขบัตร' });
  if (!has('fullName') && !has('firstName')) out.push({ field: 'firstName', looked: 'ชื่อ / ชื่อ-สกุล / ชื่อ-นามสกุล' });
  if (!has('fullName') && !has('lastName')) out.push({ field: 'lastName', looked: 'นามสกุล / สกุล' });
  if (!has('tambon') && !has('address')) out.push({ field: 'tambon', looked: 'ตำบล / รหัสตำบล / ที่อยู่' });
  return out;
}

export const fieldLabel = (f: ImportField) => FIELD_LABEL[f];
