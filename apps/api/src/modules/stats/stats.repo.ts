import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

/** First day of a date's month. */
export const monthOf = (iso: string) => `${iso.slice(0, 7)}-01`;

/**
 * What one record adds to its group's monthly figures, by table (a deleted record adds nothing).
 *
 * Keys: prod|<product group>|<unit>|<use> (quantities; use = total, household, exchange, sale,
 * processing, loss), prodvalue (baht), sales|<channel> (baht), salesn|<channel> (count),
 * sessions, attendance (members present plus outside participants), visits (the district's
 * advisory visits), trainings and traininghours (courses the lecturers attended; issue 13).
 */
const CONTRIBUTIONS: Record<string, (ids: SQL) => SQL> = {
  production_record: (ids) => sql`
    select pr.id::text as id, date_trunc('month', pr.recorded_on)::date::text as month, 'prod|' || coalesce(p.category, 'other') || '|' || pr.unit || '|' || u.use as key, u.q::float8 as value
      from production_record pr left join product p on p.code = pr.product_code
      cross join lateral (values ('total', pr.quantity), ('household', pr.used_household), ('exchange', pr.used_exchange), ('sale', pr.used_sale), ('processing', pr.used_processing), ('loss', pr.used_loss)) as u(use, q)
      where pr.id = any(${ids}) and pr.deleted_at is null and u.q > 0
    union all select id::text, date_trunc('month', recorded_on)::date::text, 'prodvalue', value_baht::float8 from production_record where id = any(${ids}) and deleted_at is null and value_baht is not null`,
  sales_transaction: (ids) => sql`
    select t.id::text as id, date_trunc('month', t.occurred_on)::date::text as month, x.key, x.value from sales_transaction t
      cross join lateral (values ('sales|' || t.channel, coalesce(t.value_baht, 0)::float8), ('salesn|' || t.channel, 1::float8)) as x(key, value)
      where t.id = any(${ids}) and t.deleted_at is null`,
  learning_session: (ids) => sql`
    select ls.id::text as id, date_trunc('month', ls.held_on)::date::text as month, x.key, x.value from learning_session ls
      cross join lateral (values ('sessions', 1::float8), ('attendance', (cardinality(ls.attendee_ids) + ls.outside_participants)::float8)) as x(key, value)
      where ls.id = any(${ids}) and ls.deleted_at is null`,
  advisory_visit: (ids) => sql`
    select id::text as id, date_trunc('month', visited_on)::date::text as month, 'visits' as key, 1::float8 as value from advisory_visit where id = any(${ids}) and deleted_at is null`,
  lecturer_training: (ids) => sql`
    select lt.id::text as id, date_trunc('month', lt.trained_on)::date::text as month, x.key, x.value from lecturer_training lt
      cross join lateral (values ('trainings', 1::float8), ('traininghours', lt.hours::float8)) as x(key, value)
      where lt.id = any(${ids}) and lt.deleted_at is null`,
};

export type Contribution = { month: string; key: string; value: number }[];

/** What a record adds to the monthly figures now (nothing once deleted). */
export async function contributionOf(tx: Executor, table: string, id: string): Promise<Contribution> {
  const query = CONTRIBUTIONS[table];
  if (!query) throw new Error(`no monthly figures for ${table}`);
  return rowsOf<{ month: string; key: string; value: number }>(await tx.execute(query(sql`array[${id}::uuid]`))).map((r) => ({ month: r.month, key: r.key, value: Number(r.value) }));
}

/** Locks a record's row (with the version read) before its contribution is taken: null when that version is gone. */
export async function lockRecord(tx: Executor, table: string, id: string, version: number): Promise<boolean> {
  return rowsOf(await tx.execute(sql`select 1 from ${sql.identifier(table)} where id = ${id} and version = ${version} and deleted_at is null for update`)).length > 0;
}

/** Slots tried before a writer waits (ADR 0024): as many writers of one group at once as this do not queue. */
const SLOTS = 16;

/**
 * Moves a group's monthly figures, and its province's (per cohort and over all), by the difference a write made
 * (`after` − `before`, each a record's contribution) — in the caller's transaction, so the
 * figures always agree with the records.
 *
 * The hot row (issue 16): every write of a group used to rewrite the same rows, so one group's
 * writes queued one behind the other (and every group of a province behind one province row).
 * Now each transaction adds its difference into a slot of its own — the first of 16 whose
 * transaction-scoped advisory lock it gets, 0 when it writes alone — so simultaneous writers of
 * one group or province add to different rows; a figure is the sum over its slots. The sums are
 * exact whatever the slot (the lock only spreads the writers); with every slot taken a writer
 * shares slot 0 and waits its turn, as before.
 */
