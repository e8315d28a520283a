import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

/**
 * The dashboard's targets and coverage (issue 13), as queries of their own — apart from the
 * dashboard's other figures, which issue 16 computes differently: the ministry's target tambons
 * inside an area against the model groups there, per cohort and per district.
 * `where` is a condition on a DOPA-coded column named `code` (the area), built by the caller.
 */
export type AreaFilter = (column: SQL) => SQL;

/** Per cohort: target tambons in the area and how many of them have the cohort's model group. */
export async function targetsByCohort(db: Executor, inArea: AreaFilter): Promise<{ cohort: number; targets: number; covered: number }[]> {
  return rowsOf<{ cohort: number; targets: number; covered: number }>(await db.execute(sql`
    select t.cohort_year as cohort, count(*)::int as targets, count(g.id)::int as covered
    from cohort_target_tambon t left join model_group g on g.tambon_code = t.tambon_code and g.cohort_year = t.cohort_year
    where ${inArea(sql`t.tambon_code`)} group by 1 order by 1`)).map((r) => ({ cohort: Number(r.cohort), targets: Number(r.targets), covered: Number(r.covered) }));
}

/** Model groups of the area (of a cohort, when given) whose tambon is not a target of their cohort. */
export async function groupsOutsideTargets(db: Executor, inArea: AreaFilter, cohort?: number): Promise<number> {
  const rows = rowsOf<{ n: number }>(await db.execute(sql`
    select count(*)::int as n from model_group g
    where ${inArea(sql`g.tambon_code`)} ${cohort ? sql`and g.cohort_year = ${cohort}` : sql``}
      and not exists (select 1 from cohort_target_tambon t where t.tambon_code = g.tambon_code and t.cohort_year = g.cohort_year)`));
  return Number(rows[0]?.n ?? 0);
}

export interface DistrictCoverage {
  code: string;
  nameTh: string;
  provinceCode: string;
  groups: number;
  targets: number;
  covered: number;
}

/** Every active district of the area: its model groups, target tambons and target tambons with a group. */
export async function districtCoverage(db: Executor, inArea: AreaFilter, cohort?: number): Promise<DistrictCoverage[]> {
  const c = (col: string) => (cohort ? sql`and ${sql.raw(col)} = ${cohort}` : sql``);
  return rowsOf<DistrictCoverage>(await db.execute(sql`
    with d as (select code, name_th from geo_unit where level = 'district' and active and ${inArea(sql`code`)}),
    g as (select substr(tambon_code, 1, 4) as code, count(*)::int as n from model_group where ${inArea(sql`tambon_code`)} ${c('cohort_year')} group by 1),
    t as (select substr(t.tambon_code, 1, 4) as code, count(*)::int as n, count(g.id)::int as covered
          from cohort_target_tambon t left join model_group g on g.tambon_code = t.tambon_code and g.cohort_year = t.cohort_year
          where ${inArea(sql`t.tambon_code`)} ${c('t.cohort_year')} group by 1)
    select d.code, d.name_th as "nameTh", substr(d.code, 1, 2) as "provinceCode", coalesce(g.n, 0) as groups, coalesce(t.n, 0) as targets, coalesce(t.covered, 0) as covered
    from d left join g on g.code = d.code left join t on t.code = d.code order by d.code`)).map((r) => ({
    ...r, groups: Number(r.groups), targets: Number(r.targets), covered: Number(r.covered),
  }));
}
