import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface PrefixCounts {
  key: string;
  districts: number;
  tambons: number;
}

/**
 * Active districts and tambons below each unit of one level, grouped by code prefix
 * (`len` 2 = per province, 4 = per district), optionally only under `parent`.
 */
export async function geoCountsByPrefix(db: Executor, len: number, parent: string | null): Promise<Map<string, PrefixCounts>> {
  const result = await db.execute(sql`
    select substr(code, 1, ${len}) as key,
           count(*) filter (where level = 'district')::int as districts,
           count(*) filter (where level = 'tambon')::int as tambons
    from geo_unit
    where active and length(code) > ${len} ${parent ? sql`and code like ${`${parent}%`}` : sql``}
    group by 1`);
  return new Map(rowsOf<PrefixCounts>(result).map((r) => [r.key, { ...r, districts: Number(r.districts), tambons: Number(r.tambons) }]));
}

/** Users whose home unit lies below each unit of one level, grouped by code prefix. */
export async function userCountsByPrefix(db: Executor, len: number, parent: string | null): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    select substr(home_unit_code, 1, ${len}) as key, count(*)::int as n
    from app_user
    where home_unit_kind in ('province', 'district', 'tambon') and length(home_unit_code) >= ${len}
      ${parent ? sql`and home_unit_code like ${`${parent}%`}` : sql``}
    group by 1`);
  return new Map(rowsOf<{ key: string; n: number }>(result).map((r) => [r.key, Number(r.n)]));
}

/** Users whose home unit is one of the given agencies themselves. */
export async function agencyUserCounts(db: Executor): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    select home_unit_code as key, count(*)::int as n from app_user where home_unit_kind = 'agency' group by 1`);
  return new Map(rowsOf<{ key: string; n: number }>(result).map((r) => [r.key, Number(r.n)]));
}

/** Users whose home unit is the whole country (administrators, ministry staff). */
export async function countryUserCount(db: Executor): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from app_user where home_unit_kind = 'country'`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

export async function activeGeoChildren(db: Executor, parent: string | null) {
  const result = await db.execute(sql`
    select code, level, name_th as "nameTh", name_en as "nameEn" from geo_unit
    where active and ${parent ? sql`parent_code = ${parent}` : sql`level = 'province'`}
    order by code`);
  return rowsOf<{ code: string; level: 'province' | 'district' | 'tambon'; nameTh: string; nameEn: string | null }>(result);
}
