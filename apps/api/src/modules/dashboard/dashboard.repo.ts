import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface StatRow {
  provinceCode: string;
  cohort: number;
  month: string;
  key: string;
  value: number;
}

/** Monthly figures per province and cohort (province_month_stat), for the provinces given (null = all). */
export async function provinceStats(db: Executor, provinces: string[] | null, cohort?: number): Promise<StatRow[]> {
  return rowsOf<StatRow>(await db.execute(sql`
    select province_code as "provinceCode", cohort_year as cohort, to_char(month, 'YYYY-MM') as month, key, value::float8 as value
    from province_month_stat
    where (key like 'sales|%' or key like 'salesn|%' or key in ('prodvalue', 'sessions', 'attendance'))
      ${provinces === null ? sql`` : sql`and province_code = any(${sql.param(provinces)}::text[])`}
      ${cohort ? sql`and cohort_year = ${cohort}` : sql``}`));
}

/** The same from the group figures, for areas smaller than a province. */
export async function groupStats(db: Executor, groupIds: string[]): Promise<StatRow[]> {
  if (!groupIds.length) return [];
  return rowsOf<StatRow>(await db.execute(sql`
    select substr(g.tambon_code, 1, 2) as "provinceCode", g.cohort_year as cohort, to_char(s.month, 'YYYY-MM') as month, s.key, sum(s.value)::float8 as value
    from group_month_stat s join model_group g on g.id = s.group_id
    where s.group_id = any(${sql.param(groupIds)}::uuid[]) and (s.key like 'sales|%' or s.key like 'salesn|%' or s.key in ('prodvalue', 'sessions', 'attendance'))
    group by 1, 2, 3, 4`));
}

export async function enterpriseCounts(db: Executor, groupIds: string[]) {
  if (!groupIds.length) return [];
  return rowsOf<{ groupId: string; informed: boolean; applied: boolean; registered: boolean }>(await db.execute(sql`
    select group_id as "groupId", informed_on is not null as informed, applied_on is not null as applied, registered_on is not null as registered
    from enterprise where deleted_at is null and group_id = any(${sql.param(groupIds)}::uuid[])`));
}

export async function memberCounts(db: Executor, groupIds: string[]) {
  if (!groupIds.length) return new Map<string, number>();
  return new Map(rowsOf<{ groupId: string; n: number }>(await db.execute(sql`
    select group_id as "groupId", count(*)::int as n from group_member where group_id = any(${sql.param(groupIds)}::uuid[]) group by 1`)).map((r) => [r.groupId, Number(r.n)]));
}

export async function groupsWithPresident(db: Executor, groupIds: string[]): Promise<Set<string>> {
  if (!groupIds.length) return new Set();
  return new Set(rowsOf<{ id: string }>(await db.execute(sql`
    select distinct group_id as id from group_committee where role = 'president' and group_id = any(${sql.param(groupIds)}::uuid[])`)).map((r) => r.id));
}
