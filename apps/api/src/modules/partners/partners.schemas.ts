import { z } from 'zod';
import { PARTNER_SECTORS } from '@ntag/shared';
import { IsoDate, patchBody } from '../common.schemas';

/**
 * A partner the province brings together in step 7 (issue 13's published fields: `provinceCode`,
 * `name`, `sector`, `support`, `groupIds`, `from`, `to`).
 */
const partnerFields = {
  provinceCode: z.string().regex(/^\d{2}$/, 'a 2-digit province code'),
  name: z.string().trim().min(1, 'required').max(300),
  sector: z.enum(PARTNER_SECTORS),
  /** What the partner supports (training, buying, equipment, a platform…). */
  support: z.string().trim().min(1, 'required').max(2000),
  /** The province's groups it supports. */
  groupIds: z.array(z.uuid()).max(500).default([]),
  from: IsoDate,
  to: IsoDate.nullable().optional(),
  notes: z.string().trim().max(2000).transform((v) => v || null).nullable().optional(),
};
export const CreatePartnerBody = z.object({ id: z.uuid(), ...partnerFields });
export type PartnerInput = z.output<typeof CreatePartnerBody>;
export const UpdatePartnerBody = patchBody(partnerFields);

export const PartnerOut = z.object({
  id: z.uuid(),
  provinceCode: z.string(),
  name: z.string(),
  sector: z.enum(PARTNER_SECTORS),
  support: z.string(),
  groupIds: z.array(z.uuid()),
  groups: z.array(z.object({ id: z.uuid(), name: z.string() })),
  from: z.string(),
  to: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const PartnerListQuery = z.object({
  province: z.string().regex(/^\d{2}$/, 'a 2-digit province code').optional(),
  group: z.uuid().optional(),
  sector: z.enum(PARTNER_SECTORS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
