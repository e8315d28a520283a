import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { CLOSED_ENQUIRY_STATUSES, ENQUIRY_ANSWER_DAYS } from '@ntag/shared';
import { rowsOf, type Executor } from '../../db/client';
import { enquiry, enquiryMessage, listing, listingReport, modelGroup, publicRateEvent } from '../../db/schema';
import type { Scope } from '../../lib/authz';
import { groupsInScope } from '../records/records.repo';

export type EnquiryRow = typeof enquiry.$inferSelect;
export type GroupRow = typeof modelGroup.$inferSelect;
export type MessageRow = typeof enquiryMessage.$inferSelect;

const closedList = sql`${sql.param([...CLOSED_ENQUIRY_STATUSES])}::text[]`;

export async function findByTokenHash(db: Executor, hash: string) {
  const rows = await db.select({ enquiry, group: modelGroup, listing: { published: listing.published, deletedAt: listing.deletedAt } })
    .from(enquiry).innerJoin(modelGroup, eq(modelGroup.id, enquiry.groupId)).innerJoin(listing, eq(listing.id, enquiry.listingId))
    .where(eq(enquiry.tokenHash, hash));
  return rows[0] ?? null;
}

export async function findEnquiry(db: Executor, id: string): Promise<{ enquiry: EnquiryRow; group: GroupRow } | null> {
  return (await db.select({ enquiry, group: modelGroup }).from(enquiry).innerJoin(modelGroup, eq(modelGroup.id, enquiry.groupId)).where(eq(enquiry.id, id)))[0] ?? null;
}

export interface EnquiryFilter {
  scope: Scope;
  area?: Scope;
  groupId?: string;
  status?: string;
  late?: boolean;
  offset: number;
  limit: number;
}

export async function listEnquiries(db: Executor, f: EnquiryFilter) {
  const where = and(
    groupsInScope(f.scope),
    f.area ? groupsInScope(f.area) : undefined,
    f.groupId ? eq(enquiry.groupId, f.groupId) : undefined,
    f.status === 'open' ? sql`${enquiry.status} <> all(${closedList})` : f.status ? eq(enquiry.status, f.status) : undefined,
    f.late ? sql`${enquiry.status} = 'new' and ${enquiry.receivedAt} < now() - ${`${ENQUIRY_ANSWER_DAYS} days`}::interval` : undefined,
  );
  const [rows, total] = await Promise.all([
    db.select({ enquiry, group: modelGroup }).from(enquiry).innerJoin(modelGroup, eq(modelGroup.id, enquiry.groupId))
      .where(where).orderBy(desc(enquiry.lastActivityAt), asc(enquiry.id)).offset(f.offset).limit(f.limit),
    db.select({ n: sql<number>`count(*)::int` }).from(enquiry).innerJoin(modelGroup, eq(modelGroup.id, enquiry.groupId)).where(where),
  ]);
  return { rows, total: Number(total[0]?.n ?? 0) };
}

export async function messagesOf(db: Executor, enquiryId: string): Promise<MessageRow[]> {
  return db.select().from(enquiryMessage).where(eq(enquiryMessage.enquiryId, enquiryId)).orderBy(asc(enquiryMessage.seq));
}

export async function insertEnquiry(db: Executor, row: typeof enquiry.$inferInsert): Promise<EnquiryRow> {
  return (await db.insert(enquiry).values(row).returning())[0]!;
}

export async function insertMessage(db: Executor, row: typeof enquiryMessage.$inferInsert): Promise<void> {
  await db.insert(enquiryMessage).values(row);
}

/** Moves an enquiry from the state it was read in (`status`, `version`); null when it moved on meanwhile. */
export async function updateEnquiry(db: Executor, id: string, from: { status: string; version: number }, patch: Partial<typeof enquiry.$inferInsert>): Promise<EnquiryRow | null> {
  const rows = await db.update(enquiry)
    .set({ ...patch, lastActivityAt: sql`now()`, updatedAt: sql`now()`, version: sql`${enquiry.version} + 1` })
    .where(and(eq(enquiry.id, id), eq(enquiry.status, from.status), eq(enquiry.version, from.version)))
    .returning();
  return rows[0] ?? null;
}

export async function insertReport(db: Executor, row: typeof listingReport.$inferInsert): Promise<void> {
  await db.insert(listingReport).values(row);
}

/**
 * Counts one anonymous write against each bucket (an address, a product) within its window,
 * in the database so that every API process shares the counts. The rows are written before
 * counting, so that parallel requests see each other; when a limit is passed the rows are
 * removed again and the answer says how long until the oldest counted one leaves the window.
 */
export async function takeSlots(db: Executor, buckets: { bucket: string; limit: number; windowMs: number }[]): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const ids = (await db.insert(publicRateEvent).values(buckets.map((b) => ({ bucket: b.bucket }))).returning({ id: publicRateEvent.id })).map((r) => r.id);
  let wait = 0;
  for (const b of buckets) {
    const win = `${b.windowMs} milliseconds`;
    const r = rowsOf<{ n: number; clears: number | null }>(await db.execute(sql`
      select (select count(*)::int from public_rate_event where bucket = ${b.bucket} and at > now() - ${win}::interval) as n,
             (select extract(epoch from (at + ${win}::interval - now()))::float8 from public_rate_event
                where bucket = ${b.bucket} and at > now() - ${win}::interval order by at desc, id desc offset ${b.limit} limit 1) as clears`))[0]!;
    if (Number(r.n) > b.limit) wait = Math.max(wait, Math.ceil(Number(r.clears ?? 1)), 1);
  }
  if (!wait) return { ok: true };
  await db.delete(publicRateEvent).where(inArray(publicRateEvent.id, ids));
  return { ok: false, retryAfterSeconds: wait };
}

