import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { groupMonthStat, provinceMonthStat } from '../../db/schema';

/** First day of a date's month. */
export const monthOf = (iso: string) => `${iso.slice(0, 7)}-01`;

/**
 * Recomputes a group's figures for the given months from its records (each read through the
 * (group_id, date) indexes) and moves the province's sums by the difference — in the caller's
 * transaction, so the figures always agree with the records.
 *
 * Keys: prod|<product group>|<unit>|<use> (quantities; use = total, household, exchange, sale,
 * processing, loss), prodvalue (baht), sales|<channel> (baht), salesn|<channel> (count),
 * sessions, attendance (members present plus outside participants), visits (the district's
 * advisory visits), trainings and traininghours (courses the lecturers attended; issue 13).
 */
export async function refreshGroupMonths(tx: Executor, group: { id: string; tambonCode: string; cohortYear: number }, dates: string[]): Promise<void> {
  const months = [...new Set(dates.map(monthOf))];
  if (!months.length) return;
  const groupId = group.id;
  const monthList = sql`${sql.param(months)}::date[]`;
  const fresh = rowsOf<{ month: string; key: string; value: number }>(await tx.execute(sql`
    with m as (select unnest(${monthList}) as month)
    select m.month::text as month, s.key, s.value::float8 as value from m cross join lateral (
      select 'prod|' || coalesce(p.category, 'other') || '|' || pr.unit || '|' || u.use as key, sum(u.q) as value
        from production_record pr left join product p on p.code = pr.product_code
        cross join lateral (values ('total', pr.quantity), ('household', pr.used_household), ('exchange', pr.used_exchange), ('sale', pr.used_sale), ('processing', pr.used_processing), ('loss', pr.used_loss)) as u(use, q)
        where pr.group_id = ${groupId} and pr.deleted_at is null and pr.recorded_on >= m.month and pr.recorded_on < m.month + interval '1 month' and u.q > 0
        group by 1
      union all select 'prodvalue', sum(pr.value_baht) from production_record pr
        where pr.group_id = ${groupId} and pr.deleted_at is null and pr.recorded_on >= m.month and pr.recorded_on < m.month + interval '1 month' and pr.value_baht is not null
        having count(*) > 0
      union all select 'sales|' || t.channel, coalesce(sum(t.value_baht), 0) from sales_transaction t
        where t.group_id = ${groupId} and t.deleted_at is null and t.occurred_on >= m.month and t.occurred_on < m.month + interval '1 month' group by t.channel
      union all select 'salesn|' || t.channel, count(*) from sales_transaction t
        where t.group_id = ${groupId} and t.deleted_at is null and t.occurred_on >= m.month and t.occurred_on < m.month + interval '1 month' group by t.channel
      union all select 'sessions', count(*) from learning_session ls
        where ls.group_id = ${groupId} and ls.deleted_at is null and ls.held_on >= m.month and ls.held_on < m.month + interval '1 month' having count(*) > 0
      union all select 'attendance', sum(cardinality(ls.attendee_ids) + ls.outside_participants) from learning_session ls
        where ls.group_id = ${groupId} and ls.deleted_at is null and ls.held_on >= m.month and ls.held_on < m.month + interval '1 month' having count(*) > 0
      union all select 'visits', count(*) from advisory_visit v
        where v.group_id = ${groupId} and v.deleted_at is null and v.visited_on >= m.month and v.visited_on < m.month + interval '1 month' having count(*) > 0
      union all select 'trainings', count(*) from lecturer_training lt
        where lt.group_id = ${groupId} and lt.deleted_at is null and lt.trained_on >= m.month and lt.trained_on < m.month + interval '1 month' having count(*) > 0
      union all select 'traininghours', sum(lt.hours) from lecturer_training lt
        where lt.group_id = ${groupId} and lt.deleted_at is null and lt.trained_on >= m.month and lt.trained_on < m.month + interval '1 month' having count(*) > 0
    ) as s`));
  // The months' old figures go, and what they were gives the province its difference.
  const old = await tx.delete(groupMonthStat).where(and(eq(groupMonthStat.groupId, groupId), inArray(groupMonthStat.month, months))).returning();
  const delta = new Map<string, number>();
  for (const r of fresh) delta.set(`${r.month}\u0000${r.key}`, Number(r.value));
  for (const r of old) delta.set(`${r.month}\u0000${r.key}`, (delta.get(`${r.month}\u0000${r.key}`) ?? 0) - Number(r.value));

  if (fresh.length) await tx.insert(groupMonthStat).values(fresh.map((r) => ({ groupId, month: r.month, key: r.key, value: Number(r.value) })));

  const changes = [...delta].filter(([, d]) => Math.abs(d) > 1e-9);
  if (!changes.length) return;
  const province = group.tambonCode.slice(0, 2);
  await tx.execute(sql`
    insert into province_month_stat (province_code, cohort_year, month, key, value)
    select ${province}, ${group.cohortYear}, m::date, k, d
    from unnest(${sql.param(changes.map(([mk]) => mk.split('\u0000')[0]))}::text[], ${sql.param(changes.map(([mk]) => mk.split('\u0000')[1]))}::text[], ${sql.param(changes.map(([, d]) => d))}::float8[]) as u(m, k, d)
    on conflict (province_code, cohort_year, month, key) do update set value = province_month_stat.value + excluded.value`);
  // Only the months just moved can have come down to nothing.
  await tx.delete(provinceMonthStat).where(and(
    eq(provinceMonthStat.provinceCode, province), eq(provinceMonthStat.cohortYear, group.cohortYear), inArray(provinceMonthStat.month, months), sql`abs(${provinceMonthStat.value}) < 0.0005`,
  ));
}
