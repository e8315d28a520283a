/**
 * National benchmark (issues #4 and #5), on PostgreSQL:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/national.ts
 * Builds a fresh database with 4,009 groups of 16 members (64,144 farmers) in tambons spread over
 * all 77 provinces, over the 2565–2569 cohorts, and RECORDS (default 5,000,000) production and
 * sales records over five years, plus learning sessions, outlets, centres and enterprises, with
 * the step facts and monthly figures the record writes keep (built here in bulk); then times,
 * 50 requests each through app.inject (server time, no network): the progress table for the country and one province, a group's
 * timeline, drafting a province's monthly report, and the national and a province's dashboard.
 * Drops its database at the end, unless KEEP=1 (it prints the name); BENCH_DB=<name> measures
 * a database kept before instead of building one.
 *
 * Issue 16: SCALE=n multiplies everything (SCALE=10: 40,090 groups over repeated cohorts
 * 2565–2574, 641,440 farmers, 50,000,000 records); each request prints its answer's size, its
 * server time and the time of the SQL statements it ran, replayed alone on one connection in the
 * same run (their sum), and the ratio of the two. The build prints its time and the database size.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { rowsOf, type Database } from '../apps/api/src/db/client';
import { databaseUrl } from '../apps/api/test/support/template';
import { benchApp, benchDatabase, fmt, pct, prepare, signIn, time } from './lib';

const SCALE = Number(process.env.SCALE ?? 1);
const RECORDS = Number(process.env.RECORDS ?? 5_000_000 * SCALE);
const GROUPS = 4009 * SCALE;
/** Cohorts the groups spread over: the seeded five, more when there are more groups than tambons × 5. */
const COHORTS = SCALE > 1 ? 10 : 5;
const RUNS = Number(process.env.RUNS ?? 50);

async function step(label: string, fn: () => Promise<unknown>) {
  const [, ms] = await time(fn);
  console.log(`  ${label}: ${fmt(ms)}`);
}

async function main() {
  const bench = await benchDatabase({ requirePostgres: true, reuse: process.env.BENCH_DB, keep: !!process.env.KEEP });
  try {
    if (bench.fresh) {
      const [, ms] = await time(() => build(bench.database));
      console.log(`build: ${fmt(ms)}`);
    }
    const size = rowsOf<{ s: string }>(await bench.database.db.execute(sql`select pg_size_pretty(pg_database_size(current_database())) as s`))[0]!.s;
    console.log(`database size: ${size}`);
    await measure(bench.database);
  } finally {
    await bench.close();
  }
}

