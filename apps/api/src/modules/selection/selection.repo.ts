import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { farmer, selectionCandidate } from '../../db/schema';
import { geoCodeInScope, type Scope } from '../../lib/authz';

export type CandidateRow = typeof selectionCandidate.$inferSelect;
export type FarmerRow = typeof farmer.$inferSelect;

export async function listForTambon(db: Executor, tambonCode: string, cohortYear: number) {
  return db
    .select({ candidate: selectionCandidate, farmer })
    .from(selectionCandidate)
    .innerJoin(farmer, eq(farmer.id, selectionCandidate.farmerId))
    .where(and(eq(selectionCandidate.tambonCode, tambonCode), eq(selectionCandidate.cohortYear, cohortYear)))
    .orderBy(asc(farmer.firstName), asc(farmer.lastName));
}

/** One candidate with its farmer. */
export async function findWithFarmer(db: Executor, id: string) {
  return (
    await db.select({ candidate: selectionCandidate, farmer }).from(selectionCandidate).innerJoin(farmer, eq(farmer.id, selectionCandidate.farmerId)).where(eq(selectionCandidate.id, id))
  )[0];
}

export async function findCandidate(db: Executor, id: string): Promise<CandidateRow | null> {
  return (await db.select().from(selectionCandidate).where(eq(selectionCandidate.id, id)))[0] ?? null;
}

export async function findByFarmerCohort(db: Executor, farmerId: string, cohortYear: number): Promise<CandidateRow | null> {
  return (await db.select().from(selectionCandidate).where(and(eq(selectionCandidate.farmerId, farmerId), eq(selectionCandidate.cohortYear, cohortYear))))[0] ?? null;
}

export async function insertCandidate(db: Executor, row: typeof selectionCandidate.$inferInsert): Promise<CandidateRow> {
  return (await db.insert(selectionCandidate).values(row).returning())[0]!;
}

export async function updateCandidate(db: Executor, id: string, version: number, patch: Partial<typeof selectionCandidate.$inferInsert>): Promise<CandidateRow | null> {
  const rows = await db
    .update(selectionCandidate)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${selectionCandidate.version} + 1` })
    .where(and(eq(selectionCandidate.id, id), eq(selectionCandidate.version, version)))
    .returning();
  return rows[0] ?? null;
}

export interface ProvinceSummary {
  province: string;
  tambonsWithCandidates: number;
  candidates: number;
  selected: number;
  groups: number;
  groupsFormed: number;
}

/** Per province of a set of code prefixes: candidates, selected farmers, groups and formed groups. */
export async function summaryByProvince(db: Executor, cohortYear: number, prefixes: string[] | null): Promise<ProvinceSummary[]> {
  const inArea = (col: string) =>
    prefixes === null ? sql`true` : prefixes.length ? sql.join(prefixes.map((p) => sql`${sql.raw(col)} like ${`${p}%`}`), sql` or `) : sql`false`;
  const result = await db.execute(sql`
    with c as (
      select substr(tambon_code, 1, 2) as province, count(distinct tambon_code)::int as tambons, count(*)::int as candidates,
             count(*) filter (where decision = 'selected')::int as selected
      from selection_candidate where cohort_year = ${cohortYear} and (${inArea('tambon_code')}) group by 1
    ), g as (
      select substr(tambon_code, 1, 2) as province, count(*)::int as groups,
             count(*) filter (where exists (select 1 from group_committee gc where gc.group_id = model_group.id and gc.role = 'president'))::int as formed
      from model_group where cohort_year = ${cohortYear} and (${inArea('tambon_code')}) group by 1
    )
    select coalesce(c.province, g.province) as province, coalesce(c.tambons, 0) as "tambonsWithCandidates", coalesce(c.candidates, 0) as candidates,
           coalesce(c.selected, 0) as selected, coalesce(g.groups, 0) as groups, coalesce(g.formed, 0) as "groupsFormed"
    from c full join g on g.province = c.province
    order by 1`);
  return rowsOf<ProvinceSummary>(result).map((r) => ({
    province: r.province, tambonsWithCandidates: Number(r.tambonsWithCandidates), candidates: Number(r.candidates),
    selected: Number(r.selected), groups: Number(r.groups), groupsFormed: Number(r.groupsFormed),
  }));
}

/** Tambons inside the scope with candidates proposed and not yet decided (issue 15), most waiting first. */
export async function waitingByTambon(db: Executor, scope: Scope, cohortYear?: number) {
  return rowsOf<{ code: string; nameTh: string; nameEn: string | null; districtTh: string | null; cohort: number; waiting: number; candidates: number }>(await db.execute(sql`
    select c.tambon_code as code, t.name_th as "nameTh", t.name_en as "nameEn", d.name_th as "districtTh", c.cohort_year as cohort,
           count(*) filter (where c.proposal = 'proposed' and c.decision is null)::int as waiting, count(*)::int as candidates
    from selection_candidate c join geo_unit t on t.code = c.tambon_code left join geo_unit d on d.code = substr(c.tambon_code, 1, 4)
    where ${geoCodeInScope(scope, sql`c.tambon_code`)} ${cohortYear ? sql`and c.cohort_year = ${cohortYear}` : sql``}
    group by c.tambon_code, t.name_th, t.name_en, d.name_th, c.cohort_year
    having count(*) filter (where c.proposal = 'proposed' and c.decision is null) > 0
    order by waiting desc, c.tambon_code`)).map((r) => ({ ...r, waiting: Number(r.waiting), candidates: Number(r.candidates), cohort: Number(r.cohort) }));
}
