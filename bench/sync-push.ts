/**
 * The offline app's push (issue #12, docs/adr/0020), on PostgreSQL:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/sync-push.ts
 * (in bash, `env GROUPS=…`: a plain `GROUPS=…` prefix sets bash's own variable, not the script's)
 * Builds GROUPS model groups (members, founded 2025) in bulk SQL, then writes ITEMS production
 * records over them three ways, each on fresh ids, in the same run and through the same driver
 * (node-postgres, drizzle):
 *   1. POST /api/sync/push in batches of BATCH items from phones of PER_PHONE groups each, LANES
 *      pushing at once (app.inject: server time, no network) — validation, scope, audit row,
 *      step facts and monthly figures;
 *   2. the same rows with SQL, one transaction per row (BEGIN; INSERT; COMMIT), LANES at once;
 *   3. the same rows in one set-based INSERT (the physical floor).
 * All three fire the sync_change trigger (it is part of the table). Checks afterwards that every
 * item is on the server once and the monthly figures agree with the records.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../apps/api/src/db/client';
import { benchApp, benchDatabase, fmt, prepare, signIn, time } from './lib';

const ITEMS = Number(process.env.ITEMS ?? 10_000);
const GROUPS = Number(process.env.GROUPS ?? 200);
const BATCH = Number(process.env.BATCH ?? 500);
const LANES = Number(process.env.LANES ?? 4);
/** Groups per phone (a district officer's groups). */
const PER_PHONE = Number(process.env.PER_PHONE ?? 10);
const PRODUCTS = ['morning_glory', 'egg_chicken', 'ผักบุ้ง', 'ข้าวหอมมะลิ'];
const UNITS: Record<string, string> = { morning_glory: 'kg', egg_chicken: 'tray', 'ผักบุ้ง': 'kg', 'ข้าวหอมมะลิ': 'kg' };

interface Row { id: string; groupId: string; farmerId: string; date: string; product: string; unit: string; quantity: number; sale: number }

