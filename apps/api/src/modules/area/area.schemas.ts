import { z } from 'zod';
import { UNIT_KINDS } from '@ntag/shared';

export const AreaQuery = z.object({ unit: z.string().trim().min(1).max(64).optional() });

const Counts = z.object({
  provinces: z.number().int().optional(),
  districts: z.number().int().optional(),
  tambons: z.number().int().optional(),
  users: z.number().int(),
});

export const AreaUnit = z.object({
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  counts: Counts,
});

export const AreaResponse = z.object({
  unit: AreaUnit,
  /** From the top of the caller's scope down to the unit's parent. */
  parents: z.array(z.object({ code: z.string(), kind: z.enum(UNIT_KINDS), nameTh: z.string(), nameEn: z.string().nullable() })),
  children: z.array(AreaUnit),
  /** The units the caller's roles are granted on (where "my area" starts). */
  roots: z.array(z.object({ code: z.string(), kind: z.enum(UNIT_KINDS), nameTh: z.string(), nameEn: z.string().nullable() })),
});
