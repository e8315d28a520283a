import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

/** A sum over months (provinceCode null) or over provinces (month null). */
export interface StatTotal {
  provinceCode: string | null;
  month: string | null;
  key: string;
  value: number;
}

const DASHBOARD_KEYS = (key: ReturnType<typeof sql.raw>) => sql`(${key} like 'sales|%' or ${key} like 'salesn|%' or ${key} in ('prodvalue', 'sessions'))`;

/**
 * The dashboard's series (by month) and map figures (by province) in one pass, summed in the
 * database (grouping sets): a few hundred rows whatever the size of the area. Provinces and
 * larger areas read the province figures; a district or a tambon the figures of its groups.
 */
export async function statTotals(db: Executor, f: { provinces: string[] | null; cohort?: number } | { groupIds: string[] }): Promise<StatTotal[]> {
  if ('groupIds' in f) {
    if (!f.groupIds.length) return [];
    return rowsOf<StatTotal>(await db.execute(sql`
      select substr(g.tambon_code, 1, 2) as "provinceCode", to_char(s.month, 'YYYY-MM') as month, s.key, sum(s.value)::float8 as value
      from group_month_stat s join model_group g on g.id = s.group_id
      where s.group_id = any(${sql.param(f.groupIds)}::uuid[]) and ${DASHBOARD_KEYS(sql.raw('s.key'))}
      group by grouping sets ((s.month, s.key), (substr(g.tambon_code, 1, 2), s.key))`));
  }
  // Without a cohort, the sums over cohorts (province_month_total): fewer rows whatever the cohorts.
  const table = f.cohort ? sql`province_month_stat` : sql`province_month_total`;
  return rowsOf<StatTotal>(await db.execute(sql`
    select province_code as "provinceCode", to_char(month, 'YYYY-MM') as month, key, sum(value)::float8 as value
    from ${table}
    where ${DASHBOARD_KEYS(sql.raw('key'))}
      ${f.provinces === null ? sql`` : sql`and province_code = any(${sql.param(f.provinces)}::text[])`}
      ${f.cohort ? sql`and cohort_year = ${f.cohort}` : sql``}
    group by grouping sets ((month, key), (province_code, key))`));
}

/** Money and exchange counts per district (over all months) for the groups of a province: its drill-down. */
export async function districtTotals(db: Executor, groupIds: string[]): Promise<{ districtCode: string; key: string; value: number }[]> {
  if (!groupIds.length) return [];
  return rowsOf<{ districtCode: string; key: string; value: number }>(await db.execute(sql`
    select substr(g.tambon_code, 1, 4) as "districtCode", s.key, sum(s.value)::float8 as value
    from group_month_stat s join model_group g on g.id = s.group_id
    where s.group_id = any(${sql.param(groupIds)}::uuid[]) and (s.key like 'sales|%' or s.key like 'salesn|%' or s.key = 'prodvalue')
    group by 1, 2`));
}