async function build(database: Database) {
  const db = database.db;
  await prepare(database);
  console.log(`building ${RECORDS.toLocaleString()} records:`);
  await step(`${GROUPS.toLocaleString()} groups, ${(GROUPS * 16).toLocaleString()} farmers, selection, members, presidents, plans`, async () => {
    if (COHORTS > 5) {
      // More cohorts, each with the 2569 calendar moved on by its years.
      await db.execute(sql`insert into cohort (year_be, tambon_target) select y, 788 from generate_series(2570, ${2564 + COHORTS}) y on conflict do nothing`);
      await db.execute(sql`insert into step_schedule (cohort_year, step_number, starts_on, due_on)
        select y, s.step_number, s.starts_on + make_interval(years => y - 2569), s.due_on + make_interval(years => y - 2569)
        from step_schedule s, generate_series(2570, ${2564 + COHORTS}) y where s.cohort_year = 2569 on conflict do nothing`);
    }
    // Tambons × cohorts in a fixed random order: each group its own (tambon, cohort).
    await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
      select gen_random_uuid(), 'กลุ่มเกษตรทฤษฎีใหม่ตำบล' || name_th, code, cohort, make_date((2022 + (n % 5))::int, 7, 1), make_date((2022 + (n % 5))::int, 7, 1)
      from (select code, name_th, c as cohort, row_number() over (order by md5(code || c)) - 1 as n
            from geo_unit, generate_series(2565, ${2564 + COHORTS}) c where level = 'tambon' and active order by md5(code || c) limit ${GROUPS}) t`);
    await db.execute(sql`create temp table bench_member as select g.id as group_id, gen_random_uuid() as farmer_id, i, g.tambon_code, g.cohort_year, g.created_at from model_group g cross join generate_series(1, 16) i`);
    await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug)
      select farmer_id, (3100000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', tambon_code, true from bench_member`);
    await db.execute(sql`insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, same_products, shared_ideas, ready_and_able, proposal, decision, decided_at)
      select gen_random_uuid(), cohort_year, tambon_code, farmer_id, true, true, true, true, 'proposed', 'selected', created_at - interval '20 days' from bench_member`);
    await db.execute(sql`insert into group_member (group_id, farmer_id, joined_on) select group_id, farmer_id, created_at::date from bench_member`);
    await db.execute(sql`insert into group_committee (group_id, farmer_id, role, seat, assigned_at) select group_id, farmer_id, 'president', 1, created_at from bench_member where i = 1`);
    await db.execute(sql`drop table bench_member`);
    await db.execute(sql`insert into group_plan (group_id, cohort_year, created_at) select id, cohort_year, created_at + interval '20 days' from model_group where random() < 0.8`);
    await db.execute(sql`insert into learning_centre (group_id, name, main_lecturer_id, created_at)
      select c.group_id, 'ศูนย์เรียนรู้', c.farmer_id, g.created_at from group_committee c join model_group g on g.id = c.group_id where random() < 0.7`);
    await db.execute(sql`insert into enterprise (group_id, informed_on, registered_on, registration_code)
      select id, founded_on + 120, case when random() < 0.5 then founded_on + 180 end, null from model_group where random() < 0.3`);
    await db.execute(sql`update enterprise e set registration_code = lpad(r.n::text, 12, '0')
      from (select group_id, row_number() over () as n from enterprise where registered_on is not null) r where r.group_id = e.group_id`);
  });
  const series = (table: string, n: number, columns: string, values: string) => sql.raw(`
    with g as (select array_agg(id order by id) as ids, array_agg(founded_on order by id) as f from model_group)
    insert into ${table} (${columns})
    select ${values}
    from generate_series(1, ${n}) i, g`);
  const half = Math.floor(RECORDS / 2);
  await step(`${half.toLocaleString()} production records`, () => db.execute(series('production_record', half,
    'id, group_id, recorded_on, product_code, product_name, unit, quantity',
    `gen_random_uuid(), g.ids[1 + i % ${GROUPS}], g.f[1 + i % ${GROUPS}] + ((i::bigint * 7919) % (current_date - g.f[1 + i % ${GROUPS}] + 1))::int, 'morning_glory', 'ผักบุ้ง', 'kg', 1 + (i % 50)`)));
  await step(`${(RECORDS - half).toLocaleString()} sales and exchanges`, () => db.execute(series('sales_transaction', RECORDS - half,
    'id, group_id, occurred_on, product_code, product_name, unit, quantity, unit_price, value_baht, channel',
    `gen_random_uuid(), g.ids[1 + i % ${GROUPS}], g.f[1 + i % ${GROUPS}] + ((i::bigint * 7919) % (current_date - g.f[1 + i % ${GROUPS}] + 1))::int, 'morning_glory', 'ผักบุ้ง', 'kg', 1 + (i % 50), 25, 25 * (1 + (i % 50)), (array['local_market','farmers_market','exchange_in_group','community_buyer'])[1 + i % 4]`)));
  await step(`${(40_090 * SCALE).toLocaleString()} learning sessions, ${(12_027 * SCALE).toLocaleString()} outlets`, async () => {
    await db.execute(series('learning_session', 40_090 * SCALE, 'id, group_id, held_on, topic', `gen_random_uuid(), g.ids[1 + i % ${GROUPS}], g.f[1 + i % ${GROUPS}] + ((i::bigint * 7919) % (current_date - g.f[1 + i % ${GROUPS}] + 1))::int, 'การทำปุ๋ยหมัก'`));
    await db.execute(series('outlet', 12_027 * SCALE, 'id, group_id, type, name, surveyed_on', `gen_random_uuid(), g.ids[1 + i % ${GROUPS}], 'shop', 'ร้านค้าชุมชน', g.f[1 + i % ${GROUPS}] + ((i::bigint * 7919) % (current_date - g.f[1 + i % ${GROUPS}] + 1))::int`));
  });
  // What the writes keep in step: the first date of each kind of record per group.
  await step('group step facts', () => db.execute(sql`
    insert into group_step_fact (group_id, fact, first_on)
    select group_id, 'production', min(recorded_on) from production_record group by 1
    union all select group_id, 'transaction', min(occurred_on) from sales_transaction group by 1
    union all select group_id, 'session', min(held_on) from learning_session group by 1
    union all select group_id, 'outlet', min(surveyed_on) from outlet group by 1`));
  // What the writes keep in step: the monthly figures of each group and each province.
  await step('monthly figures', async () => {
    await db.execute(sql`insert into group_month_stat (group_id, month, key, value)
      select pr.group_id, date_trunc('month', pr.recorded_on)::date, 'prod|' || coalesce(p.category, 'other') || '|' || pr.unit || '|' || u.use, sum(u.q)
      from production_record pr left join product p on p.code = pr.product_code
      cross join lateral (values ('total', pr.quantity), ('household', pr.used_household), ('exchange', pr.used_exchange), ('sale', pr.used_sale), ('processing', pr.used_processing), ('loss', pr.used_loss)) as u(use, q)
      where u.q > 0 group by 1, 2, 3`);
    await db.execute(sql`insert into group_month_stat (group_id, month, key, value)
      select group_id, date_trunc('month', occurred_on)::date, 'sales|' || channel, coalesce(sum(value_baht), 0) from sales_transaction group by 1, 2, 3
      union all select group_id, date_trunc('month', occurred_on)::date, 'salesn|' || channel, count(*) from sales_transaction group by 1, 2, 3
      union all select group_id, date_trunc('month', held_on)::date, 'sessions', count(*) from learning_session group by 1, 2
      union all select group_id, date_trunc('month', held_on)::date, 'attendance', sum(cardinality(attendee_ids) + outside_participants) from learning_session group by 1, 2`);
    await db.execute(sql`insert into province_month_stat (province_code, cohort_year, month, key, value)
      select substr(g.tambon_code, 1, 2), g.cohort_year, s.month, s.key, sum(s.value) from group_month_stat s join model_group g on g.id = s.group_id group by 1, 2, 3, 4`);
    await db.execute(sql`insert into province_month_total (province_code, month, key, value)
      select province_code, month, key, sum(value) from province_month_stat group by 1, 2, 3`);
  });
  await step('analyze', () => db.execute(sql`analyze`));
  const counts = rowsOf<{ p: number; t: number }>(await db.execute(sql`select (select count(*) from production_record)::int as p, (select count(*) from sales_transaction)::int as t`))[0]!;
  console.log(`records: ${Number(counts.p).toLocaleString()} production, ${Number(counts.t).toLocaleString()} sales and exchanges`);
}

