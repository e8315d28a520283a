import { z } from 'zod';
import { PRODUCE_USES, QUANTITY_UNITS } from '@ntag/shared';
import { patchBody } from '../common.schemas';
import { baht, nonNegative, positive, productField, recordDate } from '../records/records.schemas';

/**
 * How a harvest was used, split over the five uses in the record's unit (docs/adr/0012): a use
 * left out is 0, and the uses may add up to less than the quantity (the rest not yet used).
 */
const Uses = z.strictObject(Object.fromEntries(PRODUCE_USES.map((u) => [u, nonNegative.default(0)])) as Record<(typeof PRODUCE_USES)[number], z.ZodDefault<typeof nonNegative>>);

const fields = {
  farmerId: z.uuid().nullable().optional(),
  /** The day of the harvest, or any day of the month for a month's total (`period: month`). */
  date: recordDate,
  period: z.enum(['day', 'month']).default('day'),
  /** A code of GET /api/products (or its Thai name), else the product in free text. */
  product: productField,
  unit: z.enum(QUANTITY_UNITS),
  quantity: positive,
  uses: Uses.default({ household: 0, exchange: 0, sale: 0, processing: 0, loss: 0 }),
  /** In baht, where known. */
  value: baht.nullable().optional(),
  notes: z.string().trim().max(1000).nullable().optional(),
};

export const CreateProductionBody = z.strictObject({ id: z.uuid(), groupId: z.uuid(), ...fields });
export const UpdateProductionBody = patchBody(fields).strict();
export type ProductionInput = z.output<typeof UpdateProductionBody>;

export const ProductionOut = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  farmerId: z.uuid().nullable(),
  farmerName: z.string().nullable(),
  /** A month's total is dated the first of its month. */
  date: z.string(),
  period: z.enum(['day', 'month']),
  /** The catalogue code of a listed product, else the name typed in. */
  product: z.string(),
  unit: z.enum(QUANTITY_UNITS),
  quantity: z.number(),
  uses: z.object(Object.fromEntries(PRODUCE_USES.map((u) => [u, z.number()])) as Record<(typeof PRODUCE_USES)[number], z.ZodNumber>),
  value: z.number().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const ProductOut = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string(), category: z.string(), units: z.array(z.enum(QUANTITY_UNITS)) });
