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
