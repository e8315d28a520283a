import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { cohort, cohortTargetTambon, geoUnit } from '../../db/schema';

/** A target tambon with its district and province, and whether a model group of the cohort is there. */
export interface TargetTambonRow {
  code: string;
  nameTh: string;
  districtCode: string;
  districtNameTh: string;
  provinceCode: string;
  provinceNameTh: string;
  groupId: string | null;
}

/** The cohort's target tambons, inside a DOPA code prefix when given (a province or a district). */
export async function targetTambons(db: Executor, cohortYear: number, prefix?: string): Promise<TargetTambonRow[]> {
  return rowsOf<TargetTambonRow>(await db.execute(sql`
    select t.tambon_code as code, tb.name_th as "nameTh", d.code as "districtCode", d.name_th as "districtNameTh",
           p.code as "provinceCode", p.name_th as "provinceNameTh", g.id as "groupId"
    from cohort_target_tambon t
    join geo_unit tb on tb.code = t.tambon_code
    join geo_unit d on d.code = substr(t.tambon_code, 1, 4)
    join geo_unit p on p.code = substr(t.tambon_code, 1, 2)
    left join model_group g on g.tambon_code = t.tambon_code and g.cohort_year = t.cohort_year
    where t.cohort_year = ${cohortYear} ${prefix ? sql`and t.tambon_code like ${`${prefix}%`}` : sql``}
    order by t.tambon_code`));
}

export async function targetCodes(db: Executor, cohortYear: number): Promise<string[]> {
  return (await db.select({ code: cohortTargetTambon.tambonCode }).from(cohortTargetTambon).where(eq(cohortTargetTambon.cohortYear, cohortYear))).map((r) => r.code);
}

/** How many target tambons each cohort has (the cohorts list shows it beside the national figure). */
export async function targetCounts(db: Executor): Promise<Map<number, number>> {
  const rows = rowsOf<{ cohort: number; n: number }>(await db.execute(sql`select cohort_year as cohort, count(*)::int as n from cohort_target_tambon group by 1`));
  return new Map(rows.map((r) => [Number(r.cohort), Number(r.n)]));
}

/** The codes among these that are active tambons of the geography. */
export async function existingTambons(db: Executor, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const rows = await db.select({ code: geoUnit.code }).from(geoUnit).where(and(inArray(geoUnit.code, codes), eq(geoUnit.level, 'tambon'), eq(geoUnit.active, true)));
  return new Set(rows.map((r) => r.code));
}

/** Replaces the cohort's list by these codes: the ones gone are removed, the new ones added. */
export async function replaceTargets(db: Executor, cohortYear: number, codes: string[], by: string): Promise<{ added: string[]; removed: string[] }> {
  const current = new Set(await targetCodes(db, cohortYear));
  const wanted = new Set(codes);
  const added = [...wanted].filter((c) => !current.has(c));
  const removed = [...current].filter((c) => !wanted.has(c));
  if (removed.length) await db.delete(cohortTargetTambon).where(and(eq(cohortTargetTambon.cohortYear, cohortYear), inArray(cohortTargetTambon.tambonCode, removed)));
  // In slices: a whole country's list (7,000+ rows) stays under the driver's parameter limit.
  for (let i = 0; i < added.length; i += 2000) {
    await db.insert(cohortTargetTambon).values(added.slice(i, i + 2000).map((tambonCode) => ({ cohortYear, tambonCode, addedBy: by }))).onConflictDoNothing();
  }
  return { added, removed };
}

/** Moves the cohort's version on: the target list is part of the cohort's plan. */
export async function bumpCohort(db: Executor, cohortYear: number, version: number | null) {
  const rows = await db.update(cohort).set({ updatedAt: sql`now()`, version: sql`${cohort.version} + 1` })
    .where(and(eq(cohort.yearBe, cohortYear), version === null ? undefined : eq(cohort.version, version))).returning();
  return rows[0] ?? null;
}

/** Tambons by name, for a list typed or pasted by the ministry: each with its district and province names. */
export async function tambonsNamed(db: Executor, names: string[]) {
  if (!names.length) return [];
  return rowsOf<{ code: string; nameTh: string; districtNameTh: string; provinceNameTh: string }>(await db.execute(sql`
    select tb.code, tb.name_th as "nameTh", d.name_th as "districtNameTh", p.name_th as "provinceNameTh"
    from geo_unit tb join geo_unit d on d.code = substr(tb.code, 1, 4) join geo_unit p on p.code = substr(tb.code, 1, 2)
    where tb.level = 'tambon' and tb.active and tb.name_th = any(${sql.param(names)}::text[])`));
}

/** Tambons by code, named with their district and province. */
export async function tambonsCoded(db: Executor, codes: string[]) {
  if (!codes.length) return [];
  return rowsOf<{ code: string; nameTh: string; districtNameTh: string; provinceNameTh: string }>(await db.execute(sql`
    select tb.code, tb.name_th as "nameTh", d.name_th as "districtNameTh", p.name_th as "provinceNameTh"
    from geo_unit tb join geo_unit d on d.code = substr(tb.code, 1, 4) join geo_unit p on p.code = substr(tb.code, 1, 2)
    where tb.level = 'tambon' and tb.active and tb.code = any(${sql.param(codes)}::text[])`));
}

/** Which of these groups lie in a target tambon of their own cohort. */
export async function groupsInTargets(db: Executor, groupIds: string[]): Promise<Set<string>> {
  if (!groupIds.length) return new Set();
  const rows = rowsOf<{ id: string }>(await db.execute(sql`
    select g.id from model_group g join cohort_target_tambon t on t.tambon_code = g.tambon_code and t.cohort_year = g.cohort_year
    where g.id = any(${sql.param(groupIds)}::uuid[])`));
  return new Set(rows.map((r) => r.id));
}
