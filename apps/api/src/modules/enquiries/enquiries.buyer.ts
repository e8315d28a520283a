import { createHash } from 'node:crypto';
import { BUYER_TYPE_LABELS, QUANTITY_UNIT_LABELS, type EnquiryStatus, type QuantityUnit } from '@ntag/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { ModuleDeps } from '../../module';
import { listing, modelGroup } from '../../db/schema';
import { audit } from '../../lib/audit';
import { AppError, invalid, notFound } from '../../lib/errors';
import { newId, randomToken } from '../../lib/ids';
import { addressKey } from '../../lib/rate-limit';
import type { AbuseReportInput, BuyerReplyInput, PublicEnquiryInput } from './enquiries.schemas';
import { buyerActions, hasLink, holdReason } from './enquiries.rules';
import { notifyGroup } from './enquiries.notify';
import * as repo from './enquiries.repo';

/**
 * The buyer's side of purchase enquiries (issue #14): no account, a private follow link. Every
 * anonymous write is counted per address (and an enquiry per product) in the database; the
 * audit rows name no buyer (actor: none) and carry no contact.
 */
type Deps = Pick<ModuleDeps, 'db' | 'config' | 'notifier'>;

/** Who is asking, as far as the server can tell, and where the site is reached. */
export interface Visitor {
  ip: string;
  requestId: string;
  /** The site's address for the follow link (PUBLIC_URL, else the request's origin). */
  baseUrl: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const HOUR_MS = 3_600_000;
const system = (v: Visitor) => ({ actor: null, requestId: v.requestId });

async function limit(deps: Deps, v: Visitor, listingId: string | null) {
  const address = addressKey(v.ip);
  const buckets = [{ bucket: `a:${address}`, limit: deps.config.enquiryAddressLimit, windowMs: HOUR_MS }];
  if (listingId) buckets.push({ bucket: `l:${listingId}`, limit: deps.config.enquiryListingLimit, windowMs: HOUR_MS });
  const verdict = await repo.takeSlots(deps.db, buckets);
  if (!verdict.ok) throw new AppError('enquiry.rate_limited', 429, { retryAfterSeconds: verdict.retryAfterSeconds });
}

async function publishedListing(deps: Deps, id: string) {
  const row = (await deps.db.select({ listing, group: modelGroup }).from(listing).innerJoin(modelGroup, eq(modelGroup.id, listing.groupId))
    .where(and(eq(listing.id, id), eq(listing.published, true), isNull(listing.deletedAt))))[0];
  if (!row) throw new AppError('listing.unavailable', 404, { issues: [{ path: 'listingId', message: 'not a product on offer' }] });
  return row;
}

/**
 * A buyer asks to buy. A filled-in honeypot is a robot: it gets an answer that looks like
 * success and nothing is stored or counted. Links or spam words hold the enquiry until the
 * district releases it; otherwise the group and its district are notified at once.
 */
export async function submitEnquiry(deps: Deps, v: Visitor, input: PublicEnquiryInput) {
  if (input.website) return { followUrl: `${v.baseUrl}/market/follow/${randomToken()}`, status: 'new' as const };
  const { listing: l, group } = await publishedListing(deps, input.listingId);
  if (l.minOrder !== null && input.quantity < l.minOrder) throw invalid([{ path: 'quantity', message: `at least ${l.minOrder} (the minimum order)` }]);
  await limit(deps, v, l.id);
  const held = holdReason({ message: input.message, buyerName: input.buyerName, buyerContact: input.buyerContact, deliveryPlace: input.deliveryPlace });
  const token = randomToken();
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await repo.insertEnquiry(tx, {
      id, listingId: l.id, groupId: group.id, productCode: l.productCode, productName: l.productName, unit: l.unit, quantity: input.quantity,
      wantedOn: input.wantedOn ?? null, buyerType: input.buyerType, buyerName: input.buyerName, buyerContact: input.buyerContact,
      deliveryPlace: input.deliveryPlace ?? null, status: held ? 'held' : 'new', holdReason: held, tokenHash: hashToken(token), receivedAt: held ? null : new Date(),
    });
    if (input.message) await repo.insertMessage(tx, { id: newId(), enquiryId: id, author: 'buyer', body: input.message });
    await audit(tx, system(v), { verb: 'enquiry.create', targetType: 'enquiry', targetId: id, after: { listingId: l.id, quantity: input.quantity, buyerType: input.buyerType, status: held ? 'held' : 'new', holdReason: held } });
  });
  const what = `${l.productName} ${input.quantity} ${QUANTITY_UNIT_LABELS[l.unit as QuantityUnit].th} (${BUYER_TYPE_LABELS[input.buyerType].th})`;
  if (held) {
    await notifyGroup(deps, group, { kind: 'enquiry.held', title: `คำสั่งซื้อรอตรวจสอบ: ${group.name}`, body: `${what} มีลิงก์หรือคำที่อาจเป็นสแปม โปรดตรวจสอบก่อนส่งให้กลุ่ม`, link: `/listings?enquiry=${id}`, dedupeKey: `enquiry:held:${id}` }, { group: false, district: true });
  } else {
    await notifyGroup(deps, group, { kind: 'enquiry.new', title: `คำสั่งซื้อใหม่: ${group.name}`, body: `${what} โปรดตอบภายใน 2 วัน`, link: `/listings?enquiry=${id}`, dedupeKey: `enquiry:new:${id}` }, { group: true, district: true });
  }
  return { followUrl: `${v.baseUrl}/market/follow/${token}`, status: held ? ('held' as const) : ('new' as const) };
}

