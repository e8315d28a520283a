import { z } from 'zod';
import { UNIT_KINDS } from '@ntag/shared';

/** Shapes shared by several modules' schemas. */
export const UnitRef = z.object({
  code: z.string(),
  kind: z.enum(UNIT_KINDS).nullable(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
});

/**
 * What the columns hold (apps/api/src/db/schema), so that a number the contract accepts is one
 * the database can store and the OpenAPI document shows the limit: every integer column and
 * every `version` is int4, money is numeric(14,2) baht, quantities numeric(14,3), a farmer's
 * land numeric(12,2) m² and pond numeric(10,2) m³.
 */
export const LIMITS = {
  int4: 2_147_483_647,
  money: 999_999_999_999.99,
  quantity: 99_999_999_999.999,
} as const;

/** An int4 column's integer (a count, a serial, a version). */
export const int4 = () => z.number().int().min(-LIMITS.int4 - 1).max(LIMITS.int4);
/** Baht in a numeric(14,2) column: not negative, at most 999,999,999,999.99, whole satang. */
export const money = () => z.number().min(0, 'must not be negative').max(LIMITS.money).multipleOf(0.01, 'at most 2 decimals (satang)');
/** A quantity in a numeric(14,3) column: not negative, at most 3 decimals. */
export const quantity = () => z.number().min(0, 'must not be negative').max(LIMITS.quantity).multipleOf(0.001, 'at most 3 decimals');
/** A numeric(p,2) measure (land, pond) rounded as the column would store it, so a replay compares equal. */
export const twoDecimals = (max: number) => z.number().min(0, 'must not be negative').max(max).transform((v) => Math.round(v * 100) / 100);

export const Paging = {
  page: z.coerce.number().int().min(1).max(LIMITS.int4).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** The version an edit was based on: an int4 column. */
export const Version = z.number().int().min(1).max(LIMITS.int4);
/** The same in a query string (`?version=3`). */
export const VersionQuery = z.coerce.number().int().min(1).max(LIMITS.int4);

export const IdParams = z.object({ id: z.uuid() });

/**
 * The body of a PATCH: every field optional and, unlike `.partial()`, without its default —
 * a field left out keeps its stored value instead of being reset (e.g. `uses` to zeros).
 */
export function patchBody<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType)).optional()]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer I> ? I : T[K]> };
  return z.object({ ...fields, version: Version });
}

/**
 * An ISO date a date column can hold: zod's ISO date accepts year 0000, which does not exist and
 * which PostgreSQL refuses (a 500 before this check).
 */
export const IsoDate = z.iso.date().refine((d) => !d.startsWith('0000'), 'not a date: there is no year 0');
