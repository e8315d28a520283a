import { z } from 'zod';
import { BUYER_TYPES, ENQUIRY_DECISIONS, ENQUIRY_STATUSES, QUANTITY_UNITS } from '@ntag/shared';
import { IsoDate, Paging, paged } from '../common.schemas';
import { baht, positive } from '../records/records.schemas';

const text = (max: number) => z.string().trim().max(max);

/** The buyer's enquiry (issue #14's names). `website` is a honeypot: people never see it, robots fill it in. */
export const PublicEnquiryBody = z.object({
  listingId: z.uuid(),
  quantity: positive,
  wantedOn: IsoDate.nullable().optional(),
  buyerName: text(120).min(1, 'your name'),
  buyerContact: text(200).min(3, 'a phone number, e-mail or LINE id to reply to'),
  message: text(2000).nullable().optional(),
  buyerType: z.enum(BUYER_TYPES).default('person'),
  deliveryPlace: text(300).nullable().optional(),
  website: z.string().max(500).optional(),
});
export type PublicEnquiryInput = z.output<typeof PublicEnquiryBody>;

export const PublicEnquiryOut = z.object({
  /** The buyer's private link to follow the thread; it is shown once and stored only as a hash. */
  followUrl: z.string(),
  /** `new`, or `held` while an officer checks a message with links or spam words. */
  status: z.enum(['new', 'held']),
});

export const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a follow link') });

export const BuyerReplyBody = z.object({
  message: text(2000).nullable().optional(),
  /** Accept the group's counter-offer, or cancel the enquiry; leave out to send a message only. */
  action: z.enum(['accept_counter', 'cancel']).optional(),
}).refine((b) => !!b.action || !!b.message, { path: ['message'], message: 'a message or an action' });
export type BuyerReplyInput = z.output<typeof BuyerReplyBody>;

const Message = z.object({
  author: z.enum(['buyer', 'group', 'officer', 'system']),
  decision: z.string().nullable(),
  /** Null where the buyer's words were purged, or are not for the reader's eyes. */
  body: z.string().nullable(),
  createdAt: z.string(),
});

/** What the buyer sees through the follow link: their own enquiry and the group's answers. */
export const FollowOut = z.object({
  listingId: z.uuid(),
  /** The catalogue code of a listed product, else the name typed in (as every record's `product`). */
  product: z.string(),
  /** The product's Thai name, to show. */
  productNameTh: z.string(),
  groupName: z.string(),
  productUrl: z.string().nullable(),
  quantity: z.number(),
  unit: z.enum(QUANTITY_UNITS),
  wantedOn: z.string().nullable(),
  deliveryPlace: z.string().nullable(),
  buyerName: z.string().nullable(),
  status: z.enum(ENQUIRY_STATUSES),
  createdAt: z.string(),
  messages: z.array(Message),
  actions: z.array(z.enum(['accept_counter', 'cancel', 'message'])),
});

export const AbuseReportBody = z.object({
  listingId: z.uuid(),
  reason: z.enum(['wrong_info', 'not_available', 'offensive', 'personal_data', 'scam', 'other']),
  message: text(1000).nullable().optional(),
  website: z.string().max(500).optional(),
});
export type AbuseReportInput = z.output<typeof AbuseReportBody>;

export const EnquiryListQuery = z.object({
  group: z.uuid().optional(),
  unit: z.string().trim().min(1).max(64).optional(),
  /** A status, or `open` for every status not closed. */
  status: z.enum([...ENQUIRY_STATUSES, 'open']).optional(),
  /** Only those unanswered for more than two days. */
  late: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...Paging,
});

export const EnquiryOut = z.object({
  id: z.uuid(),
  listingId: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  /** The catalogue code of a listed product, else the name typed in (as every record's `product`). */
  product: z.string(),
  unit: z.enum(QUANTITY_UNITS),
  quantity: z.number(),
  wantedOn: z.string().nullable(),
  buyerType: z.enum(BUYER_TYPES),
  status: z.enum(ENQUIRY_STATUSES),
  holdReason: z.string().nullable(),
  /** Unanswered for more than two days since it reached the group. */
  late: z.boolean(),
  receivedAt: z.string().nullable(),
  firstAnsweredAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  deliveredQuantity: z.number().nullable(),
  deliveredValue: z.number().nullable(),
  /** The sale the delivered enquiry became. */
  transactionId: z.uuid().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /**
   * The buyer's name, contact and delivery place: only in a single enquiry's answer, only for
   * the group and its district (enquiry.contact), each view audited; null otherwise or once purged.
   */
  buyer: z.object({ name: z.string().nullable(), contact: z.string().nullable(), deliveryPlace: z.string().nullable() }).nullable(),
  /** The thread (single enquiry only; the buyer's words for enquiry.contact holders only). */
  messages: z.array(Message).optional(),
});
export const EnquiryList = paged(EnquiryOut);

export const AnswerBody = z.object({
  decision: z.enum(ENQUIRY_DECISIONS),
  message: text(2000).nullable().optional(),
}).refine((b) => b.decision === 'accept' || !!b.message, { path: ['message'], message: 'say what you offer instead, or why not' });

export const DeliveredBody = z.object({
  date: IsoDate,
  quantity: positive,
  value: baht,
  /** Left out: a community buyer (kitchen, school, shop, office) or `online` for anyone else, from the buyer type. */
  channel: z.enum(['online', 'community_buyer']).optional(),
});
export type DeliveredInput = z.output<typeof DeliveredBody>;

export const ReviewBody = z.object({ decision: z.enum(['release', 'reject']) });

const Figures = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  /** Hours from reaching the group to its first answer: the median and the mean of those answered. */
  medianAnswerHours: z.number().nullable(),
  meanAnswerHours: z.number().nullable(),
  accepted: z.number().int(),
  delivered: z.number().int(),
  deliveredValue: z.number(),
  declined: z.number().int(),
  open: z.number().int(),
  late: z.number().int(),
});
export const EnquiryFiguresQuery = z.object({
  unit: z.string().trim().min(1).max(64).optional(),
  cohort: z.coerce.number().int().min(2500).max(2700).optional(),
  /** Enquiries received from / to (dates, Thailand); default: all. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export const EnquiryFiguresOut = z.object({
  unit: z.object({ code: z.string(), kind: z.string(), nameTh: z.string() }),
  totals: Figures,
  /** One row per province (country, agency), district (province) or group (district, tambon). */
  rows: z.array(Figures.extend({ code: z.string(), nameTh: z.string(), kind: z.enum(['province', 'district', 'group']) })),
  /** The oldest enquiries unanswered for more than two days (at most 50). */
  late: z.array(z.object({ id: z.uuid(), groupId: z.uuid(), groupName: z.string(), product: z.string(), receivedAt: z.string(), days: z.number().int() })),
});
