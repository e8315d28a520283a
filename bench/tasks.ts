/**
 * The home page's to-do at national size (issue 15), on PostgreSQL:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/tasks.ts
 * Builds a fresh database with 4,009 groups (as bench/national.ts: tambons over all 77 provinces,
 * cohorts 2565–2569, 16 selected members each) and five candidates proposed and waiting for a
 * decision in every other tambon (3,427 tambons, 17,135 candidates), then times GET /api/tasks (50 requests each through
 * app.inject, server time) for every demo persona. Drops its database at the end.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../apps/api/src/db/client';
import { benchApp, benchDatabase, fmt, pct, prepare, signIn, time } from './lib';

async function build(database: Database) {
  const db = database.db;
  await prepare(database);
  const [, ms] = await time(async () => {
    await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
      select gen_random_uuid(), 'กลุ่มเกษตรทฤษฎีใหม่ตำบล' || name_th, code, 2565 + (n % 5), make_date((2022 + (n % 5))::int, 7, 1), make_date((2022 + (n % 5))::int, 7, 1)
      from (select code, name_th, row_number() over (order by code) - 1 as n from geo_unit where level = 'tambon' and active order by md5(code) limit 4009) t`);
    await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug)
      select gen_random_uuid(), (3100000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', g.tambon_code, true
      from model_group g cross join generate_series(1, 16) i`);
    await db.execute(sql`insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, same_products, shared_ideas, ready_and_able, proposal, decision, decided_at)
      select gen_random_uuid(), g.cohort_year, f.tambon_code, f.id, true, true, true, true, 'proposed', 'selected', g.created_at - interval '20 days'
      from farmer f join model_group g on g.tambon_code = f.tambon_code`);
    await db.execute(sql`insert into group_member (group_id, farmer_id, joined_on) select g.id, f.id, g.founded_on from farmer f join model_group g on g.tambon_code = f.tambon_code`);
    // Waiting candidates: 5 in each tambon without a group (3,427), cohort 2569.
    await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug)
      select gen_random_uuid(), (3200000000000 + row_number() over ())::text, 'ผู้สมัคร' || i, 'รอตัดสิน', t.code, true
      from (select code from geo_unit where level = 'tambon' and active and code not in (select tambon_code from model_group) order by code limit 8000) t
      cross join generate_series(1, 5) i`);
    await db.execute(sql`insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, same_products, shared_ideas, ready_and_able, proposal)
      select gen_random_uuid(), 2569, f.tambon_code, f.id, true, true, true, true, 'proposed' from farmer f where f.last_name = 'รอตัดสิน'`);
    await db.execute(sql`analyze`);
  });
  console.log(`built 4,009 groups, 64,144 members, the waiting candidates in ${fmt(ms)}`);
}

async function main() {
  const bench = await benchDatabase({ requirePostgres: true });
  try {
    await build(bench.database);
    const app = await benchApp(bench.database);
    for (const user of ['demo-admin', 'demo-ministry', 'demo-agency-ne', 'demo-province-40', 'demo-district-4001', 'demo-tambon-400101']) {
      const { cookie } = await signIn(app, user);
      const get = () => time(() => app.inject({ method: 'GET', url: '/api/tasks', headers: { cookie } }));
      const [first, firstMs] = await get();
      if (first.statusCode !== 200) throw new Error(`${user}: ${first.statusCode} ${first.body.slice(0, 200)}`);
      const times: number[] = [];
      for (let i = 0; i < 50; i++) times.push((await get())[1]);
      const items = (first.json() as { items: { kind: string; count: number }[] }).items.map((i) => `${i.kind}=${i.count}`).join(' ');
      console.log(`${user}: first ${fmt(firstMs)}, p50 ${fmt(pct(times, 50))}, p95 ${fmt(pct(times, 95))}, max ${fmt(Math.max(...times))} — ${items}`);
    }
    await app.close();
  } finally {
    await bench.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
