import { and, asc, eq, getTableColumns, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { farmer, groupMember } from '../../db/schema';
import { geoCodeInScope, type Scope } from '../../lib/authz';
import type { FarmerCursor } from './farmers.rules';

export type FarmerRow = typeof farmer.$inferSelect;
export type FarmerWithGroup = FarmerRow & { groupId: string | null };

/** A farmer's columns plus the model group they belong to, if any. */
const withGroup = { ...getTableColumns(farmer), groupId: groupMember.groupId };

/** Farmers inside a scope: by tambon prefix, or as members of the scope's groups. */
export function farmerInScope(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.prefixes.length) parts.push(geoCodeInScope(scope, farmer.tambonCode));
  if (scope.groups.length) parts.push(sql`${farmer.id} in (select farmer_id from group_member where group_id in (${sql.join(scope.groups.map((g) => sql`${g}::uuid`), sql`, `)}))`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export interface FarmerFilter {
  scope: Scope;
  /** A DOPA code prefix: a tambon, district or province. */
  area?: string;
  /** Name tokens: one matches the start of the first or last name; two, first then last. */
  nameTokens?: string[];
  /** A national id prefix (full-id callers) or exact id (masked callers). */
  nationalId?: { value: string; exact: boolean };
  cursor?: FarmerCursor | null;
  limit: number;
}

const like = (v: string) => `${v.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

function whereOf(f: FarmerFilter, withCursor: boolean): SQL {
  const parts: (SQL | undefined)[] = [sql`${farmer.deletedAt} is null`, farmerInScope(f.scope)];
  if (f.area) parts.push(sql`${farmer.tambonCode} like ${like(f.area)}`);
  if (f.nationalId) parts.push(f.nationalId.exact ? eq(farmer.nationalId, f.nationalId.value) : sql`${farmer.nationalId} like ${like(f.nationalId.value)}`);
  if (f.nameTokens?.length === 1) {
    const t = like(f.nameTokens[0]!);
    parts.push(or(sql`${farmer.firstName} like ${t}`, sql`${farmer.lastName} like ${t}`));
  } else if (f.nameTokens && f.nameTokens.length >= 2) {
    parts.push(sql`${farmer.firstName} like ${like(f.nameTokens[0]!)}`, sql`${farmer.lastName} like ${like(f.nameTokens.slice(1).join(' '))}`);
  }
  if (withCursor && f.cursor) {
    parts.push(sql`(${farmer.firstName}, ${farmer.lastName}, ${farmer.id}) > (${f.cursor.firstName}, ${f.cursor.lastName}, ${f.cursor.id}::uuid)`);
  }
  return and(...parts)!;
}

export async function listFarmers(db: Executor, f: FarmerFilter): Promise<FarmerWithGroup[]> {
  return db
    .select(withGroup)
    .from(farmer)
    .leftJoin(groupMember, eq(groupMember.farmerId, farmer.id))
    .where(whereOf(f, true))
    .orderBy(asc(farmer.firstName), asc(farmer.lastName), asc(farmer.id))
    .limit(f.limit);
}

export async function countFarmers(db: Executor, f: FarmerFilter): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(farmer).where(whereOf(f, false));
  return Number(rows[0]?.n ?? 0);
}

export async function findFarmer(db: Executor, id: string): Promise<FarmerWithGroup | null> {
  const rows = await db
    .select(withGroup)
    .from(farmer)
    .leftJoin(groupMember, eq(groupMember.farmerId, farmer.id))
    .where(and(eq(farmer.id, id), sql`${farmer.deletedAt} is null`));
  return rows[0] ?? null;
}

export async function findByNationalId(db: Executor, nationalId: string): Promise<FarmerRow | null> {
  return (await db.select().from(farmer).where(eq(farmer.nationalId, nationalId)))[0] ?? null;
}

/** Farmers of a district born on a given day: candidates for the possible-duplicate warning. */
export async function sameDistrictAndBirth(db: Executor, districtCode: string, birthDate: string, excludeId: string): Promise<FarmerRow[]> {
  return db
    .select()
    .from(farmer)
    .where(and(sql`${farmer.tambonCode} like ${like(districtCode)}`, eq(farmer.birthDate, birthDate), ne(farmer.id, excludeId), sql`${farmer.deletedAt} is null`))
    .limit(20);
}

export async function insertFarmer(db: Executor, row: typeof farmer.$inferInsert): Promise<FarmerRow> {
  return (await db.insert(farmer).values(row).returning())[0]!;
}

export async function updateFarmer(db: Executor, id: string, version: number, patch: Partial<typeof farmer.$inferInsert>): Promise<FarmerRow | null> {
  const rows = await db
    .update(farmer)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${farmer.version} + 1` })
    .where(and(eq(farmer.id, id), eq(farmer.version, version)))
    .returning();
  return rows[0] ?? null;
}
