/**
 * The reporting-day load test (issue 16), on PostgreSQL:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/load-reporting-day.ts
 * Builds a fresh database (LOAD_GROUPS groups, default 1,000, with 8 members each over all provinces;
 * RECORDS records, default 200,000; an officer account at every level), then runs the 5th of the
 * month (bench/reporting-day.lib.ts: group pages, records spread over groups and many writers on
 * ONE group, progress, provinces drafting, saving and submitting their reports with their agencies
 * returning them, agencies' inboxes, dashboards, sign-ins) with autocannon for DURATION seconds
 * (default 60) over CONNECTIONS connections (default 200):
 *   1. against one API process (the real server, `node --import tsx apps/api/src/main.ts`, port PORT_BASE);
 *   2. against two API processes behind the Node proxy of bench/cluster.lib.ts (PORT_BASE+1, +2, proxy +3);
 * printing answers/s and p50/p95/p99 per kind, errors and non-2xx, and checking afterwards that
 * every acknowledged record is in the database exactly once. PORT_BASE defaults to 3470.
 * DATABASE_POOL_MAX (default 20) is each process's pool. Drops its database unless KEEP=1;
 * BENCH_DB=<name> runs against a database kept before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../apps/api/src/db/client';
import { databaseUrl, prepare, withAdminClient } from '../apps/api/test/support/template';
import { apiEnv, loadAverage, startApi, startProxy, type ApiProcess } from './cluster.lib';
import { buildReportingDay, countRecords, printMix, runReportingDay, type MixResult } from './reporting-day.lib';

const GROUPS = Number(process.env.LOAD_GROUPS ?? 1000);
const RECORDS = Number(process.env.RECORDS ?? 200_000);
const DURATION = Number(process.env.DURATION ?? 60);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 200);
const PORT_BASE = Number(process.env.PORT_BASE ?? 3470);
const POOL = process.env.DATABASE_POOL_MAX ?? '20';

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('set DATABASE_URL: the load test runs on PostgreSQL');
  const name = process.env.BENCH_DB ?? `ntag_load_${Date.now()}`;
  const url = databaseUrl(base, name);
  if (!process.env.BENCH_DB) await withAdminClient(base, (a) => a.db.execute(sql.raw(`create database ${name}`)));
  const database = await openDatabase({ kind: 'postgres', url, max: 4 });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-load-'));
  const running: ApiProcess[] = [];
  try {
    if (!process.env.BENCH_DB) {
      await prepare(database);
      await buildReportingDay(database, { groups: GROUPS, records: RECORDS, log: console.log });
    }
    console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; PostgreSQL ${base.replace(/\/\/.*@/, '//…@')}`);
    const env = (port: number) => apiEnv({ databaseUrl: url, port, dataDir, extra: { DATABASE_POOL_MAX: POOL } });
    const check = async (r: MixResult) => {
      console.log(`  acknowledged records: ${r.acknowledged.length.toLocaleString()}, in the database: ${(await countRecords(database, r.acknowledged)).toLocaleString()}`);
    };

    console.log(`\n1. one API process (load before: ${loadAverage()})`);
    running.push(await startApi('api-1', env(PORT_BASE)));
    const one = await runReportingDay(running[0]!.url, database, { connections: CONNECTIONS, seconds: DURATION, log: console.log });
    printMix('one process', one);
    await check(one);
    console.log(`  load after: ${loadAverage()}`);
    await running.pop()!.stop();

    console.log(`\n2. two API processes behind the proxy (load before: ${loadAverage()})`);
    running.push(...(await Promise.all([startApi('api-1', env(PORT_BASE + 1)), startApi('api-2', env(PORT_BASE + 2))])));
    const proxy = await startProxy(PORT_BASE + 3, [PORT_BASE + 1, PORT_BASE + 2]);
    try {
      const two = await runReportingDay(proxy.url, database, { connections: CONNECTIONS, seconds: DURATION, log: console.log });
      printMix('two processes', two);
      await check(two);
      console.log(`  answered by: ${[...proxy.served.entries()].map(([p, n]) => `:${p} ${n.toLocaleString()}`).join(', ')}; proxy 502s ${proxy.failed}`);
      console.log(`  load after: ${loadAverage()}`);
    } finally {
      await proxy.close();
    }
  } finally {
    await Promise.all(running.map((p) => p.stop()));
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (process.env.KEEP || process.env.BENCH_DB) console.log(`kept database ${name}`);
    else await withAdminClient(base, (a) => a.db.execute(sql.raw(`drop database if exists ${name} with (force)`)));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
