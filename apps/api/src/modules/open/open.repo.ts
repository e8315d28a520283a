import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface SalesStatRow {
  provinceCode: string;
  cohort: number;
  month: string;
  key: string;
  value: number;
}

/** Sales value and count by channel, per province, cohort and month (province_month_stat), for the whole country. */
export async function provinceSalesStats(db: Executor): Promise<SalesStatRow[]> {
  return rowsOf<SalesStatRow>(await db.execute(sql`
    select province_code as "provinceCode", cohort_year as cohort, to_char(month, 'YYYY-MM') as month, key, sum(value)::float8 as value
    from province_month_stat
    where key like 'sales|%' or key like 'salesn|%'
    group by province_code, cohort_year, month, key`));
}
