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

/** What some records add to the monthly figures now, by record id (nothing once deleted): one query for them all. */
export async function contributionsOf(tx: Executor, table: string, ids: string[]): Promise<Map<string, Contribution>> {
  const query = CONTRIBUTIONS[table];
  if (!query) throw new Error(`no monthly figures for ${table}`);
  // Keyed by the id as PostgreSQL prints it (lower case).
  const out = new Map<string, Contribution>(ids.map((id) => [id.toLowerCase(), []]));
  if (!ids.length) return out;
  const rows = rowsOf<{ id: string; month: string; key: string; value: number }>(await tx.execute(query(sql`${sql.param(ids)}::uuid[]`)));
  for (const r of rows) out.get(r.id)?.push({ month: r.month, key: r.key, value: Number(r.value) });
  return out;
}

/** What a record adds to the monthly figures now (nothing once deleted). */
export async function contributionOf(tx: Executor, table: string, id: string): Promise<Contribution> {
  return (await contributionsOf(tx, table, [id])).get(id.toLowerCase())!;
}

/** Locks a record's row (with the version read) before its contribution is taken: null when that version is gone. */
export async function lockRecord(tx: Executor, table: string, id: string, version: number): Promise<boolean> {
  return rowsOf(await tx.execute(sql`select 1 from ${sql.identifier(table)} where id = ${id} and version = ${version} and deleted_at is null for update`)).length > 0;
}

/** Slots tried before a writer waits (ADR 0024): as many writers of one group at once as this do not queue. */
const SLOTS = 16;

/** A group as its monthly figures need it: its province (the first two digits of its tambon) and cohort. */
export interface FigureGroup {
  id: string;
  tambonCode: string;
  cohortYear: number;
}

/** One write's change to a group's figures: what the record added before and adds after (each a contribution). */
export interface FigureChange {
  group: FigureGroup;
  before: Contribution;
  after: Contribution;
}

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
export async function addGroupMonths(tx: Executor, group: FigureGroup, before: Contribution, after: Contribution): Promise<void> {
  await addFigureChanges(tx, [{ group, before, after }]);
}

/**
 * Many writes' changes at once (the sync push's batch, ADR 0020): summed per group, month and key,
 * and per province, in one statement — each group-month row and province row touched once, in
 * key order (so two batches lock shared rows in the same order). The figures come out as the writes
 * one by one would leave them.
 */
export async function addFigureChanges(tx: Executor, changes: FigureChange[]): Promise<void> {
  const rows = new Map<string, { group: FigureGroup; month: string; key: string; delta: number; brought: boolean }>();
  const negative = new Set<string>();
  for (const { group, before, after } of changes) {
    // A key a new record brings with 0 (a sale without a value) is kept, as a recomputation would.
    const add = (r: { month: string; key: string }, v: number, brought: boolean) => {
      const k = `${group.id}\u0000${r.month}\u0000${r.key}`;
      const row = rows.get(k) ?? { group, month: r.month, key: r.key, delta: 0, brought: false };
      row.delta += v;
      row.brought ||= brought;
      rows.set(k, row);
    };
    for (const r of after) add(r, r.value, !before.length);
    for (const r of before) add(r, -r.value, false);
  }
  const moved = [...rows.values()].filter((r) => Math.abs(r.delta) > 1e-9 || r.brought).sort((a, b) => (a.group.id < b.group.id ? -1 : a.group.id > b.group.id ? 1 : 0));
  if (!moved.length) return;
  for (const r of moved) if (r.delta < 0) negative.add(r.group.id);
  const col = <T>(f: (r: (typeof moved)[number]) => T) => sql.param(moved.map(f));
  const slotOf = (key: SQL) => sql`coalesce((select s from generate_series(0, ${SLOTS - 1}) s where pg_try_advisory_xact_lock(hashtext(${key}), s) limit 1), 0)::smallint`;
  const d = sql`d as (select g as group_id, left(t, 2) as province, c as cohort, m::date as month, k as key, v as value
      from unnest(${col((r) => r.group.id)}::uuid[], ${col((r) => r.group.tambonCode)}::text[], ${col((r) => r.group.cohortYear)}::int[], ${col((r) => r.month)}::text[], ${col((r) => r.key)}::text[], ${col((r) => r.delta)}::float8[]) as u(g, t, c, m, k, v))`;
  await tx.execute(sql`
    with ${d},
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
  if (!negative.size) return;
  // Figures that came down to nothing go (only where a write took something away): the months
  // and keys that write's group moved, in the group and in its province.
  const shrunk = moved.filter((r) => negative.has(r.group.id));
  const cols = <T>(f: (r: (typeof moved)[number]) => T) => sql.param(shrunk.map(f));
  await tx.execute(sql`
    with d as (select g as group_id, left(t, 2) as province, c as cohort, m::date as month, k as key
      from unnest(${cols((r) => r.group.id)}::uuid[], ${cols((r) => r.group.tambonCode)}::text[], ${cols((r) => r.group.cohortYear)}::int[], ${cols((r) => r.month)}::text[], ${cols((r) => r.key)}::text[]) as u(g, t, c, m, k)),
    bg as (select group_id, province, cohort, array_agg(month) as months, array_agg(key) as keys from d group by 1, 2, 3),
    g as (delete from group_month_stat s using bg where s.group_id = bg.group_id and s.month = any(bg.months) and s.key = any(bg.keys) and abs(s.value) < 0.0005),
    t as (delete from province_month_total s using bg where s.province_code = bg.province and s.month = any(bg.months) and s.key = any(bg.keys) and abs(s.value) < 0.0005)
    delete from province_month_stat s using bg where s.province_code = bg.province and s.cohort_year = bg.cohort and s.month = any(bg.months) and s.key = any(bg.keys)
      and abs(s.value) < 0.0005`);
}
