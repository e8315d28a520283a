import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { groupPlan, individualPlan } from '../../db/schema';

export type IndividualPlanRow = typeof individualPlan.$inferSelect;
export type GroupPlanRow = typeof groupPlan.$inferSelect;

export async function findIndividual(db: Executor, farmerId: string, cohortYear: number): Promise<IndividualPlanRow | null> {
  return (await db.select().from(individualPlan).where(and(eq(individualPlan.farmerId, farmerId), eq(individualPlan.cohortYear, cohortYear))))[0] ?? null;
}

export async function individualsOf(db: Executor, farmerIds: string[], cohortYear: number): Promise<IndividualPlanRow[]> {
  if (!farmerIds.length) return [];
  return db.select().from(individualPlan).where(and(inArray(individualPlan.farmerId, farmerIds), eq(individualPlan.cohortYear, cohortYear)));
}

export async function insertIndividual(db: Executor, row: typeof individualPlan.$inferInsert) {
  return (await db.insert(individualPlan).values(row).returning())[0]!;
}

export async function updateIndividual(db: Executor, farmerId: string, cohortYear: number, version: number, patch: Partial<typeof individualPlan.$inferInsert>) {
  const rows = await db
    .update(individualPlan)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${individualPlan.version} + 1` })
    .where(and(eq(individualPlan.farmerId, farmerId), eq(individualPlan.cohortYear, cohortYear), eq(individualPlan.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function findGroupPlan(db: Executor, groupId: string, cohortYear: number): Promise<GroupPlanRow | null> {
  return (await db.select().from(groupPlan).where(and(eq(groupPlan.groupId, groupId), eq(groupPlan.cohortYear, cohortYear))))[0] ?? null;
}

export async function insertGroupPlan(db: Executor, row: typeof groupPlan.$inferInsert) {
  return (await db.insert(groupPlan).values(row).returning())[0]!;
}

export async function updateGroupPlan(db: Executor, groupId: string, cohortYear: number, version: number, patch: Partial<typeof groupPlan.$inferInsert>) {
  const rows = await db
    .update(groupPlan)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${groupPlan.version} + 1` })
    .where(and(eq(groupPlan.groupId, groupId), eq(groupPlan.cohortYear, cohortYear), eq(groupPlan.version, version)))
    .returning();
  return rows[0] ?? null;
}
