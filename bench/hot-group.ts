/**
 * The hot row (issue 16), on PostgreSQL:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/hot-group.ts
 * WRITERS (default 16) write production records at once through app.inject (server time, no
 * network), RECORDS each (default 60): first all into ONE group, then each writer into a group of
 * its own (16 groups of one province). Prints records per second and the p50/p95 of one write
 * for each, and how many slots the group's and the province's monthly figures used. Before issue
 * 16 every write of a group rewrote the same monthly-figure rows, so one group's writes queued one
 * behind the other; now each transaction adds into a slot of its own (ADR 0024).
 * A fresh database, dropped at the end (KEEP=1 keeps it).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../apps/api/src/db/client';
import { benchApp, benchDatabase, fmt, pct, prepare, signIn } from './lib';

const WRITERS = Number(process.env.WRITERS ?? 16);
const RECORDS = Number(process.env.RECORDS ?? 60);

async function main() {
  const bench = await benchDatabase({ requirePostgres: true, keep: !!process.env.KEEP });
  try {
    const db = bench.database.db;
    await prepare(bench.database);
    // WRITERS groups in Khon Kaen's tambons (cohort 2569), founded long enough ago for any date.
    const groups = rowsOf<{ id: string }>(await db.execute(sql`
      insert into model_group (id, name, tambon_code, cohort_year, founded_on)
      select gen_random_uuid(), 'กลุ่มทดสอบ ' || code, code, 2569, '2025-01-01' from geo_unit where level = 'tambon' and active and code like '40%' order by code limit ${WRITERS}
      returning id`)).map((r) => r.id);
    const app = await benchApp(bench.database);
    const province = await signIn(app, 'demo-province-40');
    const headers = { cookie: province.cookie, 'x-csrf-token': province.csrf };
    const write = async (groupId: string, i: number) => {
      const t = performance.now();
      const res = await app.inject({ method: 'POST', url: '/api/production', headers, payload: {
        id: randomUUID(), groupId, date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-10`, product: 'morning_glory', unit: 'kg', quantity: 1 + (i % 7), value: 20,
      } });
      if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
      return performance.now() - t;
    };
    const run = async (label: string, groupOf: (writer: number) => string) => {
      const times: number[] = [];
      const t = performance.now();
      await Promise.all(Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < RECORDS; i++) times.push(await write(groupOf(w), i));
      }));
      const s = (performance.now() - t) / 1000;
      console.log(`${label}: ${WRITERS} writers × ${RECORDS} records in ${s.toFixed(1)} s = ${((WRITERS * RECORDS) / s).toFixed(0)} records/s; one write p50 ${fmt(pct(times, 50))}, p95 ${fmt(pct(times, 95))}`);
    };
    await run('warm-up, spread over the groups', (w) => groups[w]!);
    await run('ONE group', () => groups[0]!);
    await run('spread over the groups', (w) => groups[w]!);
    const slots = rowsOf<{ g: number; p: number }>(await db.execute(sql`
      select (select count(distinct slot) from group_month_stat where group_id = ${groups[0]!})::int as g,
             (select count(distinct slot) from province_month_stat where province_code = '40')::int as p`).catch(() => ({ rows: [{ g: 1, p: 1 }] })))[0]!;
    const sums = rowsOf<{ n: number; v: number }>(await db.execute(sql`
      select (select count(*) from production_record)::int as n, (select sum(value)::float8 from group_month_stat where key = 'prodvalue') as v`))[0]!;
    console.log(`figures: ${sums.n} records, production value ${sums.v} baht (expected ${sums.n * 20}); slots used: one group ${slots.g}, province 40 ${slots.p}`);
    await app.close();
  } finally {
    await bench.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
