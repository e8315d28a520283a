/**
 * `npm run cluster:demo` (issue 16; docs/DEPLOY.md walks through the same steps):
 *   1. a PostgreSQL primary and a streaming replica in temporary directories (initdb, then
 *      pg_basebackup -R; ports PG_PRIMARY_PORT 5442 and PG_REPLICA_PORT 5443);
 *   2. NTAG's database on the primary (migrations, reference data, the reporting-day data set:
 *      LOAD_GROUPS groups, default 500, RECORDS records, default 50,000), replicated;
 *   3. two API processes (ports 3480, 3481) with DATABASE_URL = the primary and
 *      DATABASE_READ_URL = the replica, and the Node reverse proxy on 3482;
 *   4. read-your-writes through the proxy: a record saved, then read back at once;
 *   5. the reporting-day load (CONNECTIONS, default 100, for DURATION s, default 30) through the
 *      proxy, SIGKILLing the second API process half way;
 *   6. the report: every acknowledged write on the primary (and, once replayed, on the replica),
 *      what each process served before and after the kill, the replication lag.
 * Everything it started is stopped and its directories removed at the end (also on Ctrl-C).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '../apps/api/src/db/client';
import { prepare } from '../apps/api/test/support/template';
import { apiEnv, loadAverage, sleep, startApi, startPgPair, startProxy, type ApiProcess, type PgPair, type Proxy } from './cluster.lib';
import { killDrill, printDrill } from './cluster-drill';
import { buildReportingDay, countRecords, printMix } from './reporting-day.lib';
import { DEMO_PASSWORD } from '../apps/api/src/db/seed/demo';

const PRIMARY_PORT = Number(process.env.PG_PRIMARY_PORT ?? 5442);
const REPLICA_PORT = Number(process.env.PG_REPLICA_PORT ?? 5443);
const API_PORT = Number(process.env.API_PORT_BASE ?? 3480);
const GROUPS = Number(process.env.LOAD_GROUPS ?? 500);
const RECORDS = Number(process.env.RECORDS ?? 50_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const DURATION = Number(process.env.DURATION ?? 30);
const log = (m: string) => console.log(m);

let pair: PgPair | undefined;
let proxy: Proxy | undefined;
const apis: ApiProcess[] = [];
const dbs: Database[] = [];
let dataDir: string | undefined;

async function cleanUp() {
  for (const a of apis) await a.stop().catch(() => {});
  await proxy?.close().catch(() => {});
  for (const d of dbs) await d.close().catch(() => {});
  await pair?.remove();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  log('cleaned up: API processes, proxy, both PostgreSQL servers and their directories');
}

/** Waits until the replica has replayed everything the primary has written so far. */
async function caughtUp(primary: Database, replica: Database, timeoutMs = 60_000): Promise<number> {
  const [p] = rowsOf<{ lsn: string }>(await primary.db.execute(sql`select pg_current_wal_lsn()::text as lsn`));
  const started = Date.now();
  for (;;) {
    const [r] = rowsOf<{ behind: string }>(await replica.db.execute(sql`select pg_wal_lsn_diff(${p!.lsn}::pg_lsn, pg_last_wal_replay_lsn())::text as behind`));
    if (Number(r!.behind) <= 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`the replica is still ${r!.behind} bytes behind after ${timeoutMs} ms`);
    await sleep(50);
  }
}

