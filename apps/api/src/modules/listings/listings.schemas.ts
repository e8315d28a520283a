import { z } from 'zod';
import { CERTIFICATION_KINDS, FULFILMENTS, PRODUCT_CATEGORIES, QUANTITY_UNITS } from '@ntag/shared';
import { IsoDate, Paging, Version, VersionQuery, paged } from '../common.schemas';
import { baht, positive } from '../records/records.schemas';

const month = z.number().int().min(1, 'a month 1–12').max(12, 'a month 1–12');
export const Months = z.array(month).max(12).refine((m) => new Set(m).size === m.length, 'each month once');

export const Certification = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  number: z.string().trim().min(1, 'the certificate number').max(100),
  expiresOn: IsoDate,
});

/**
 * The fields of issue #14's published API (groupId, productCode or productName, description, unit,
 * priceMin, priceMax, months, published) and the rest of what a group offers. `productCode` /
 * `productName` are that issue's names for a listing's product (docs/adr/0017): a code of
 * GET /api/products, or a product typed in.
 */
const fields = {
  productCode: z.string().trim().max(50).nullable().optional(),
  productName: z.string().trim().max(200).optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  unit: z.enum(QUANTITY_UNITS),
  /** Indicative price per unit in baht: one price (min only) or a range. */
  priceMin: baht.nullable().optional(),
  priceMax: baht.nullable().optional(),
  /** Months available, 1–12; left out on create, proposed from the group's กท.03 calendar. */
  months: Months.optional(),
  minOrder: positive.nullable().optional(),
  fulfilment: z.enum(FULFILMENTS).optional(),
  deliveryArea: z.string().trim().max(300).nullable().optional(),
  certifications: z.array(Certification).max(10).optional(),
  published: z.boolean().optional(),
};

/** `id` is optional: a client that makes its own id may retry safely (the same body is the same listing). */
export const CreateListingBody = z.object({ id: z.uuid().optional(), groupId: z.uuid(), ...fields });
export type CreateListingInput = z.output<typeof CreateListingBody>;

/** Every field optional; `version` (the one read) makes a stale edit a 409 instead of an overwrite. */
export const UpdateListingBody = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
  version: Version.optional(),
});
export type UpdateListingInput = z.output<typeof UpdateListingBody>;
export type ListingFields = Omit<CreateListingInput, 'id' | 'groupId'>;

export const DeleteListingQuery = z.object({ version: VersionQuery.optional() });

export const ListingListQuery = z.object({
  group: z.uuid().optional(),
  /** An org unit code: the listings of the groups in its area. */
  unit: z.string().trim().min(1).max(64).optional(),
  published: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...Paging,
});

export const ProposedMonthsQuery = z.object({
  group: z.uuid(),
  productCode: z.string().trim().max(50).optional(),
  productName: z.string().trim().max(200).optional(),
});
export const ProposedMonthsOut = z.object({
  months: z.array(z.number().int()),
  /** The cohort of the กท.03 plan they came from; null when the plan has no such product. */
  cohort: z.number().int().nullable(),
});

export const PhotoOut = z.object({ id: z.uuid(), url: z.string(), thumbUrl: z.string(), width: z.number().int(), height: z.number().int() });

export const ListingOut = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  productCode: z.string().nullable(),
  productName: z.string(),
  category: z.enum(PRODUCT_CATEGORIES),
  description: z.string().nullable(),
  unit: z.enum(QUANTITY_UNITS),
  priceMin: z.number().nullable(),
  priceMax: z.number().nullable(),
  months: z.array(z.number().int()),
  minOrder: z.number().nullable(),
  fulfilment: z.enum(FULFILMENTS),
  deliveryArea: z.string().nullable(),
  certifications: z.array(Certification.extend({ valid: z.boolean() })),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** The public page while published. */
  publicUrl: z.string().nullable(),
  photos: z.array(PhotoOut),
  /** Enquiries not closed yet. */
  openEnquiries: z.number().int(),
  /** Visitors' reports about the listing that nobody has looked at yet (for its district). */
  openReports: z.array(z.object({ id: z.uuid(), reason: z.string(), message: z.string().nullable(), createdAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const ListingList = paged(ListingOut);

export const PhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
export const PhotoQuery = z.object({ size: z.enum(['full', 'card', 'thumb']).default('card') });
export const ReportParams = z.object({ id: z.uuid(), reportId: z.uuid() });
