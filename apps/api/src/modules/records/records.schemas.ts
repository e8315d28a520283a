import { z } from 'zod';
import { IsoDate, VersionQuery, money, quantity } from '../common.schemas';

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

export const DeleteQuery = z.object({ version: VersionQuery });
/**
 * Deleting a record a tambon worker makes in the field: when it is someone else's, it is refused,
 * and `reason` is sent to whoever recorded it (records.kit `refusal`).
 */
export const RefuseQuery = DeleteQuery.extend({
  reason: z.string().trim().min(1).max(500).optional().describe("Why it is deleted: sent to whoever recorded it, when that is someone else (the record is refused)"),
});

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * Numbers typed in the field: Thai digits and thousands separators are accepted. Written as a
 * number-or-text input piped to the column's number schema (not z.preprocess, whose input is
 * `unknown`), so that the OpenAPI document shows the field as required, as `number | string`, and
 * with the column's limits on the number.
 */
export const fieldNumber = <T extends z.ZodNumber>(schema: T) => {
  const { $schema: _, type: __, ...limits } = z.toJSONSchema(schema);
  return z
    .union([z.number().meta(limits), z.string()], { error: 'a number' })
    .transform((v) => {
      if (typeof v !== 'string') return v;
      const t = v.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[,\s]/g, '');
      return t === '' ? Number.NaN : Number(t);
    })
    .pipe(schema);
};

/** A quantity produced or sold: more than 0, at most a billion, 3 decimals (numeric(14,3)). */
export const positive = fieldNumber(quantity().gt(0, 'must be more than 0').max(1e9));
/** A part of a quantity (its uses): numeric(14,3). */
export const nonNegative = fieldNumber(quantity());
/** Baht: numeric(14,2). */
export const baht = fieldNumber(money());

/**
 * The names every field record answers to (issue #4's published contract, docs/adr/0012):
 * `date` (the day it happened), `product` (a catalogue code or Thai name, else free text),
 * `value` (baht). One name each, in and out.
 */
export const recordDate = IsoDate;
export const productField = z.string().trim().min(1, 'required').max(200);