async function main() {
  const t0 = Date.now();
  log(`cluster demo on ${os.cpus().length} cores (load ${loadAverage()})`);
  pair = await startPgPair({ primaryPort: PRIMARY_PORT, replicaPort: REPLICA_PORT, log });
  log(pair.describe);
  const admin = await openDatabase({ kind: 'postgres', url: pair.primaryUrl, max: 1 });
  await admin.db.execute(sql.raw('create database ntag'));
  await admin.close();
  const primaryUrl = pair.primaryUrl.replace(/\/postgres$/, '/ntag');
  const replicaUrl = pair.replicaUrl.replace(/\/postgres$/, '/ntag');
  const primary = await openDatabase({ kind: 'postgres', url: primaryUrl, max: 4 });
  dbs.push(primary);
  await prepare(primary);
  await buildReportingDay(primary, { groups: GROUPS, records: RECORDS, log });
  const replica = await openDatabase({ kind: 'postgres', url: replicaUrl, max: 2 });
  dbs.push(replica);
  log(`replica caught up with the build in ${await caughtUp(primary, replica)} ms`);
  const [state] = rowsOf<{ state: string; sync_state: string }>(await primary.db.execute(sql`select state, sync_state from pg_stat_replication`));
  log(`pg_stat_replication on the primary: ${state?.state} (${state?.sync_state}); the replica is in recovery: ${rowsOf<{ r: boolean }>(await replica.db.execute(sql`select pg_is_in_recovery() as r`))[0]!.r}`);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-cluster-api-'));
  const env = (port: number) => apiEnv({ databaseUrl: primaryUrl, readUrl: replicaUrl, port, dataDir: dataDir!, extra: { DATABASE_POOL_MAX: '20' } });
  apis.push(...(await Promise.all([startApi('api-1', env(API_PORT)), startApi('api-2', env(API_PORT + 1))])));
  proxy = await startProxy(API_PORT + 2, [API_PORT, API_PORT + 1]);
  log(`api-1 :${API_PORT} (pid ${apis[0]!.child.pid}), api-2 :${API_PORT + 1} (pid ${apis[1]!.child.pid}), proxy ${proxy.url}`);

  // Read-your-writes through the proxy: save a record, read the group back at once.
  const [g] = rowsOf<{ id: string; tambon: string; farmer: string }>(await primary.db.execute(sql`select g.id, g.tambon_code as tambon, min(m.farmer_id::text) as farmer from model_group g join group_member m on m.group_id = g.id group by 1, 2 limit 1`));
  const login = await fetch(`${proxy.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `load-tambon-${g!.tambon}`, password: DEMO_PASSWORD }) });
  const session = login.headers.getSetCookie().find((c) => c.startsWith('ntag_session='))!.split(';')[0]!;
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const id = randomUUID();
  const saved = await fetch(`${proxy.url}/api/production`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie: session, 'x-csrf-token': csrf },
    body: JSON.stringify({ id, groupId: g!.id, farmerId: g!.farmer, date: new Date().toISOString().slice(0, 10), product: 'morning_glory', unit: 'kg', quantity: 7, uses: { sale: 7 } }),
  });
  const wrote = saved.headers.getSetCookie().find((c) => c.startsWith('ntag_wrote='))?.split(';')[0];
  const back = await fetch(`${proxy.url}/api/groups/${g!.id}/timeline`, { headers: { cookie: [session, wrote].filter(Boolean).join('; ') } });
  const seen = ((await back.json()) as { items: { refId: string | null }[] }).items.some((i) => i.refId === id);
  log(`read-your-writes: record saved (${saved.status}, cookie ${wrote ? 'set' : 'MISSING'}), read back at once from the primary: ${seen ? 'there' : 'NOT THERE'}`);

  log(`\nreporting-day load through the proxy, ${CONNECTIONS} connections × ${DURATION} s, api-2 killed half way (load ${loadAverage()})`);
  const drill = await killDrill({ proxy, victim: apis[1]!, survivor: apis[0]!, primary, connections: CONNECTIONS, seconds: DURATION, log });
  printMix('through the proxy', drill.mix, log);
  printDrill(drill, log);
  const lagMs = await caughtUp(primary, replica);
  log(`  the replica replayed the rest ${lagMs} ms after the load; acknowledged creates (with the ones sent again) on the replica: ${await countRecords(replica, drill.finallyAcknowledged)} of ${drill.finallyAcknowledged.length}`);
  log(`  load after: ${loadAverage()}`);

  // The replica's server dies: the processes notice within a second or two and read from the primary.
  await replica.close();
  dbs.splice(dbs.indexOf(replica), 1);
  pair.stopReplica();
  await sleep(3000);
  const ministry = await fetch(`${proxy.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-ministry', password: DEMO_PASSWORD }) });
  const ministryCookie = ministry.headers.getSetCookie().find((c) => c.startsWith('ntag_session='))!.split(';')[0]!;
  const statuses: number[] = [];
  for (const p of ['/api/dashboard', '/api/open/summary.json', `/api/progress?unit=${g!.tambon.slice(0, 2)}`]) statuses.push((await fetch(`${proxy.url}${p}`, { headers: { cookie: ministryCookie } })).status);
  const survived = statuses.every((s) => s === 200);
  log(`replica stopped (pg_ctl stop -m immediate): dashboard, open data and progress through the proxy answered ${statuses.join(', ')} — read from the primary${survived ? '' : ' — FAILED'}`);
  const ok = survived && drill.onPrimary === drill.acknowledged && drill.finallyOnPrimary === drill.finallyAcknowledged.length && drill.replayed.other === 0 && drill.servedInAll['api-1']! > drill.servedAtKill['api-1']! && seen;
  log(`\n${ok ? 'PASS' : 'FAIL'}: every acknowledged write is on the primary, and the survivor served the rest (${((Date.now() - t0) / 1000).toFixed(0)} s in all)`);
  return ok;
}

let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) return;
  interrupted = true;
  void cleanUp().then(() => process.exit(130));
});

main()
  .then(async (ok) => {
    await cleanUp();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (err) => {
    console.error(err);
    await cleanUp();
    process.exit(1);
  });
