import { z } from 'zod';
import { PRODUCE_USES, QUANTITY_UNITS } from '@ntag/shared';
import { IsoDate, patchBody } from '../common.schemas';
import { contractFields, contractOut, nonNegative, positive, withContractDate } from '../records/records.schemas';

const uses = z.object(Object.fromEntries(PRODUCE_USES.map((u) => [u, nonNegative.default(0)])) as Record<(typeof PRODUCE_USES)[number], z.ZodDefault<typeof nonNegative>>);

const fields = {
  farmerId: z.uuid().nullable().optional(),
  recordedOn: IsoDate.optional(),
  period: z.enum(['day', 'month']).default('day'),
  productCode: z.string().trim().max(50).nullable().optional(),
  productName: z.string().trim().max(200).optional(),
  unit: z.enum(QUANTITY_UNITS),
  quantity: positive,
  uses: uses.default({ household: 0, exchange: 0, sale: 0, processing: 0, loss: 0 }),
  valueBaht: nonNegative.nullable().optional(),
  notes: z.string().trim().max(1000).nullable().optional(),
  ...contractFields,
  /** The contract's single use: the whole quantity went to it (instead of `uses`). */
  use: z.enum(PRODUCE_USES).optional(),
};

export const CreateProductionBody = withContractDate(z.object({ id: z.uuid(), groupId: z.uuid(), ...fields }), 'recordedOn');
export const UpdateProductionBody = patchBody(fields);
export type ProductionInput = z.output<typeof UpdateProductionBody>;

export const ProductionOut = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  farmerId: z.uuid().nullable(),
  farmerName: z.string().nullable(),
  recordedOn: z.string(),
  /** The contract's names for recordedOn, the product (code, else name), valueBaht and the main use. */
  ...contractOut,
  use: z.enum(PRODUCE_USES).nullable(),
  period: z.enum(['day', 'month']),
  productCode: z.string().nullable(),
  productName: z.string(),
  unit: z.enum(QUANTITY_UNITS),
  quantity: z.number(),
  uses: z.object(Object.fromEntries(PRODUCE_USES.map((u) => [u, z.number()])) as Record<(typeof PRODUCE_USES)[number], z.ZodNumber>),
  valueBaht: z.number().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const ProductOut = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string(), category: z.string(), units: z.array(z.enum(QUANTITY_UNITS)) });
