import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { CLOSED_ENQUIRY_STATUSES } from '@ntag/shared';
import type { Executor } from '../../db/client';
import { enquiry, farmer, geoUnit, groupMember, groupPlan, listing, listingPhoto, listingReport, listingSearch, modelGroup } from '../../db/schema';
import type { Scope } from '../../lib/authz';
import { groupsInScope } from '../records/records.repo';
import type { MemberIdentity } from './listings.rules';

export type ListingRow = typeof listing.$inferSelect;
export type GroupRow = typeof modelGroup.$inferSelect;

export async function findListing(db: Executor, id: string): Promise<{ listing: ListingRow; group: GroupRow } | null> {
  const rows = await db.select({ listing, group: modelGroup }).from(listing).innerJoin(modelGroup, eq(modelGroup.id, listing.groupId))
    .where(and(eq(listing.id, id), isNull(listing.deletedAt)));
  return rows[0] ?? null;
}

/** Any listing with this id, deleted or not (an id is never reused). */
export async function findAnyListing(db: Executor, id: string): Promise<ListingRow | null> {
  return (await db.select().from(listing).where(eq(listing.id, id)))[0] ?? null;
}

export async function listListings(db: Executor, f: { scope: Scope; area?: Scope; groupId?: string; published?: boolean; offset: number; limit: number }) {
  const where = and(
    isNull(listing.deletedAt),
    groupsInScope(f.scope),
    f.area ? groupsInScope(f.area) : undefined,
    f.groupId ? eq(listing.groupId, f.groupId) : undefined,
    f.published === undefined ? undefined : eq(listing.published, f.published),
  );
  const [rows, total] = await Promise.all([
    db.select({ listing, group: modelGroup }).from(listing).innerJoin(modelGroup, eq(modelGroup.id, listing.groupId))
      .where(where).orderBy(desc(listing.updatedAt), asc(listing.id)).offset(f.offset).limit(f.limit),
    db.select({ n: sql<number>`count(*)::int` }).from(listing).innerJoin(modelGroup, eq(modelGroup.id, listing.groupId)).where(where),
  ]);
  return { rows, total: Number(total[0]?.n ?? 0) };
}

export async function insertListing(db: Executor, row: typeof listing.$inferInsert): Promise<ListingRow> {
  return (await db.insert(listing).values(row).returning())[0]!;
}

