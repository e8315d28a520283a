import { z } from 'zod';
import { CERTIFICATION_KINDS, FULFILMENTS, PRODUCT_CATEGORIES, QUANTITY_UNITS } from '@ntag/shared';

/**
 * The directory's filters, as the JSON API and the pages take them. The pages are forgiving (a
 * bad value is dropped, not a 400: a shared link with a typo still shows the market); the JSON
 * API answers 400 naming the field.
 */
export const DirectoryQuery = z.object({
  q: z.string().trim().max(200).optional(),
  province: z.string().regex(/^\d{2}$/, 'a 2-digit province code').optional(),
  district: z.string().regex(/^\d{4}$/, 'a 4-digit district code').optional(),
  category: z.enum(PRODUCT_CATEGORIES).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
  cert: z.enum(CERTIFICATION_KINDS).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DirectoryInput = z.output<typeof DirectoryQuery>;

const Place = z.object({ tambonCode: z.string(), district: z.string().nullable(), province: z.string().nullable() });
const PublicCertification = z.object({ kind: z.enum(CERTIFICATION_KINDS), number: z.string(), expiresOn: z.string() });

export const PublicListingCard = z.object({
  id: z.uuid(),
  url: z.string(),
  /** The catalogue code of a listed product, else the name typed in (as every record's `product`). */
  product: z.string(),
  /** The product's Thai name, to show (the product list is not public). */
  productNameTh: z.string(),
  category: z.enum(PRODUCT_CATEGORIES),
  unit: z.enum(QUANTITY_UNITS),
  priceMin: z.number().nullable(),
  priceMax: z.number().nullable(),
  months: z.array(z.number().int()),
  /** Only certificates that have not expired. */
  certifications: z.array(PublicCertification),
  group: z.object({ id: z.uuid(), name: z.string(), url: z.string() }),
  place: Place,
  thumbUrl: z.string().nullable(),
  publishedAt: z.string(),
});
export const DirectoryOut = z.object({ items: z.array(PublicListingCard), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const PublicGroupOut = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  place: Place,
  enterpriseCode: z.string().nullable(),
  learningCentre: z.string().nullable(),
  position: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  /** The group's own public channels; a phone that is a member's own number is never shown. */
  contact: z.object({ line: z.string().nullable(), lineUrl: z.string().nullable(), facebook: z.string().nullable(), facebookUrl: z.string().nullable(), phone: z.string().nullable(), website: z.string().nullable() }),
});

export const PublicListingOut = PublicListingCard.extend({
  description: z.string().nullable(),
  minOrder: z.number().nullable(),
  fulfilment: z.enum(FULFILMENTS),
  deliveryArea: z.string().nullable(),
  photos: z.array(z.object({ id: z.uuid(), url: z.string(), fullUrl: z.string(), width: z.number().int(), height: z.number().int() })),
  seller: PublicGroupOut,
  enquiryUrl: z.string(),
});

export const PublicIdParams = z.object({ id: z.uuid() });

/** A row of the open-data directory (camelCase, as the other open data: docs/adr/0009, 0012). */
export const OpenListingRow = z.object({
  id: z.uuid(), url: z.string(),
  /** The catalogue code of a listed product, else the name typed in. */
  product: z.string(), productNameTh: z.string(), category: z.string(), unit: z.string(),
  priceMin: z.number().nullable(), priceMax: z.number().nullable(),
  /** Months available, space-separated numbers 1–12. */
  months: z.string(),
  /** Kinds of the certifications not expired, space-separated. */
  certifications: z.string(),
  groupId: z.uuid(), groupName: z.string(), groupUrl: z.string(), tambonCode: z.string(), tambonNameTh: z.string().nullable(),
  districtCode: z.string(), districtNameTh: z.string().nullable(), provinceCode: z.string(), provinceNameTh: z.string().nullable(),
  publishedAt: z.string(), updatedAt: z.string(),
});
