import { z } from 'zod';
import { BUYER_TYPES, CHANNELS, QUANTITY_UNITS } from '@ntag/shared';
import { IsoDate, patchBody } from '../common.schemas';
import { baht, positive, productField, recordDate } from '../records/records.schemas';

const txFields = {
  farmerId: z.uuid().nullable().optional(),
  date: recordDate,
  /** A code of GET /api/products (or its Thai name), else the product in free text. */
  product: productField,
  unit: z.enum(QUANTITY_UNITS),
  quantity: positive,
  unitPrice: baht.nullable().optional(),
  /** In baht; left out, it is quantity × unit price. A sale needs one or the other. */
  value: baht.nullable().optional(),
  channel: z.enum(CHANNELS),
  outletId: z.uuid().nullable().optional(),
  eventId: z.uuid().nullable().optional(),
  /** The platform for `online` sales (Facebook, LINE, Shopee…). */
  platform: z.string().trim().max(100).nullable().optional(),
  /** Who bought; kept from a purchase enquiry that became this sale (issue #14). */
  buyerType: z.enum(BUYER_TYPES).nullable().optional(),
  notes: z.string().trim().max(1000).nullable().optional(),
};
export const CreateTransactionBody = z.strictObject({ id: z.uuid(), groupId: z.uuid(), ...txFields });
export const UpdateTransactionBody = patchBody(txFields).strict();
export type TransactionInput = Omit<z.output<typeof UpdateTransactionBody>, 'version'>;

export const TransactionOut = z.object({
  id: z.uuid(), groupId: z.uuid(), farmerId: z.uuid().nullable(), farmerName: z.string().nullable(), date: z.string(),
  /** The catalogue code of a listed product, else the name typed in. */
  product: z.string(), unit: z.enum(QUANTITY_UNITS), quantity: z.number(),
  unitPrice: z.number().nullable(),
  /** The value in baht: as given, or quantity × unit price. */
  value: z.number().nullable(),
  channel: z.enum(CHANNELS),
  /** Exchange (inside or outside the group) or sale, from the channel. */
  kind: z.enum(['exchange', 'sale']),
  outletId: z.uuid().nullable(), eventId: z.uuid().nullable(), platform: z.string().nullable(), buyerType: z.enum(BUYER_TYPES).nullable(), notes: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
});

const eventFields = {
  provinceCode: z.string().regex(/^\d{2}$/, 'a 2-digit province code'),
  name: z.string().trim().min(1, 'required').max(300),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable().optional(),
  place: z.string().trim().max(300).nullable().optional(),
  groupIds: z.array(z.uuid()).max(500).default([]),
  notes: z.string().trim().max(2000).nullable().optional(),
};
export const CreateEventBody = z.object({ id: z.uuid(), ...eventFields });
export type EventInput = z.output<typeof CreateEventBody>;
export const UpdateEventBody = patchBody(eventFields);
export const EventOut = z.object({
  id: z.uuid(), provinceCode: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string().nullable(), place: z.string().nullable(),
  groups: z.array(z.object({ id: z.uuid(), name: z.string() })), notes: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
});
export const EventListQuery = z.object({
  province: z.string().regex(/^\d{2}$/).optional(),
  group: z.uuid().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