/** With `version`, only the version read is changed (null when it moved on); without, the current one. */
export async function updateListing(db: Executor, id: string, version: number | undefined, patch: Partial<typeof listing.$inferInsert>): Promise<ListingRow | null> {
  const rows = await db.update(listing)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${listing.version} + 1` })
    .where(and(eq(listing.id, id), isNull(listing.deletedAt), version === undefined ? undefined : eq(listing.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function photosOf(db: Executor, listingIds: string[]) {
  if (!listingIds.length) return [];
  return db.select({ id: listingPhoto.id, listingId: listingPhoto.listingId, width: listingPhoto.width, height: listingPhoto.height, position: listingPhoto.position })
    .from(listingPhoto).where(inArray(listingPhoto.listingId, listingIds)).orderBy(asc(listingPhoto.position), asc(listingPhoto.createdAt));
}

export async function countPhotos(db: Executor, listingId: string): Promise<{ n: number; last: number }> {
  const r = (await db.select({ n: sql<number>`count(*)::int`, last: sql<number>`coalesce(max(${listingPhoto.position}), -1)::int` }).from(listingPhoto).where(eq(listingPhoto.listingId, listingId)))[0];
  return { n: Number(r?.n ?? 0), last: Number(r?.last ?? -1) };
}

export async function insertPhoto(db: Executor, row: typeof listingPhoto.$inferInsert): Promise<void> {
  await db.insert(listingPhoto).values(row);
}

/** One size of a photo of a listing (the bytes only). */
export async function photoBytes(db: Executor, listingId: string, photoId: string, size: 'full' | 'card' | 'thumb'): Promise<Buffer | null> {
  const column = size === 'full' ? listingPhoto.bytes : size === 'card' ? listingPhoto.card : listingPhoto.thumb;
  const r = (await db.select({ bytes: column }).from(listingPhoto).where(and(eq(listingPhoto.listingId, listingId), eq(listingPhoto.id, photoId))))[0];
  return r?.bytes ?? null;
}

export async function deletePhoto(db: Executor, listingId: string, photoId: string): Promise<boolean> {
  return (await db.delete(listingPhoto).where(and(eq(listingPhoto.listingId, listingId), eq(listingPhoto.id, photoId))).returning({ id: listingPhoto.id })).length > 0;
}

export async function openEnquiryCounts(db: Executor, listingIds: string[]): Promise<Map<string, number>> {
  if (!listingIds.length) return new Map();
  const rows = await db.select({ id: enquiry.listingId, n: sql<number>`count(*)::int` }).from(enquiry)
    .where(and(inArray(enquiry.listingId, listingIds), sql`${enquiry.status} <> all(${sql.param([...CLOSED_ENQUIRY_STATUSES])}::text[])`))
    .groupBy(enquiry.listingId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function openReportsOf(db: Executor, listingIds: string[]) {
  if (!listingIds.length) return [];
  return db.select().from(listingReport).where(and(inArray(listingReport.listingId, listingIds), isNull(listingReport.resolvedAt))).orderBy(asc(listingReport.createdAt));
}

export async function resolveReport(db: Executor, listingId: string, reportId: string, userId: string): Promise<boolean> {
  return (await db.update(listingReport).set({ resolvedAt: sql`now()`, resolvedBy: userId })
    .where(and(eq(listingReport.id, reportId), eq(listingReport.listingId, listingId), isNull(listingReport.resolvedAt))).returning({ id: listingReport.id })).length > 0;
}

/** What the personal-data guard compares published text with. */
export async function memberIdentities(db: Executor, groupId: string): Promise<MemberIdentity[]> {
  return db.select({ firstName: farmer.firstName, lastName: farmer.lastName, nationalId: farmer.nationalId, phone: farmer.phone })
    .from(groupMember).innerJoin(farmer, eq(farmer.id, groupMember.farmerId)).where(eq(groupMember.groupId, groupId));
}

/** The tambon, its district and its province, Thai and English names (for search tokens and pages). */
export async function placeNames(db: Executor, tambonCode: string) {
  const codes = [tambonCode, tambonCode.slice(0, 4), tambonCode.slice(0, 2)];
  const rows = await db.select({ code: geoUnit.code, nameTh: geoUnit.nameTh, nameEn: geoUnit.nameEn }).from(geoUnit).where(inArray(geoUnit.code, codes));
  const by = new Map(rows.map((r) => [r.code, r]));
  return { tambon: by.get(codes[0]!) ?? null, district: by.get(codes[1]!) ?? null, province: by.get(codes[2]!) ?? null };
}

/** The group's กท.03 product lines, newest cohort first. */
export async function planProducts(db: Executor, groupId: string): Promise<{ cohort: number; products: { product: string; unit: string; monthly: number[] }[] }[]> {
  const rows = await db.select({ cohort: groupPlan.cohortYear, products: groupPlan.products }).from(groupPlan).where(eq(groupPlan.groupId, groupId)).orderBy(desc(groupPlan.cohortYear));
  return rows.map((r) => ({ cohort: r.cohort, products: (r.products ?? []) as { product: string; unit: string; monthly: number[] }[] }));
}

/** A listing's search tokens, replaced whole. */
export async function saveTokens(db: Executor, listingId: string, tokens: string[]): Promise<void> {
  await db.insert(listingSearch).values({ listingId, tokens }).onConflictDoUpdate({ target: listingSearch.listingId, set: { tokens } });
}