async function byToken(deps: Deps, token: string) {
  const found = await repo.findByTokenHash(deps.db, hashToken(token));
  if (!found) throw notFound('enquiry.not_found');
  return found;
}

/** The buyer's view through the follow link: their own words and the group's answers. */
export async function followEnquiry(deps: Deps, token: string) {
  const { enquiry: e, group, listing: l } = await byToken(deps, token);
  const messages = await repo.messagesOf(deps.db, e.id);
  return {
    listingId: e.listingId, product: e.productCode ?? e.productName, productNameTh: e.productName, groupName: group.name,
    productUrl: l.published && !l.deletedAt ? `/market/products/${e.listingId}` : null,
    quantity: e.quantity, unit: e.unit as QuantityUnit, wantedOn: e.wantedOn, deliveryPlace: e.deliveryPlace, buyerName: e.buyerName,
    status: e.status as EnquiryStatus, createdAt: e.createdAt.toISOString(),
    messages: messages.map((m) => ({ author: m.author as 'buyer' | 'group' | 'officer' | 'system', decision: m.decision, body: m.body, createdAt: m.createdAt.toISOString() })),
    actions: buyerActions(e.status),
  };
}

/** The buyer writes back, accepts the group's counter-offer or cancels; the group is notified. */
export async function buyerReply(deps: Deps, v: Visitor, token: string, input: BuyerReplyInput) {
  const { enquiry: e, group } = await byToken(deps, token);
  const action = input.action ?? 'message';
  if (!buyerActions(e.status).includes(action)) throw new AppError('enquiry.bad_state', 409, { status: e.status });
  if (input.message && hasLink(input.message)) throw invalid([{ path: 'message', message: 'links are not allowed in replies' }]);
  await limit(deps, v, null);
  const next = action === 'accept_counter' ? 'accepted' : action === 'cancel' ? 'cancelled' : e.status;
  const moved = await deps.db.transaction(async (tx) => {
    const r = await repo.updateEnquiry(tx, e.id, e, {
      status: next, acceptedAt: action === 'accept_counter' ? new Date() : e.acceptedAt, closedAt: action === 'cancel' ? new Date() : e.closedAt,
    });
    if (!r) return null;
    if (input.message) await repo.insertMessage(tx, { id: newId(), enquiryId: e.id, author: 'buyer', body: input.message });
    if (action !== 'message') await repo.insertMessage(tx, { id: newId(), enquiryId: e.id, author: 'system', decision: action, body: null });
    await audit(tx, system(v), { verb: `enquiry.buyer_${action}`, targetType: 'enquiry', targetId: e.id, before: { status: e.status }, after: { status: next } });
    return r;
  });
  if (!moved) throw new AppError('enquiry.bad_state', 409, { status: (await repo.findEnquiry(deps.db, e.id))?.enquiry.status });
  if (e.status !== 'held') {
    const title = action === 'accept_counter' ? 'ผู้ซื้อยอมรับข้อเสนอ' : action === 'cancel' ? 'ผู้ซื้อยกเลิกคำสั่งซื้อ' : 'ผู้ซื้อส่งข้อความ';
    await notifyGroup(deps, group, { kind: 'enquiry.reply', title: `${title}: ${e.productName}`, body: group.name, link: `/listings?enquiry=${e.id}`, dedupeKey: `enquiry:reply:${e.id}:${moved.version}` }, { group: true, district: false });
  }
  return followEnquiry(deps, token);
}

/** A visitor reports a listing; the district hears of it. Rate-limited like enquiries. */
export async function reportListing(deps: Deps, v: Visitor, input: AbuseReportInput) {
  if (input.website) return { ok: true as const };
  const row = (await deps.db.select({ listing, group: modelGroup }).from(listing).innerJoin(modelGroup, eq(modelGroup.id, listing.groupId)).where(and(eq(listing.id, input.listingId), isNull(listing.deletedAt))))[0];
  if (!row) throw new AppError('listing.unavailable', 404, { issues: [{ path: 'listingId', message: 'no such product' }] });
  await limit(deps, v, null);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await repo.insertReport(tx, { id, listingId: row.listing.id, reason: input.reason, message: input.message ?? null });
    await audit(tx, system(v), { verb: 'listing.report', targetType: 'listing', targetId: row.listing.id, after: { reportId: id, reason: input.reason } });
  });
  await notifyGroup(deps, row.group, { kind: 'listing.report', title: `มีผู้แจ้งปัญหาสินค้า: ${row.listing.productName}`, body: row.group.name, link: `/listings?listing=${row.listing.id}`, dedupeKey: `listing:report:${id}` }, { group: false, district: true });
  return { ok: true as const };
}
