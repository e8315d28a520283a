import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { learningCentre, learningPhoto, learningSession } from '../../db/schema';

export type CentreRow = typeof learningCentre.$inferSelect;

export async function findCentre(db: Executor, groupId: string): Promise<CentreRow | null> {
  return (await db.select().from(learningCentre).where(and(eq(learningCentre.groupId, groupId), sql`${learningCentre.deletedAt} is null`)))[0] ?? null;
}

export async function findAnyCentre(db: Executor, groupId: string): Promise<CentreRow | null> {
  return (await db.select().from(learningCentre).where(eq(learningCentre.groupId, groupId)))[0] ?? null;
}

export async function upsertCentre(db: Executor, groupId: string, fields: Omit<typeof learningCentre.$inferInsert, 'groupId'>, version: number | null): Promise<CentreRow | null> {
  if (version === null) return (await db.insert(learningCentre).values({ ...fields, groupId }).returning())[0]!;
  const rows = await db
    .update(learningCentre)
    .set({ ...fields, deletedAt: null, updatedAt: sql`now()`, version: sql`${learningCentre.version} + 1` })
    .where(and(eq(learningCentre.groupId, groupId), eq(learningCentre.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function photosOf(db: Executor, sessionIds: string[]) {
  if (!sessionIds.length) return [];
  return db
    .select({ id: learningPhoto.id, sessionId: learningPhoto.sessionId, width: learningPhoto.width, height: learningPhoto.height })
    .from(learningPhoto)
    .where(inArray(learningPhoto.sessionId, sessionIds))
    .orderBy(asc(learningPhoto.createdAt));
}

export async function findPhoto(db: Executor, sessionId: string, photoId: string) {
  return (await db.select().from(learningPhoto).where(and(eq(learningPhoto.sessionId, sessionId), eq(learningPhoto.id, photoId))))[0] ?? null;
}

export async function countPhotos(db: Executor, sessionId: string): Promise<number> {
  return Number((await db.select({ n: sql<number>`count(*)::int` }).from(learningPhoto).where(eq(learningPhoto.sessionId, sessionId)))[0]?.n ?? 0);
}

export async function insertPhoto(db: Executor, row: typeof learningPhoto.$inferInsert) {
  await db.insert(learningPhoto).values(row);
}

export async function deletePhoto(db: Executor, photoId: string) {
  await db.delete(learningPhoto).where(eq(learningPhoto.id, photoId));
}

export async function softDeleteCentre(db: Executor, groupId: string, version: number) {
  return (await db.update(learningCentre).set({ deletedAt: sql`now()`, version: sql`${learningCentre.version} + 1` })
    .where(and(eq(learningCentre.groupId, groupId), eq(learningCentre.version, version), sql`${learningCentre.deletedAt} is null`)).returning())[0] ?? null;
}

/** How many live learning sessions follow each development topic (by position) of a group's กท.03. */
export async function sessionsByPlanTopic(db: Executor, groupId: string, cohort: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ index: learningSession.planTopicIndex, n: sql<number>`count(*)::int` })
    .from(learningSession)
    .where(and(eq(learningSession.groupId, groupId), eq(learningSession.planCohort, cohort), sql`${learningSession.planTopicIndex} is not null`, sql`${learningSession.deletedAt} is null`))
    .groupBy(learningSession.planTopicIndex);
  return new Map(rows.map((r) => [r.index!, Number(r.n)]));
}

/**
 * Moves the sessions' links when the plan's topics move: `moves` maps old positions to new ones,
 * applied in one statement so that swapped positions do not collide. A moved session gets a new
 * version: an edit made from the old positions is then a conflict, not a wrong link.
 */
export async function relinkPlanTopics(db: Executor, groupId: string, cohort: number, moves: [number, number][]): Promise<string[]> {
  if (!moves.length) return [];
  const to = sql.join(moves.map(([from, next]) => sql`when ${from} then ${next}`), sql` `);
  const rows = await db
    .update(learningSession)
    .set({ planTopicIndex: sql`(case ${learningSession.planTopicIndex} ${to} end)::smallint`, updatedAt: sql`now()`, version: sql`${learningSession.version} + 1` })
    .where(and(eq(learningSession.groupId, groupId), eq(learningSession.planCohort, cohort), inArray(learningSession.planTopicIndex, moves.map(([from]) => from)), sql`${learningSession.deletedAt} is null`))
    .returning({ id: learningSession.id });
  return rows.map((r) => r.id);
}
