import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { farmer, groupCommittee, groupMember, modelGroup } from '../../db/schema';
import { geoCodeInScope, type Scope } from '../../lib/authz';

export type GroupRow = typeof modelGroup.$inferSelect;

/** Groups inside a scope: by their tambon, or named by a group grant. */
export function groupInScope(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.prefixes.length) parts.push(geoCodeInScope(scope, modelGroup.tambonCode));
  if (scope.groups.length) parts.push(inArray(modelGroup.id, scope.groups));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

const counts = {
  memberCount: sql<number>`(select count(*)::int from group_member m where m.group_id = "model_group"."id")`,
  formed: sql<boolean>`exists (select 1 from group_committee c where c.group_id = "model_group"."id" and c.role = 'president')`,
  enterpriseCode: sql<string | null>`(select e.registration_code from enterprise e where e.group_id = "model_group"."id" and e.deleted_at is null)`,
  inTarget: sql<boolean>`exists (select 1 from cohort_target_tambon t where t.tambon_code = "model_group"."tambon_code" and t.cohort_year = "model_group"."cohort_year")`,
};

export async function listGroups(db: Executor, f: { scope: Scope; area?: Scope; cohort?: number; q?: string }) {
  return db
    .select({ group: modelGroup, ...counts })
    .from(modelGroup)
    .where(and(groupInScope(f.scope), f.area ? groupInScope(f.area) : undefined, f.cohort ? eq(modelGroup.cohortYear, f.cohort) : undefined,
      f.q ? sql`${modelGroup.name} ilike ${`%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`}` : undefined))
    .orderBy(asc(modelGroup.tambonCode), asc(modelGroup.cohortYear))
    // The whole country is about 4,009 groups: one answer, no paging.
    .limit(10_000);
}

export async function findGroup(db: Executor, id: string) {
  return (await db.select({ group: modelGroup, ...counts }).from(modelGroup).where(eq(modelGroup.id, id)))[0] ?? null;
}

export async function findByTambonCohort(db: Executor, tambonCode: string, cohortYear: number): Promise<GroupRow | null> {
  return (await db.select().from(modelGroup).where(and(eq(modelGroup.tambonCode, tambonCode), eq(modelGroup.cohortYear, cohortYear))))[0] ?? null;
}

export async function insertGroup(db: Executor, row: typeof modelGroup.$inferInsert): Promise<GroupRow> {
  return (await db.insert(modelGroup).values(row).returning())[0]!;
}

export async function updateGroup(db: Executor, id: string, version: number, patch: Partial<typeof modelGroup.$inferInsert>): Promise<GroupRow | null> {
  const rows = await db
    .update(modelGroup)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${modelGroup.version} + 1` })
    .where(and(eq(modelGroup.id, id), eq(modelGroup.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function membersOf(db: Executor, groupId: string) {
  return db
    .select({ member: groupMember, farmer })
    .from(groupMember)
    .innerJoin(farmer, eq(farmer.id, groupMember.farmerId))
    .where(eq(groupMember.groupId, groupId))
    .orderBy(asc(farmer.firstName), asc(farmer.lastName));
}

export async function groupOfFarmer(db: Executor, farmerId: string): Promise<string | null> {
  return (await db.select({ groupId: groupMember.groupId }).from(groupMember).where(eq(groupMember.farmerId, farmerId)))[0]?.groupId ?? null;
}

export const isMemberOfAnyGroup = async (db: Executor, farmerId: string) => (await groupOfFarmer(db, farmerId)) !== null;

export async function addMember(db: Executor, groupId: string, farmerId: string, joinedOn: string): Promise<void> {
  await db.insert(groupMember).values({ groupId, farmerId, joinedOn });
}

export async function removeMember(db: Executor, groupId: string, farmerId: string): Promise<void> {
  await db.delete(groupCommittee).where(and(eq(groupCommittee.groupId, groupId), eq(groupCommittee.farmerId, farmerId)));
  await db.delete(groupMember).where(and(eq(groupMember.groupId, groupId), eq(groupMember.farmerId, farmerId)));
}

export async function committeeOf(db: Executor, groupId: string) {
  return db
    .select({ seat: groupCommittee, farmer })
    .from(groupCommittee)
    .innerJoin(farmer, eq(farmer.id, groupCommittee.farmerId))
    .where(eq(groupCommittee.groupId, groupId))
    .orderBy(asc(groupCommittee.seat));
}

export async function replaceCommittee(db: Executor, groupId: string, seats: { farmerId: string; role: string; title?: string | null }[]): Promise<void> {
  await db.delete(groupCommittee).where(eq(groupCommittee.groupId, groupId));
  if (seats.length) await db.insert(groupCommittee).values(seats.map((s, i) => ({ groupId, farmerId: s.farmerId, role: s.role, title: s.title ?? null, seat: i + 1 })));
}
