import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { geoUnit, provinceAgency } from '../../db/schema';

export type GeoRow = typeof geoUnit.$inferSelect;

/** Columns of a unit plus how many active units sit directly below it. */
const withChildCount = {
  unit: geoUnit,
  // Qualified by hand: drizzle leaves columns unqualified in single-table selects.
  childCount: sql<number>`(select count(*)::int from geo_unit c where c.parent_code = "geo_unit"."code" and c.active)`,
};

export async function listProvinces(db: Executor, includeRetired: boolean) {
  return db
    .select({ ...withChildCount, agencyCode: provinceAgency.agencyCode })
    .from(geoUnit)
    .leftJoin(provinceAgency, eq(provinceAgency.provinceCode, geoUnit.code))
    .where(and(eq(geoUnit.level, 'province'), includeRetired ? undefined : eq(geoUnit.active, true)))
    .orderBy(asc(geoUnit.code));
}

export async function listChildren(db: Executor, parentCode: string, includeRetired: boolean) {
  return db
    .select(withChildCount)
    .from(geoUnit)
    .where(and(eq(geoUnit.parentCode, parentCode), includeRetired ? undefined : eq(geoUnit.active, true)))
    .orderBy(asc(geoUnit.code));
}

export async function findGeo(db: Executor, code: string) {
  return (await db.select(withChildCount).from(geoUnit).where(eq(geoUnit.code, code)))[0] ?? null;
}

export async function findGeoMany(db: Executor, codes: string[]): Promise<GeoRow[]> {
  if (!codes.length) return [];
  return db.select().from(geoUnit).where(inArray(geoUnit.code, codes));
}

/** Search by code prefix or by Thai or English name (case-insensitive substring). */
export async function searchGeo(db: Executor, q: string, level: GeoRow['level'] | undefined, limit: number) {
  const escaped = q.replace(/[%_\\]/g, (c) => `\\${c}`);
  const match: SQL = /^\d+$/.test(q)
    ? sql`${geoUnit.code} like ${`${escaped}%`}`
    : or(ilike(geoUnit.nameTh, `%${escaped}%`), ilike(geoUnit.nameEn, `%${escaped}%`))!;
  return db
    .select(withChildCount)
    .from(geoUnit)
    .where(and(match, eq(geoUnit.active, true), level ? eq(geoUnit.level, level) : undefined))
    // Exact and prefix matches first, then shorter (higher-level) units.
    .orderBy(sql`case when ${geoUnit.nameTh} = ${q} or lower(${geoUnit.nameEn}) = lower(${q}) then 0 when ${geoUnit.nameTh} like ${`${escaped}%`} then 1 else 2 end`, sql`length(${geoUnit.code})`, asc(geoUnit.code))
    .limit(limit);
}

export async function insertGeo(db: Executor, row: typeof geoUnit.$inferInsert): Promise<GeoRow> {
  return (await db.insert(geoUnit).values(row).returning())[0]!;
}

export async function updateGeo(db: Executor, code: string, version: number, patch: Partial<Pick<GeoRow, 'nameTh' | 'nameEn' | 'postalCode' | 'active'>>): Promise<GeoRow | null> {
  const retire = patch.active === false ? { retiredAt: sql`coalesce(${geoUnit.retiredAt}, now())` } : patch.active === true ? { retiredAt: null } : {};
  const rows = await db
    .update(geoUnit)
    .set({ ...patch, ...retire, updatedAt: sql`now()`, version: sql`${geoUnit.version} + 1` })
    .where(and(eq(geoUnit.code, code), eq(geoUnit.version, version)))
    .returning();
  return rows[0] ?? null;
}