export async function addGroupMonths(tx: Executor, group: { id: string; tambonCode: string; cohortYear: number }, before: Contribution, after: Contribution): Promise<void> {
  const delta = new Map<string, number>();
  for (const r of after) delta.set(`${r.month}\u0000${r.key}`, (delta.get(`${r.month}\u0000${r.key}`) ?? 0) + r.value);
  for (const r of before) delta.set(`${r.month}\u0000${r.key}`, (delta.get(`${r.month}\u0000${r.key}`) ?? 0) - r.value);
  // A key a record brings with 0 (a sale without a value) is kept, as a recomputation would.
  const changes = [...delta].filter(([k, d]) => Math.abs(d) > 1e-9 || (!before.length && after.some((r) => `${r.month}\u0000${r.key}` === k)));
  if (!changes.length) return;
  const province = group.tambonCode.slice(0, 2);
  const months = changes.map(([mk]) => mk.split('\u0000')[0]!);
  const keys = changes.map(([mk]) => mk.split('\u0000')[1]!);
  const values = changes.map(([, d]) => d);
  await upsertFigures(tx, sql`select ${group.id}::uuid as group_id, ${province}::text as province, ${group.cohortYear}::int as cohort, m::date as month, k as key, v as value
      from unnest(${sql.param(months)}::text[], ${sql.param(keys)}::text[], ${sql.param(values)}::float8[]) as u(m, k, v)`);
  // Figures that came down to nothing go (only where something was taken away).
  if (values.some((v) => v < 0)) {
    await tx.execute(sql`
      with g as (delete from group_month_stat where group_id = ${group.id} and month = any(${sql.param(months)}::date[]) and key = any(${sql.param(keys)}::text[]) and abs(value) < 0.0005),
      t as (delete from province_month_total where province_code = ${province} and month = any(${sql.param(months)}::date[]) and key = any(${sql.param(keys)}::text[]) and abs(value) < 0.0005)
      delete from province_month_stat where province_code = ${province} and cohort_year = ${group.cohortYear} and month = any(${sql.param(months)}::date[]) and key = any(${sql.param(keys)}::text[])
        and abs(value) < 0.0005`);
  }
}

/**
 * What records just created add to their groups' and provinces' figures, taken from the records
 * in the statement that adds it (the sync push's batch: one statement, no round trip for the
 * contributions). A new record brings every key it has, 0 too — as `addGroupMonths` with
 * nothing before.
 */
export async function addFiguresOfCreated(tx: Executor, table: string, ids: string[]): Promise<void> {
  const query = CONTRIBUTIONS[table];
  if (!query) throw new Error(`no monthly figures for ${table}`);
  if (!ids.length) return;
  await upsertFigures(tx, sql`select r.group_id, left(g.tambon_code, 2) as province, g.cohort_year as cohort, c.month::date as month, c.key, sum(c.value) as value
      from (${query(sql`${sql.param(ids)}::uuid[]`)}) c join ${sql.identifier(table)} r on r.id = c.id::uuid join model_group g on g.id = r.group_id
      group by 1, 2, 3, 4, 5`);
}

/**
 * Adds `rows` (group_id, province, cohort, month, key, value; one row per group, month and key)
 * to the group's figures and the province's sums, each into the slot this transaction holds (ADR
 * 0024), in key order.
 */
async function upsertFigures(tx: Executor, rows: SQL): Promise<void> {
  const slotOf = (key: SQL) => sql`coalesce((select s from generate_series(0, ${SLOTS - 1}) s where pg_try_advisory_xact_lock(hashtext(${key}), s) limit 1), 0)::smallint`;
  await tx.execute(sql`
    with d as materialized (${rows}),
    gs as (select group_id, ${slotOf(sql`'group_month_stat:' || group_id::text`)} as slot from (select distinct group_id from d order by 1) x),
    ps as (select province, cohort, ${slotOf(sql`'province_month_stat:' || province || ':' || cohort::text`)} as slot from (select distinct province, cohort from d order by 1, 2) x),
    ts as (select province, ${slotOf(sql`'province_month_total:' || province`)} as slot from (select distinct province from d order by 1) x),
    g as (
      insert into group_month_stat (group_id, month, key, slot, value) select d.group_id, d.month, d.key, gs.slot, d.value from d join gs using (group_id) order by 1, 2, 3
      on conflict (group_id, month, key, slot) do update set value = group_month_stat.value + excluded.value),
    t as (
      insert into province_month_total (province_code, month, key, slot, value) select d.province, d.month, d.key, ts.slot, sum(d.value) from d join ts using (province) group by 1, 2, 3, 4 order by 1, 2, 3
      on conflict (province_code, month, key, slot) do update set value = province_month_total.value + excluded.value)
    insert into province_month_stat (province_code, cohort_year, month, key, slot, value) select d.province, d.cohort, d.month, d.key, ps.slot, sum(d.value) from d join ps using (province, cohort) group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4
    on conflict (province_code, cohort_year, month, key, slot) do update set value = province_month_stat.value + excluded.value`);
}