export async function pruneRateEvents(db: Executor, before: Date): Promise<void> {
  await db.delete(publicRateEvent).where(lt(publicRateEvent.at, before));
}

/** Open enquiries with no activity since `before`: closed as expired. */
export async function expireIdle(db: Executor, before: Date, now: Date): Promise<string[]> {
  const rows = await db.update(enquiry)
    .set({ status: 'expired', closedAt: now, updatedAt: now, version: sql`${enquiry.version} + 1` })
    .where(and(sql`${enquiry.status} <> all(${closedList})`, lt(enquiry.lastActivityAt, before)))
    .returning({ id: enquiry.id });
  return rows.map((r) => r.id);
}

/** Enquiries closed before `before` lose the buyer's name, contact, delivery place, address and words. */
export async function purgeContacts(db: Executor, before: Date, now: Date): Promise<string[]> {
  const rows = await db.update(enquiry)
    .set({ buyerName: null, buyerContact: null, deliveryPlace: null, contactPurgedAt: now, updatedAt: now })
    .where(and(isNull(enquiry.contactPurgedAt), lt(enquiry.closedAt, before)))
    .returning({ id: enquiry.id });
  const ids = rows.map((r) => r.id);
  if (ids.length) await db.update(enquiryMessage).set({ body: null }).where(and(inArray(enquiryMessage.enquiryId, ids), eq(enquiryMessage.author, 'buyer')));
  return ids;
}

/** Enquiries waiting for the group's first answer since before `before`, with where the group is. */
export async function lateEnquiries(db: Executor, before: Date) {
  return db.select({ id: enquiry.id, groupId: enquiry.groupId, groupName: modelGroup.name, tambonCode: modelGroup.tambonCode, productName: enquiry.productName, receivedAt: enquiry.receivedAt })
    .from(enquiry).innerJoin(modelGroup, eq(modelGroup.id, enquiry.groupId))
    .where(and(eq(enquiry.status, 'new'), lt(enquiry.receivedAt, before)));
}

export interface FigureRow {
  key: string;
  received: number;
  answered: number;
  medianAnswerHours: number | null;
  meanAnswerHours: number | null;
  accepted: number;
  delivered: number;
  deliveredValue: number;
  declined: number;
  open: number;
  late: number;
}

/**
 * Enquiries and their outcome per area key (`keyOf` over model_group: a province, a district or
 * a group), for the groups in the scope and area. Held and rejected ones never reached a group
 * and are not counted. One statement over the enquiry table's group index.
 */
export async function figures(db: Executor, f: { scope: Scope; area: Scope; cohort?: number; from?: string; to?: string; keyOf: SQL; now: Date }): Promise<FigureRow[]> {
  const hours = sql`extract(epoch from (e.first_answered_at - e.received_at)) / 3600.0`;
  const rows = rowsOf<FigureRow>(await db.execute(sql`
    select ${f.keyOf} as key,
      count(*)::int as received,
      count(e.first_answered_at)::int as answered,
      (percentile_cont(0.5) within group (order by ${hours}) filter (where e.first_answered_at is not null))::float8 as "medianAnswerHours",
      (avg(${hours}) filter (where e.first_answered_at is not null))::float8 as "meanAnswerHours",
      count(e.accepted_at)::int as accepted,
      count(*) filter (where e.status = 'delivered')::int as delivered,
      coalesce(sum(e.delivered_value) filter (where e.status = 'delivered'), 0)::float8 as "deliveredValue",
      count(*) filter (where e.status = 'declined')::int as declined,
      count(*) filter (where e.status <> all(${closedList}))::int as open,
      count(*) filter (where e.status = 'new' and e.received_at < ${f.now.toISOString()}::timestamptz - ${`${ENQUIRY_ANSWER_DAYS} days`}::interval)::int as late
    from enquiry e join model_group on model_group.id = e.group_id
    where e.status not in ('held', 'rejected') and ${groupsInScope(f.scope)} and ${groupsInScope(f.area)}
      ${f.cohort ? sql`and model_group.cohort_year = ${f.cohort}` : sql``}
      ${f.from ? sql`and (e.received_at at time zone 'Asia/Bangkok')::date >= ${f.from}::date` : sql``}
      ${f.to ? sql`and (e.received_at at time zone 'Asia/Bangkok')::date <= ${f.to}::date` : sql``}
    group by 1`));
  return rows.map((r) => ({
    ...r, received: Number(r.received), answered: Number(r.answered), accepted: Number(r.accepted), delivered: Number(r.delivered), deliveredValue: Number(r.deliveredValue),
    declined: Number(r.declined), open: Number(r.open), late: Number(r.late),
    medianAnswerHours: r.medianAnswerHours === null ? null : Number(r.medianAnswerHours), meanAnswerHours: r.meanAnswerHours === null ? null : Number(r.meanAnswerHours),
  }));
}

/** The oldest late enquiries of the scope and area. */
export async function oldestLate(db: Executor, f: { scope: Scope; area: Scope; now: Date; limit: number }) {
  return db.select({ id: enquiry.id, groupId: enquiry.groupId, groupName: modelGroup.name, product: sql<string>`coalesce(${enquiry.productCode}, ${enquiry.productName})`, receivedAt: enquiry.receivedAt })
    .from(enquiry).innerJoin(modelGroup, eq(modelGroup.id, enquiry.groupId))
    .where(and(eq(enquiry.status, 'new'), sql`${enquiry.receivedAt} < ${f.now.toISOString()}::timestamptz - ${`${ENQUIRY_ANSWER_DAYS} days`}::interval`, groupsInScope(f.scope), groupsInScope(f.area)))
    .orderBy(asc(enquiry.receivedAt)).limit(f.limit);
}
