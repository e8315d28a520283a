import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { rowsOf, type Executor } from '../../db/client';
import { selectionResult, selectionResultVersion } from '../../db/schema';

export type ResultRow = typeof selectionResult.$inferSelect;
export type ResultVersionRow = typeof selectionResultVersion.$inferSelect;

export async function findResult(db: Executor, id: string): Promise<ResultRow | null> {
  return (await db.select().from(selectionResult).where(eq(selectionResult.id, id)))[0] ?? null;
}

/** The draft of a unit's result for a cohort, created on first sight (the unique index decides a race). */
export async function ensureDraft(db: Executor, unitCode: string, level: 'province' | 'agency', cohortYear: number): Promise<{ row: ResultRow; created: boolean }> {
  const inserted = await db.insert(selectionResult).values({ id: randomUUID(), unitCode, level, cohortYear }).onConflictDoNothing().returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  return { row: (await db.select().from(selectionResult).where(and(eq(selectionResult.unitCode, unitCode), eq(selectionResult.cohortYear, cohortYear))))[0]!, created: false };
}

export async function resultsOf(db: Executor, unitCodes: string[], cohortYear: number): Promise<ResultRow[]> {
  if (!unitCodes.length) return [];
  return db.select().from(selectionResult).where(and(inArray(selectionResult.unitCode, unitCodes), eq(selectionResult.cohortYear, cohortYear))).orderBy(asc(selectionResult.unitCode));
}

export async function updateResult(db: Executor, id: string, version: number, patch: Partial<typeof selectionResult.$inferInsert>): Promise<ResultRow | null> {
  const rows = await db.update(selectionResult).set({ ...patch, updatedAt: sql`now()`, version: sql`${selectionResult.version} + 1` })
    .where(and(eq(selectionResult.id, id), eq(selectionResult.version, version))).returning();
  return rows[0] ?? null;
}

export async function versionsOf(db: Executor, resultId: string): Promise<ResultVersionRow[]> {
  return db.select().from(selectionResultVersion).where(eq(selectionResultVersion.resultId, resultId)).orderBy(asc(selectionResultVersion.number));
}

export async function insertVersion(db: Executor, row: typeof selectionResultVersion.$inferInsert) {
  await db.insert(selectionResultVersion).values(row);
}

export async function decideVersion(db: Executor, resultId: string, number: number, decision: 'accepted' | 'returned', by: string, reason: string | null) {
  await db.update(selectionResultVersion).set({ decision, decidedBy: by, decidedAt: sql`now()`, reason })
    .where(and(eq(selectionResultVersion.resultId, resultId), eq(selectionResultVersion.number, number)));
}

/** The latest accepted snapshot of each of these units' results for a cohort (an agency's summary adds them up). */
export async function acceptedSnapshots(db: Executor, unitCodes: string[], cohortYear: number): Promise<{ unitCode: string; snapshot: unknown }[]> {
  if (!unitCodes.length) return [];
  return db
    .selectDistinctOn([selectionResult.unitCode], { unitCode: selectionResult.unitCode, snapshot: selectionResultVersion.snapshot })
    .from(selectionResult)
    .innerJoin(selectionResultVersion, and(eq(selectionResultVersion.resultId, selectionResult.id), eq(selectionResultVersion.decision, 'accepted')))
    .where(and(inArray(selectionResult.unitCode, unitCodes), eq(selectionResult.cohortYear, cohortYear)))
    .orderBy(selectionResult.unitCode, desc(selectionResultVersion.number));
}

export interface TambonResultRow {
  code: string;
  nameTh: string;
  districtCode: string;
  districtNameTh: string;
  target: boolean;
  candidates: number;
  proposed: number;
  selected: number;
  notSelected: number;
  undecided: number;
  groupId: string | null;
  groupName: string | null;
  formed: boolean;
  members: number;
}

/**
 * A province's selection for a cohort, per tambon: every tambon with candidates, a target or a
 * group of the cohort, with the candidates' counts and the group formed there.
 */
export async function tambonResults(db: Executor, provinceCode: string, cohortYear: number): Promise<TambonResultRow[]> {
  const like = `${provinceCode}%`;
  return rowsOf<TambonResultRow>(await db.execute(sql`
    with c as (
      select tambon_code, count(*)::int as candidates, count(*) filter (where proposal = 'proposed')::int as proposed,
             count(*) filter (where decision = 'selected')::int as selected, count(*) filter (where decision = 'not_selected')::int as "notSelected",
             count(*) filter (where proposal = 'proposed' and decision is null)::int as undecided
      from selection_candidate where cohort_year = ${cohortYear} and tambon_code like ${like} group by 1),
    t as (select tambon_code from cohort_target_tambon where cohort_year = ${cohortYear} and tambon_code like ${like}),
    g as (select id, name, tambon_code from model_group where cohort_year = ${cohortYear} and tambon_code like ${like}),
    k as (select tambon_code from c union select tambon_code from t union select tambon_code from g)
    select k.tambon_code as code, tb.name_th as "nameTh", d.code as "districtCode", d.name_th as "districtNameTh", (t.tambon_code is not null) as target,
           coalesce(c.candidates, 0) as candidates, coalesce(c.proposed, 0) as proposed, coalesce(c.selected, 0) as selected,
           coalesce(c."notSelected", 0) as "notSelected", coalesce(c.undecided, 0) as undecided,
           g.id as "groupId", g.name as "groupName",
           coalesce(exists (select 1 from group_committee p where p.group_id = g.id and p.role = 'president'), false) as formed,
           (select count(*)::int from group_member m where m.group_id = g.id) as members
    from k join geo_unit tb on tb.code = k.tambon_code join geo_unit d on d.code = substr(k.tambon_code, 1, 4)
    left join c on c.tambon_code = k.tambon_code left join t on t.tambon_code = k.tambon_code left join g on g.tambon_code = k.tambon_code
    order by k.tambon_code`)).map((r) => ({
    ...r, target: Boolean(r.target), formed: Boolean(r.formed), candidates: Number(r.candidates), proposed: Number(r.proposed), selected: Number(r.selected),
    notSelected: Number(r.notSelected), undecided: Number(r.undecided), members: Number(r.members ?? 0),
  }));
}
