import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { advisoryVisitPhoto } from '../../db/schema';
import type { Scope } from '../../lib/authz';
import { groupsInScope } from '../records/records.repo';

/** For each visit, the day of the group's next visit after it (what closes its follow-up). */
export async function nextVisits(db: Executor, visits: { id: string; groupId: string; visitedOn: string }[]): Promise<Map<string, string>> {
  if (!visits.length) return new Map();
  const rows = rowsOf<{ id: string; next: string | null }>(await db.execute(sql`
    select v.id, (select min(n.visited_on)::text from advisory_visit n
                  where n.group_id = v.group_id and n.deleted_at is null and n.visited_on > v.visited_on) as next
    from advisory_visit v where v.id = any(${sql.param(visits.map((v) => v.id))}::uuid[])`));
  return new Map(rows.filter((r) => r.next).map((r) => [r.id, r.next!]));
}

export interface OverdueFollowUp {
  visitId: string;
  groupId: string;
  groupName: string;
  tambonCode: string;
  step: number;
  visitedOn: string;
  followUpOn: string;
  advice: string;
}

/** Follow-ups whose day has passed with no later visit to the group, in a scope (and an area), oldest first. */
export async function overdueFollowUps(db: Executor, scope: Scope, area: Scope | undefined, today: string, limit = 500): Promise<OverdueFollowUp[]> {
  return rowsOf<OverdueFollowUp>(await db.execute(sql`
    select v.id as "visitId", v.group_id as "groupId", model_group.name as "groupName", model_group.tambon_code as "tambonCode", v.step,
           v.visited_on::text as "visitedOn", v.follow_up_on::text as "followUpOn", v.advice
    from advisory_visit v join model_group on model_group.id = v.group_id
    where v.deleted_at is null and v.follow_up_on is not null and v.follow_up_on < ${today}::date
      and ${groupsInScope(scope)} ${area ? sql`and ${groupsInScope(area)}` : sql``}
      and not exists (select 1 from advisory_visit n where n.group_id = v.group_id and n.deleted_at is null and n.visited_on > v.visited_on)
    order by v.follow_up_on, model_group.tambon_code
    limit ${limit}`)).map((r) => ({ ...r, step: Number(r.step) }));
}

export async function photosOf(db: Executor, visitIds: string[]) {
  if (!visitIds.length) return [];
  return db
    .select({ id: advisoryVisitPhoto.id, visitId: advisoryVisitPhoto.visitId, width: advisoryVisitPhoto.width, height: advisoryVisitPhoto.height })
    .from(advisoryVisitPhoto)
    .where(inArray(advisoryVisitPhoto.visitId, visitIds))
    .orderBy(asc(advisoryVisitPhoto.createdAt));
}

export async function findPhoto(db: Executor, visitId: string, photoId: string) {
  return (await db.select().from(advisoryVisitPhoto).where(and(eq(advisoryVisitPhoto.visitId, visitId), eq(advisoryVisitPhoto.id, photoId))))[0] ?? null;
}

export async function countPhotos(db: Executor, visitId: string): Promise<number> {
  return Number((await db.select({ n: sql<number>`count(*)::int` }).from(advisoryVisitPhoto).where(eq(advisoryVisitPhoto.visitId, visitId)))[0]?.n ?? 0);
}

export async function insertPhoto(db: Executor, row: typeof advisoryVisitPhoto.$inferInsert) {
  await db.insert(advisoryVisitPhoto).values(row);
}

export async function deletePhoto(db: Executor, photoId: string) {
  await db.delete(advisoryVisitPhoto).where(eq(advisoryVisitPhoto.id, photoId));
}
