import { z } from 'zod';
import { IsoDate } from '../common.schemas';

/** The list query every group-owned record type takes (issue #4). */
export const RecordListQuery = z.object({
  group: z.uuid().optional(),
  /** An org unit code: records of the groups in its area. */
  unit: z.string().trim().min(1).max(64).optional(),
  cohort: z.coerce.number().int().min(2500).max(2700).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(300).optional(),
});
export type RecordListInput = z.output<typeof RecordListQuery>;

export const DeleteQuery = z.object({ version: z.coerce.number().int().min(1) });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Numbers typed in the field: Thai digits and thousands separators are accepted. */
export const fieldNumber = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const t = v.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[,\s]/g, '');
  return t === '' ? v : Number(t);
}, z.number({ error: 'a number' }));

export const positive = fieldNumber.pipe(z.number().gt(0, 'must be more than 0').max(1e9));
export const nonNegative = fieldNumber.pipe(z.number().min(0, 'must not be negative').max(1e12));

/**
 * The field names of issue #4's published contract, accepted beside this API's own names:
 * `date` (the record's date), `product` (a catalogue code or Thai name, else free text) and
 * `value` (baht). Where a body has both, the contract name wins; answers carry both.
 */
export const contractFields = {
  date: IsoDate.optional(),
  product: z.string().trim().min(1).max(200).optional(),
  value: nonNegative.nullable().optional(),
};

/** A new record needs its date under one name or the other; without it the error names `date`. */
export const withContractDate = <T extends z.ZodType<{ date?: string }>>(body: T, dateKey: string) =>
  body.refine((b) => !!b.date || !!(b as Record<string, unknown>)[dateKey], { path: ['date'], message: `the date is required (date or ${dateKey})` });

/** The contract's names in every answer: the record's date, its product (the code, else the name), its value in baht. */
export const contractOut = { date: z.string(), product: z.string(), value: z.number().nullable() };