/**
 * The SQL a request runs: pg's Client.query is wrapped while `capture` is set, so the statements
 * (with their parameters) of one request can be replayed alone on a connection of their own.
 */
const captured: { text: string; values?: unknown[] }[] = [];
let capture = false;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (capture) {
    const [q, v] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const values = Array.isArray(v) ? v : typeof q === 'string' ? undefined : q.values;
    captured.push({ text: typeof q === 'string' ? q : q.text, values });
  }
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const LIMITS = { answerKb: 300, p95Ms: SCALE > 1 ? 300 : 100, provinceP95Ms: 100, ratio: 1.5 };

async function measure(database: Database) {
  const db = database.db;
  const app = await benchApp(database);
  const cookieOf = async (username: string) => (await signIn(app, username)).cookie;
  const cookies = { admin: await cookieOf('demo-admin'), province: await cookieOf('demo-province-40'), ministry: await cookieOf('demo-ministry') };
  const get = async (path: string, who: keyof typeof cookies = 'admin') => {
    const [res, ms] = await time(() => app.inject({ method: 'GET', url: path, headers: { cookie: cookies[who] } }));
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return { ms, bytes: res.rawPayload.length, body: res.json() };
  };
  const name = rowsOf<{ d: string }>(await db.execute(sql`select current_database() as d`))[0]!.d;
  const replayer = new pg.Client({ connectionString: databaseUrl(process.env.DATABASE_URL!, name) });
  replayer.on('error', () => {});
  await replayer.connect();
  const group = rowsOf<{ id: string }>(await db.execute(sql`select group_id as id from production_record group by 1 order by count(*) desc limit 1`))[0]!.id;
  const lastMonth = (() => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - 1);
    return d.toISOString().slice(0, 7);
  })();
  const secondPage = (await get('/api/progress')).body.nextCursor as string;
  const results: { label: string; p95: number; kb: number; ratio: number; target: number }[] = [];
  for (const [label, path, who, target] of [
    ['progress, whole country (all cohorts)', '/api/progress', 'admin', LIMITS.p95Ms],
    ['progress, whole country, second page', `/api/progress?cursor=${secondPage}`, 'admin', LIMITS.p95Ms],
    ['progress, whole country, overdue only', '/api/progress?overdue=true', 'admin', LIMITS.p95Ms],
    ['progress, whole country, step 4 not started', '/api/progress?step=4&status=not_started', 'admin', LIMITS.p95Ms],
    ['progress, province 40', '/api/progress?unit=40', 'admin', LIMITS.provinceP95Ms],
    ['progress, district 4001', '/api/progress?unit=4001', 'admin', LIMITS.provinceP95Ms],
    ['group timeline (200 newest)', `/api/groups/${group}/timeline`, 'admin', 0],
    [`province 40 drafts its report for ${lastMonth}`, `/api/reports?unit=40&period=${lastMonth}`, 'province', 0],
    ['national dashboard (ministry, all cohorts)', '/api/dashboard', 'ministry', LIMITS.p95Ms],
    ['national dashboard, cohort 2569', '/api/dashboard?cohort=2569', 'ministry', LIMITS.p95Ms],
    ['province 40 dashboard with its districts', '/api/dashboard?unit=40', 'ministry', LIMITS.provinceP95Ms],
  ] as const) {
    captured.length = 0;
    capture = true;
    const first = await get(path, who);
    capture = false;
    const statements = [...captured];
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await get(path, who)).ms);
    // The same statements alone, one after another on one connection: what the database takes.
    const sqlTimes: number[] = [];
    const each = statements.map(() => [] as number[]);
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      for (const [k, st] of statements.entries()) {
        const u = performance.now();
        await replayer.query(st.text, st.values as unknown[]);
        each[k]!.push(performance.now() - u);
      }
      sqlTimes.push(performance.now() - t);
    }
    // STATEMENTS=1: the three slowest statements of each request.
    if (process.env.STATEMENTS) {
      for (const k of each.map((xs, k) => [pct(xs, 50), k] as const).sort((a, b) => b[0] - a[0]).slice(0, 3).map(([, k]) => k)) {
        console.log(`    ${fmt(pct(each[k]!, 50))}  ${statements[k]!.text.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
    const b = first.body;
    const size = b.groups ? `${b.groups.length} of ${b.matching} groups, ${b.areas.length} areas` : b.items ? `${b.items.length} items` : b.reports ? `${b.reports.length} report` : `${b.byProvince.length} provinces`;
    const kb = first.bytes / 1024;
    const ratio = pct(times, 50) / pct(sqlTimes, 50);
    results.push({ label, p95: pct(times, 95), kb, ratio, target });
    console.log(`${label}: ${size}, ${kb.toFixed(1)} KB; first ${fmt(first.ms)}, p50 ${fmt(pct(times, 50))}, p95 ${fmt(pct(times, 95))}, max ${fmt(Math.max(...times))}; ` +
      `SQL alone (${statements.length} statements) p50 ${fmt(pct(sqlTimes, 50))}, p95 ${fmt(pct(sqlTimes, 95))}; endpoint/SQL ${ratio.toFixed(2)}×`);
  }
  console.log(`\ntargets at ×${SCALE}: p95 under the target, answer under ${LIMITS.answerKb} KB, endpoint ≤ ${LIMITS.ratio}× its SQL (p50)`);
  for (const r of results) {
    const misses = [
      r.target && r.p95 > r.target ? `p95 ${fmt(r.p95)} > ${r.target} ms` : '',
      r.kb > LIMITS.answerKb ? `${r.kb.toFixed(0)} KB > ${LIMITS.answerKb} KB` : '',
      r.target && r.ratio > LIMITS.ratio ? `ratio ${r.ratio.toFixed(2)} > ${LIMITS.ratio}` : '',
    ].filter(Boolean);
    console.log(`  ${misses.length ? 'MISS' : 'ok  '} ${r.label}${misses.length ? `: ${misses.join(', ')}` : ''}`);
  }
  await replayer.end();
  await app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
