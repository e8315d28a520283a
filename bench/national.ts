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
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../apps/api/src/db/client';
import { benchApp, benchDatabase, fmt, pct, prepare, signIn, time } from './lib';

const RECORDS = Number(process.env.RECORDS ?? 5_000_000);

async function step(label: string, fn: () => Promise<unknown>) {
  const [, ms] = await time(fn);
  console.log(`  ${label}: ${fmt(ms)}`);
}

async function main() {
  const bench = await benchDatabase({ requirePostgres: true, reuse: process.env.BENCH_DB, keep: !!process.env.KEEP });
  try {
    if (bench.fresh) await build(bench.database);
    await measure(bench.database);
  } finally {
    await bench.close();
  }
}

async function build(database: Database) {
  const db = database.db;
  await prepare(database);
  console.log(`building ${RECORDS.toLocaleString()} records:`);
  await step('4,009 groups, 64,144 farmers, selection, members, presidents, plans', async () => {
    await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
      select gen_random_uuid(), 'กลุ่มเกษตรทฤษฎีใหม่ตำบล' || name_th, code, 2565 + (n % 5), make_date((2022 + (n % 5))::int, 7, 1), make_date((2022 + (n % 5))::int, 7, 1)
      from (select code, name_th, row_number() over (order by code) - 1 as n from geo_unit where level = 'tambon' and active order by md5(code) limit 4009) t`);
    await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug)
      select gen_random_uuid(), (3100000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', g.tambon_code, true
      from model_group g cross join generate_series(1, 16) i`);
    await db.execute(sql`insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, same_products, shared_ideas, ready_and_able, proposal, decision, decided_at)
      select gen_random_uuid(), g.cohort_year, f.tambon_code, f.id, true, true, true, true, 'proposed', 'selected', g.created_at - interval '20 days'
      from farmer f join model_group g on g.tambon_code = f.tambon_code`);
    await db.execute(sql`insert into group_member (group_id, farmer_id) select g.id, f.id from farmer f join model_group g on g.tambon_code = f.tambon_code`);
    await db.execute(sql`insert into group_committee (group_id, farmer_id, role, seat, assigned_at)
      select distinct on (m.group_id) m.group_id, m.farmer_id, 'president', 1, g.created_at from group_member m join model_group g on g.id = m.group_id order by m.group_id, m.farmer_id`);
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
    `gen_random_uuid(), g.ids[1 + i % 4009], g.f[1 + i % 4009] + ((i::bigint * 7919) % (current_date - g.f[1 + i % 4009] + 1))::int, 'morning_glory', 'ผักบุ้ง', 'kg', 1 + (i % 50)`)));
  await step(`${(RECORDS - half).toLocaleString()} sales and exchanges`, () => db.execute(series('sales_transaction', RECORDS - half,
    'id, group_id, occurred_on, product_code, product_name, unit, quantity, unit_price, value_baht, channel',
    `gen_random_uuid(), g.ids[1 + i % 4009], g.f[1 + i % 4009] + ((i::bigint * 7919) % (current_date - g.f[1 + i % 4009] + 1))::int, 'morning_glory', 'ผักบุ้ง', 'kg', 1 + (i % 50), 25, 25 * (1 + (i % 50)), (array['local_market','farmers_market','exchange_in_group','community_buyer'])[1 + i % 4]`)));
  await step('40,090 learning sessions, 12,027 outlets', async () => {
    await db.execute(series('learning_session', 40_090, 'id, group_id, held_on, topic', `gen_random_uuid(), g.ids[1 + i % 4009], g.f[1 + i % 4009] + ((i::bigint * 7919) % (current_date - g.f[1 + i % 4009] + 1))::int, 'การทำปุ๋ยหมัก'`));
    await db.execute(series('outlet', 12_027, 'id, group_id, type, name, surveyed_on', `gen_random_uuid(), g.ids[1 + i % 4009], 'shop', 'ร้านค้าชุมชน', g.f[1 + i % 4009] + ((i::bigint * 7919) % (current_date - g.f[1 + i % 4009] + 1))::int`));
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
  });
  await step('analyze', () => db.execute(sql`analyze`));
  const counts = rowsOf<{ p: number; t: number }>(await db.execute(sql`select (select count(*) from production_record)::int as p, (select count(*) from sales_transaction)::int as t`))[0]!;
  console.log(`records: ${Number(counts.p).toLocaleString()} production, ${Number(counts.t).toLocaleString()} sales and exchanges`);
}

async function measure(database: Database) {
  const db = database.db;
  const app = await benchApp(database);
  const cookieOf = async (username: string) => (await signIn(app, username)).cookie;
  const cookies = { admin: await cookieOf('demo-admin'), province: await cookieOf('demo-province-40'), ministry: await cookieOf('demo-ministry') };
  const get = async (path: string, who: keyof typeof cookies = 'admin') => {
    const [res, ms] = await time(() => app.inject({ method: 'GET', url: path, headers: { cookie: cookies[who] } }));
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return { ms, body: res.json() };
  };
  const group = rowsOf<{ id: string }>(await db.execute(sql`select group_id as id from production_record group by 1 order by count(*) desc limit 1`))[0]!.id;
  const lastMonth = (() => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - 1);
    return d.toISOString().slice(0, 7);
  })();
  for (const [label, path, who] of [
    ['progress, whole country (all cohorts)', '/api/progress', 'admin'],
    ['progress, province 40', '/api/progress?unit=40', 'admin'],
    ['progress, whole country, overdue only', '/api/progress?overdue=true', 'admin'],
    ['group timeline (200 newest)', `/api/groups/${group}/timeline`, 'admin'],
    [`province 40 drafts its report for ${lastMonth}`, `/api/reports?unit=40&period=${lastMonth}`, 'province'],
    ['national dashboard (ministry, all cohorts)', '/api/dashboard', 'ministry'],
    ['national dashboard, cohort 2569', '/api/dashboard?cohort=2569', 'ministry'],
    ['province 40 dashboard with its districts', '/api/dashboard?unit=40', 'ministry'],
  ] as const) {
    const first = await get(path, who);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) times.push((await get(path, who)).ms);
    const size = first.body.groups ? `${first.body.groups.length} groups` : first.body.items ? `${first.body.items.length} items` : first.body.reports ? `${first.body.reports.length} report` : `${first.body.byProvince.length} provinces`;
    console.log(`${label}: ${size}; first ${fmt(first.ms)}, p50 ${fmt(pct(times, 50))}, p95 ${fmt(pct(times, 95))}, max ${fmt(Math.max(...times))}`);
  }
  await app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
