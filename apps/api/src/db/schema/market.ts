import { sql } from 'drizzle-orm';
import { bigserial, boolean, customType, date, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth';
import { modelGroup } from './groups';
import { product, transaction } from './steps';

/**
 * The public directory and purchase enquiries (issue #14, docs/adr/0017). A listing is what a
 * group offers; an enquiry is a buyer's request to buy it, followed through a private link.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export interface Certification {
  kind: string;
  number: string;
  expiresOn: string;
}

export const listing = pgTable(
  'listing',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    productCode: text('product_code').references(() => product.code),
    productName: text('product_name').notNull(),
    /** The product list's category, or `other` for a free-text product. */
    category: text('category').notNull(),
    description: text('description'),
    unit: text('unit').notNull(),
    priceMin: numeric('price_min', { precision: 14, scale: 2, mode: 'number' }),
    priceMax: numeric('price_max', { precision: 14, scale: 2, mode: 'number' }),
    /** Months of the year (1–12) it is available. */
    months: smallint('months').array().notNull().default(sql`'{}'::smallint[]`),
    minOrder: numeric('min_order', { precision: 14, scale: 3, mode: 'number' }),
    fulfilment: text('fulfilment').notNull().default('both'),
    deliveryArea: text('delivery_area'),
    certifications: jsonb('certifications').$type<Certification[]>().notNull().default([]),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('listing_group_idx').on(t.groupId),
    index('listing_public_idx').on(t.publishedAt, t.id).where(sql`${t.published} and ${t.deletedAt} is null`),
  ],
);

/**
 * Thai search (docs/adr/0017): the words of a listing's text as `Intl.Segmenter('th')` cut them
 * at write time, with runs of two and three neighbours joined, matched with `@>` on a GIN index.
 * A table of its own so that the listing rows stay narrow: the directory's filters and counts
 * scan listings, and the tokens (about 1 KB a listing) would triple what they read.
 */
export const listingSearch = pgTable(
  'listing_search',
  {
    listingId: uuid('listing_id').primaryKey().references(() => listing.id),
    tokens: text('tokens').array().notNull(),
  },
  (t) => [index('listing_search_tokens_idx').using('gin', t.tokens)],
);

/** Product photos, re-encoded like learning photos (docs/adr/0007) in three sizes: the page needs the small ones. */
export const listingPhoto = pgTable(
  'listing_photo',
  {
    id: uuid('id').primaryKey(),
    listingId: uuid('listing_id').notNull().references(() => listing.id),
    position: smallint('position').notNull(),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** At most 1,600 px on the long side. */
    bytes: bytea('bytes').notNull(),
    /** 640 px wide, for the product page. */
    card: bytea('card').notNull(),
    /** 160 px square, for lists. */
    thumb: bytea('thumb').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_photo_listing_idx').on(t.listingId, t.position)],
);

export const enquiry = pgTable(
  'enquiry',
  {
    id: uuid('id').primaryKey(),
    listingId: uuid('listing_id').notNull().references(() => listing.id),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    /** The product and unit as they were offered when the buyer asked. */
    productCode: text('product_code').references(() => product.code),
    productName: text('product_name').notNull(),
    unit: text('unit').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    wantedOn: date('wanted_on'),
    buyerType: text('buyer_type').notNull(),
    /** Personal: null once purged, 12 months after the enquiry closed. */
    buyerName: text('buyer_name'),
    buyerContact: text('buyer_contact'),
    deliveryPlace: text('delivery_place'),
    status: text('status').notNull(),
    /** Why it was held for review (links, spam words). */
    holdReason: text('hold_reason'),
    /** SHA-256 of the follow link's token: the link itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredOn: date('delivered_on'),
    deliveredQuantity: numeric('delivered_quantity', { precision: 14, scale: 3, mode: 'number' }),
    deliveredValue: numeric('delivered_value', { precision: 14, scale: 2, mode: 'number' }),
    transactionId: uuid('transaction_id').references(() => transaction.id),
    contactPurgedAt: timestamp('contact_purged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('enquiry_token_uq').on(t.tokenHash),
    index('enquiry_group_idx').on(t.groupId, t.createdAt),
    index('enquiry_listing_idx').on(t.listingId),
    index('enquiry_open_idx').on(t.status, t.lastActivityAt),
    index('enquiry_closed_idx').on(t.closedAt).where(sql`${t.contactPurgedAt} is null`),
  ],
);

/** The thread: the buyer's first message and replies, the group's answers. */
export const enquiryMessage = pgTable(
  'enquiry_message',
  {
    id: uuid('id').primaryKey(),
    enquiryId: uuid('enquiry_id').notNull().references(() => enquiry.id),
    /** buyer | group | officer | system */
    author: text('author').notNull(),
    authorUserId: uuid('author_user_id').references(() => appUser.id),
    decision: text('decision'),
    /** A buyer's text is personal and purged with the contact (null afterwards). */
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The order of the thread: messages written in one transaction share created_at. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('enquiry_message_enquiry_idx').on(t.enquiryId, t.seq)],
);

/**
 * Anonymous writes (enquiries, abuse reports) counted per address and per product, in the
 * database so that every API process sees the same counts (like login_attempt).
 */
export const publicRateEvent = pgTable(
  'public_rate_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bucket: text('bucket').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('public_rate_event_bucket_idx').on(t.bucket, t.at), index('public_rate_event_at_idx').on(t.at)],
);

/** A visitor's report that a listing is wrong or abusive; the district looks at it. */
export const listingReport = pgTable(
  'listing_report',
  {
    id: uuid('id').primaryKey(),
    listingId: uuid('listing_id').notNull().references(() => listing.id),
    reason: text('reason').notNull(),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => appUser.id),
  },
  (t) => [index('listing_report_listing_idx').on(t.listingId)],
);
