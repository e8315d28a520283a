import { z } from 'zod';
import { UNIT_KINDS } from '@ntag/shared';

/** Shapes shared by several modules' schemas. */
export const UnitRef = z.object({
  code: z.string(),
  kind: z.enum(UNIT_KINDS).nullable(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
});

export const Paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const Version = z.number().int().min(1);

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