function rows(groups: { id: string; members: string[] }[]): Row[] {
  return Array.from({ length: ITEMS }, (_, i) => {
    const g = groups[i % groups.length]!;
    const product = PRODUCTS[i % PRODUCTS.length]!;
    const month = 1 + (i % 11);
    return { id: randomUUID(), groupId: g.id, farmerId: g.members[i % g.members.length]!, date: `2026-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, product, unit: UNITS[product]!, quantity: 3 + (i % 40), sale: i % 3 };
  });
}

/** Runs `jobs` with `lanes` at a time. */
async function inLanes<T>(jobs: T[], lanes: number, run: (job: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < jobs.length) await run(jobs[next++]!);
  }));
}

async function main() {
  const bench = await benchDatabase({ requirePostgres: true });
  const db = bench.database.db;
  try {
    await prepare(bench.database);
    await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
      select gen_random_uuid(), 'กลุ่ม' || name_th, code, 2569, date '2025-01-01', timestamptz '2025-01-01' from geo_unit where level = 'tambon' and active order by code limit ${GROUPS}`);
    await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug)
      select gen_random_uuid(), (3200000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', g.tambon_code, true from model_group g cross join generate_series(1, 8) i`);
    await db.execute(sql`insert into group_member (group_id, farmer_id, joined_on) select g.id, f.id, date '2025-01-01' from farmer f join model_group g on g.tambon_code = f.tambon_code`);
    const groups = rowsOf<{ id: string; members: string[] }>(await db.execute(sql`select group_id as id, array_agg(farmer_id::text) as members from group_member group by group_id`));
    console.log(`PostgreSQL: ${groups.length} groups × 8 members; ${ITEMS.toLocaleString()} production items per way; ${Math.ceil(groups.length / PER_PHONE)} phones of ${PER_PHONE} groups, batches of ≤ ${BATCH}; ${LANES} at once`);

    const app = await benchApp(bench.database);
    const { cookie, csrf } = await signIn(app, 'demo-admin');
    const push = (items: unknown[]) => app.inject({ method: 'POST', url: '/api/sync/push', headers: { cookie, 'x-csrf-token': csrf }, payload: { items } });
    await push(rows(groups).slice(0, 20).map((r) => item(r))); // warm-up

    // 1. The sync push.
    // Each phone is an officer of PER_PHONE groups: its outbox holds their items, sent BATCH at a time.
    const pushed = rows(groups);
    const phones = new Map<number, Row[]>();
    for (const r of pushed) {
      const phone = Math.floor(groups.findIndex((g) => g.id === r.groupId) / PER_PHONE);
      phones.set(phone, [...(phones.get(phone) ?? []), r]);
    }
    const batches: Row[][] = [];
    for (const outbox of phones.values()) for (let i = 0; i < outbox.length; i += BATCH) batches.push(outbox.slice(i, i + BATCH));
    let applied = 0;
    const [, pushMs] = await time(() => inLanes(batches, LANES, async (b) => {
      const res = await push(b.map(item));
      if (res.statusCode !== 200) throw new Error(`push: ${res.statusCode} ${res.body.slice(0, 300)}`);
      const results = res.json().results as { status: string; error?: unknown }[];
      const bad = results.find((r) => r.status !== 'applied');
      if (bad) throw new Error(`push: ${JSON.stringify(bad)}`);
      applied += results.length;
    }));
    const pushRate = ITEMS / (pushMs / 1000);
    console.log(`1. sync push: ${applied.toLocaleString()} items in ${fmt(pushMs)} = ${Math.round(pushRate).toLocaleString()} items/s`);

    await checkPushed(db, pushed.map((r) => r.id));

    // 2. The same rows with SQL, one transaction per row.
    const perRow = rows(groups);
    const [, rowMs] = await time(() => inLanes(perRow, LANES, async (r) => {
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into production_record (id, group_id, farmer_id, recorded_on, period, product_code, product_name, unit, quantity, used_sale)
          values (${r.id}, ${r.groupId}, ${r.farmerId}, ${r.date}, 'day', ${r.product in UNITS && !/[ก-๙]/.test(r.product) ? r.product : null}, ${r.product}, ${r.unit}, ${r.quantity}, ${r.sale})`);
      });
    }));
    const rowRate = ITEMS / (rowMs / 1000);
    console.log(`2. SQL, one transaction per row: ${fmt(rowMs)} = ${Math.round(rowRate).toLocaleString()} rows/s`);

    // 3. One set-based INSERT.
    const set = rows(groups);
    const [, setMs] = await time(() => db.execute(sql`insert into production_record (id, group_id, farmer_id, recorded_on, period, product_code, product_name, unit, quantity, used_sale)
      select (r->>'id')::uuid, (r->>'groupId')::uuid, (r->>'farmerId')::uuid, (r->>'date')::date, 'day', null, r->>'product', r->>'unit', (r->>'quantity')::numeric, (r->>'sale')::numeric
      from jsonb_array_elements(${JSON.stringify(set)}::jsonb) r`));
    const setRate = ITEMS / (setMs / 1000);
    console.log(`3. one set-based INSERT: ${fmt(setMs)} = ${Math.round(setRate).toLocaleString()} rows/s`);
    console.log(`push / per-row SQL = ${(pushRate / rowRate).toFixed(2)}; targets: ≥ 2,000 items/s ${pushRate >= 2000 ? 'met' : 'MISSED'}, ≥ 0.5 × per-row SQL ${pushRate >= rowRate / 2 ? 'met' : 'MISSED'}`);

    await app.close();
  } finally {
    await bench.close();
  }
}

/**
 * Every pushed item stored once with one audit row, and what the writes keep beside the records
 * as the records say: each group-month's figures (group and province sums), each group's first
 * production date (step facts), and its group_progress row (recomputed from scratch in a
 * transaction that is rolled back, then compared).
 */
async function checkPushed(db: Awaited<ReturnType<typeof benchDatabase>>['database']['db'], ids: string[]) {
  const [{ n, audits }] = rowsOf<{ n: number; audits: number }>(await db.execute(sql`select
    (select count(*) from production_record where id = any(${sql.param(ids)}::uuid[]))::int as n,
    (select count(*) from audit_log where verb = 'production.create' and target_id = any(${sql.param(ids)}))::int as audits`)) as [{ n: number; audits: number }];
  const [{ drift, provinceDrift, factDrift }] = rowsOf<{ drift: number; provinceDrift: number; factDrift: number }>(await db.execute(sql`
    with r as (select group_id, date_trunc('month', recorded_on)::date as month, sum(quantity)::float8 as q from production_record where deleted_at is null group by 1, 2),
    s as (select group_id, month, sum(value)::float8 as q from group_month_stat where key like 'prod|%|total' group by 1, 2),
    pr as (select left(g.tambon_code, 2) as province, g.cohort_year as cohort, r.month, sum(r.q) as q from r join model_group g on g.id = r.group_id group by 1, 2, 3),
    ps as (select province_code as province, cohort_year as cohort, month, sum(value)::float8 as q from province_month_stat where key like 'prod|%|total' group by 1, 2, 3),
    f as (select g.id, (select min(recorded_on) from production_record p where p.group_id = g.id and p.deleted_at is null) as first,
      (select first_on from group_step_fact x where x.group_id = g.id and x.fact = 'production') as fact from model_group g)
    select (select count(*) from r full join s using (group_id, month) where abs(coalesce(r.q, 0) - coalesce(s.q, 0)) > 1e-6 or (r.q is null) <> (s.q is null))::int as drift,
      (select count(*) from pr full join ps using (province, cohort, month) where abs(coalesce(pr.q, 0) - coalesce(ps.q, 0)) > 1e-6)::int as "provinceDrift",
      (select count(*) from f where first is distinct from fact)::int as "factDrift"`)) as [{ drift: number; provinceDrift: number; factDrift: number }];
  let progressDrift = -1;
  await db.transaction(async (tx) => {
    await tx.execute(sql`create temp table progress_before on commit drop as select * from group_progress`);
    await tx.execute(sql`select ntag_refresh_group_progress(array(select id from model_group))`);
    [{ d: progressDrift }] = rowsOf<{ d: number }>(await tx.execute(sql`select count(*)::int as d from
      ((select * from group_progress except select * from progress_before) union all (select * from progress_before except select * from group_progress)) x`)) as [{ d: number }];
    tx.rollback(); // the recomputation was only to compare
  }).catch((err: unknown) => {
    if (!(err instanceof Error && err.message === 'Rollback')) throw err;
  });
  console.log(`   check: ${Number(n).toLocaleString()} of ${ids.length.toLocaleString()} pushed items stored once, ${Number(audits).toLocaleString()} audit rows; differing from the records: group-months ${drift}, province-months ${provinceDrift}, first dates ${factDrift}, group_progress rows ${progressDrift}`);
  if (n !== ids.length || audits !== ids.length || drift || provinceDrift || factDrift || progressDrift) throw new Error('the push left something that disagrees with its records');
}

const item = (r: Row) => ({ id: r.id, kind: 'production', body: { groupId: r.groupId, farmerId: r.farmerId, date: r.date, product: r.product, unit: r.unit, quantity: r.quantity, uses: { sale: r.sale } } });

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
