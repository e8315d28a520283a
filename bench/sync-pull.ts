/**
 * The offline app's pull (issue #12, docs/adr/0020):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/sync-pull.ts
 *   npx tsx bench/sync-pull.ts            # the same on PGlite
 * Builds, in bulk SQL (the sync_change triggers fire as for any write), the district officer's 20
 * groups in Mueang Khon Kaen (4001; its tambons × cohorts 2568–2569) with 16 members each and a
 * year of records — a production record per member and week, 8 sales per week, 2 learning sessions
 * a month, 5 outlets — plus OTHERS groups elsewhere with the same, which the officer must not get.
 * Then, as demo-district-4001 through app.inject (server time, no network, gzip as a phone asks):
 *   1. the first sync: pulls of LIMIT changes until `more` is false — pages, changes, gzip bytes, time;
 *   2. an incremental pull with nothing new: 100 times, p50 / p95;
 *   3. an incremental pull after one new record in one of the groups.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../apps/api/src/db/client';
import { benchApp, benchDatabase, fmt, pct, prepare, signIn, time } from './lib';

const OTHERS = Number(process.env.OTHERS ?? 80);
const LIMIT = Number(process.env.LIMIT ?? 1000);

async function main() {
  const bench = await benchDatabase();
  const db = bench.database.db;
  try {
    await prepare(bench.database);
    const [, buildMs] = await time(async () => {
      await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
        select gen_random_uuid(), 'กลุ่ม' || t.name_th || ' ' || c.y, t.code, c.y, date '2025-06-01', timestamptz '2025-06-01'
        from (select code, name_th from geo_unit where level = 'tambon' and active and code like '4001%' order by code limit 10) t cross join (values (2568), (2569)) c(y)`);
      await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
        select gen_random_uuid(), 'กลุ่ม' || name_th, code, 2569, date '2025-06-01', timestamptz '2025-06-01'
        from geo_unit where level = 'tambon' and active and code not like '4001%' order by md5(code) limit ${OTHERS}`);
      // Two groups may share a tambon (two cohorts): each farmer is made for its group (noted, then the note cleared).
      await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug, notes)
        select gen_random_uuid(), (3300000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', g.tambon_code, true, g.id::text from model_group g cross join generate_series(1, 16) i`);
      await db.execute(sql`insert into group_member (group_id, farmer_id, joined_on) select notes::uuid, id, date '2025-06-01' from farmer where notes is not null`);
      await db.execute(sql`update farmer set notes = null`);
      await db.execute(sql`insert into group_committee (group_id, farmer_id, role, seat) select distinct on (group_id) group_id, farmer_id, 'president', 1 from group_member order by group_id, farmer_id`);
      // A year: 52 weeks back from today.
      await db.execute(sql`insert into production_record (id, group_id, farmer_id, recorded_on, product_code, product_name, unit, quantity, used_sale)
        select gen_random_uuid(), m.group_id, m.farmer_id, current_date - w * 7, 'morning_glory', 'ผักบุ้ง', 'kg', 5 + w % 20, 3 from group_member m cross join generate_series(0, 51) w`);
      await db.execute(sql`insert into sales_transaction (id, group_id, occurred_on, product_code, product_name, unit, quantity, unit_price, value_baht, channel)
        select gen_random_uuid(), g.id, current_date - (d * 7 / 8), 'morning_glory', 'ผักบุ้ง', 'kg', 4, 25, 100, 'farmers_market' from model_group g cross join generate_series(0, 415) d`);
      await db.execute(sql`insert into learning_session (id, group_id, held_on, topic, attendee_ids)
        select gen_random_uuid(), g.id, current_date - d * 15, 'การทำปุ๋ยหมัก', (select array_agg(farmer_id) from group_member m where m.group_id = g.id) from model_group g cross join generate_series(0, 23) d`);
      await db.execute(sql`insert into outlet (id, group_id, type, name, surveyed_on) select gen_random_uuid(), g.id, 'shop', 'ร้านค้าชุมชน ' || i, current_date - i * 30 from model_group g cross join generate_series(1, 5) i`);
      await db.execute(sql`insert into group_step_fact (group_id, fact, first_on)
        select group_id, 'production', min(recorded_on) from production_record group by 1 union all select group_id, 'transaction', min(occurred_on) from sales_transaction group by 1
        union all select group_id, 'session', min(held_on) from learning_session group by 1 union all select group_id, 'outlet', min(surveyed_on) from outlet group by 1`);
      await db.execute(sql`analyze`);
    });
    const counts = rowsOf<Record<string, number>>(await db.execute(sql`select
      (select count(*) from model_group where tambon_code like '4001%')::int as "districtGroups", (select count(*) from model_group)::int as groups,
      (select count(*) from production_record r join model_group g on g.id = r.group_id where g.tambon_code like '4001%')::int as "districtProduction",
      (select count(*) from sales_transaction r join model_group g on g.id = r.group_id where g.tambon_code like '4001%')::int as "districtSales",
      (select count(*) from production_record)::int + (select count(*) from sales_transaction)::int + (select count(*) from learning_session)::int + (select count(*) from outlet)::int as records,
      (select count(*) from sync_change)::int as "changeRows"`))[0]!;
    console.log(`${bench.kind}: built in ${fmt(buildMs)} — ${JSON.stringify(counts)}`);

    const app = await benchApp(bench.database);
    const { cookie } = await signIn(app, 'demo-district-4001');
    const pull = (cursor?: string) => app.inject({ method: 'GET', url: `/api/sync/pull?limit=${LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers: { cookie, 'accept-encoding': 'gzip' } });
    const bodyOf = (res: Awaited<ReturnType<typeof pull>>) => JSON.parse(res.headers['content-encoding'] === 'gzip' ? (res.rawPayload.length ? gunzipSync(res.rawPayload).toString('utf8') : '{}') : res.body);

    // 1. The first sync.
    let cursor: string | undefined;
    let pages = 0, changes = 0, gz = 0, raw = 0;
    const kinds: Record<string, number> = {};
    const [, firstMs] = await time(async () => {
      for (;;) {
        const res = await pull(cursor);
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
        const body = bodyOf(res);
        pages++;
        changes += body.changes.length;
        for (const c of body.changes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
        gz += res.headers['content-encoding'] === 'gzip' ? res.rawPayload.length : gzipSync(res.rawPayload).length;
        raw += JSON.stringify(body).length;
        cursor = body.cursor;
        if (!body.more) break;
      }
    });
    console.log(`1. first sync of demo-district-4001: ${pages} pages of ≤ ${LIMIT}, ${changes.toLocaleString()} changes ${JSON.stringify(kinds)}; ${(raw / 1024 / 1024).toFixed(1)} MB JSON, ${(gz / 1024 / 1024).toFixed(2)} MB gzip; ${fmt(firstMs)}`);

    // 2. Nothing new.
    const idle: number[] = [];
    for (let i = 0; i < 100; i++) {
      const [res, ms] = await time(() => pull(cursor));
      const body = bodyOf(res);
      if (body.changes.length) throw new Error(`an idle pull carried ${body.changes.length} changes`);
      cursor = body.cursor;
      idle.push(ms);
    }
    const me: number[] = [];
    for (let i = 0; i < 100; i++) me.push((await time(() => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })))[1]);
    console.log(`2. incremental pull, nothing new (100): p50 ${fmt(pct(idle, 50))}, p95 ${fmt(pct(idle, 95))}, max ${fmt(Math.max(...idle))} (GET /api/me at the same time, for scale: p50 ${fmt(pct(me, 50))}, p95 ${fmt(pct(me, 95))})`);

    // 3. One new record.
    await db.execute(sql`insert into production_record (id, group_id, recorded_on, product_name, unit, quantity) select gen_random_uuid(), id, current_date, 'ผักบุ้ง', 'kg', 3 from model_group where tambon_code like '4001%' limit 1`);
    const [res, oneMs] = await time(() => pull(cursor));
    console.log(`3. incremental pull after one new record: ${bodyOf(res).changes.length} change(s), ${fmt(oneMs)}`);
    await app.close();
  } finally {
    await bench.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
