import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

/** What already belongs to the next cohort and would collide with the group's move. */
export async function moveConflicts(db: Executor, g: { id: string; tambonCode: string; from: number; to: number }): Promise<string[]> {
  const rows = rowsOf<{ what: string }>(await db.execute(sql`
    select 'group' as what from model_group where tambon_code = ${g.tambonCode} and cohort_year = ${g.to}
    union all select 'candidate' from selection_candidate s
      where s.tambon_code = ${g.tambonCode} and s.cohort_year = ${g.from}
        and exists (select 1 from selection_candidate n where n.farmer_id = s.farmer_id and n.cohort_year = ${g.to})
    union all select 'farmer_plan' from individual_plan p join group_member m on m.farmer_id = p.farmer_id
      where m.group_id = ${g.id} and p.cohort_year = ${g.to}
    union all select 'group_plan' from group_plan where group_id = ${g.id} and cohort_year = ${g.to}`));
  return [...new Set(rows.map((r) => r.what))];
}

/**
 * Moves a group and what hangs on its cohort to the next one, in the caller's transaction: the
 * selection of its tambon (step 1), its members' กท.02 and its กท.03, the sessions that follow
 * the กท.03's topics, and its monthly figures in the province's sums (kept per cohort).
 */
export async function moveGroup(tx: Executor, g: { id: string; tambonCode: string; from: number; to: number; version: number }): Promise<boolean> {
  const moved = rowsOf<{ id: string }>(await tx.execute(sql`
    update model_group set cohort_year = ${g.to}, updated_at = now(), version = version + 1 where id = ${g.id} and version = ${g.version} returning id`));
  if (!moved.length) return false;
  await tx.execute(sql`update selection_candidate set cohort_year = ${g.to}, updated_at = now(), version = version + 1 where tambon_code = ${g.tambonCode} and cohort_year = ${g.from}`);
  await tx.execute(sql`update individual_plan set cohort_year = ${g.to} where cohort_year = ${g.from} and farmer_id in (select farmer_id from group_member where group_id = ${g.id})`);
  await tx.execute(sql`update group_plan set cohort_year = ${g.to} where group_id = ${g.id} and cohort_year = ${g.from}`);
  await tx.execute(sql`update learning_session set plan_cohort = ${g.to}, updated_at = now(), version = version + 1 where group_id = ${g.id} and plan_cohort = ${g.from}`);
  const province = g.tambonCode.slice(0, 2);
  await tx.execute(sql`
    with s as (select month, key, sum(value) as value from group_month_stat where group_id = ${g.id} group by month, key),
    moved as (
      select ${province} as province_code, ${g.from}::int as cohort_year, month, key, -value as value from s
      union all select ${province}, ${g.to}::int, month, key, value from s)
    insert into province_month_stat (province_code, cohort_year, month, key, value)
    select province_code, cohort_year, month, key, value from moved
    on conflict (province_code, cohort_year, month, key, slot) do update set value = province_month_stat.value + excluded.value`);
  // A figure is the sum over its slots (ADR 0024): the old cohort's go where they add up to nothing.
  await tx.execute(sql`delete from province_month_stat where province_code = ${province} and cohort_year = ${g.from}
    and (month, key) in (select month, key from province_month_stat where province_code = ${province} and cohort_year = ${g.from} group by 1, 2 having abs(sum(value)) < 0.0005)`);
  return true;
}
