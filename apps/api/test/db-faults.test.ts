import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REMINDER_QUEUE } from '../src/jobs/boss';
import { JOBS_APPLICATION_NAME } from '../src/jobs/boss';
import { isDatabaseUnavailable } from '../src/lib/db-errors';
import { openDatabase, rowsOf } from '../src/db/client';
import { loadPgBoss } from '../src/lib/lazy';
import { farmerBody } from './support/builders';
import { pgProxy, startServer, type RunningServer } from './support/server';
import { databaseUrl, withAdminClient } from './support/template';

/**
 * The PostgreSQL connection-kill test (issue #8, finding 2). The real NTAG process runs on a test
 * database behind a TCP proxy, with its job queue; while workers write and read through HTTP,
 * `pg_terminate_backend` kills every connection of the database (the API's and pg-boss's) again
 * and again, then the proxy drops everything and refuses connections for a while, as a restart
 * or a failover does. The process must stay up, a request during the fault answer 503 (never
 * 500, never hang), and afterwards everything work again — without restarting NTAG.
 * PostgreSQL only: PGlite has no connections to lose.
 */
const url = process.env.DATABASE_URL;
const KILL_ROUNDS = 8;
const WORKERS = 6;
const REQUEST_TIMEOUT_MS = 15_000;

interface Outcome { kind: string; status: number | 'hang' | 'network'; ms: number }

describe.skipIf(!url)('PostgreSQL connections killed under load', () => {
  let name: string;
  let server: RunningServer;
  let proxy: Awaited<ReturnType<typeof pgProxy>>;
  let dataDir: string;
  const admin = <T>(fn: Parameters<typeof withAdminClient<T>>[1]) => withAdminClient(url!, fn);

  beforeAll(async () => {
    const tpl = inject('dbTemplate');
    if (tpl.kind !== 'postgres') throw new Error('needs the PostgreSQL template');
    name = `${tpl.template}_faults`;
    await admin((db) => db.db.execute(sql.raw(`create database ${name} template ${tpl.template}`)));
    const pg = new URL(url!);
    proxy = await pgProxy({ host: pg.hostname, port: Number(pg.port || 5432) });
    const viaProxy = new URL(databaseUrl(url!, name));
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-faults-'));
    server = await startServer({ DATABASE_URL: viaProxy.toString(), DATA_DIR: dataDir, NODE_ENV: 'test', REMINDERS: 'true', LOGIN_IP_LIMIT: '100000' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await admin((db) => db.db.execute(sql.raw(`drop database if exists ${name} with (force)`)));
  });

  /** Kills every backend of the test database, the API's and the job queue's alike. */
  const killAll = () => admin(async (db) => rowsOf<{ pid: number }>(await db.db.execute(sql`select pg_terminate_backend(pid) as ok, pid from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`)).length);
  const jobConnections = () => admin(async (db) => rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = ${name} and application_name = ${JOBS_APPLICATION_NAME}`))[0]!.n);

  it('a connection killed while a transaction holds it between two statements fails that transaction, not the process', async () => {
    const database = await openDatabase({ kind: 'postgres', url: databaseUrl(url!, name), max: 2, onConnectionError: () => {} });
    try {
      const failed = await database.db.transaction(async (tx) => {
        const pid = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`))[0]!.pid;
        await admin((db) => db.db.execute(sql`select pg_terminate_backend(${pid})`));
        // The client is checked out and idle: the server's 57P01 arrives as an 'error' event.
        await new Promise((r) => setTimeout(r, 300));
        return tx.execute(sql`select 1`).then(() => null, (err: unknown) => err);
      }).catch((err: unknown) => err);
      expect(isDatabaseUnavailable(failed)).toBe(true);
      // The pool has dropped the dead client and answers with a new one.
      expect(rowsOf<{ n: number }>(await database.db.execute(sql`select 1 as n`))[0]!.n).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('stays up, answers 503 (never 500, never a hang) during the fault, and works afterwards', async () => {
    // The job queue has started and holds connections of its own.
    for (let i = 0; i < 150 && (await jobConnections()) === 0; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await jobConnections()).toBeGreaterThan(0);

    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-district-4001', password: 'ntag-demo' }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    // Health as a monitor asks for it, without a session; the rest as the signed-in district.
    const call = async (kind: string, method: string, p: string, body?: unknown): Promise<Outcome & { json?: unknown }> => {
      const t = Date.now();
      try {
        const res = await fetch(`${server.url}${p}`, {
          method, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          headers: kind === 'health' ? {} : { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        const json = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
        if (res.status === 503) expect(res.headers.get('retry-after')).toBe('5');
        return { kind, status: res.status, ms: Date.now() - t, json };
      } catch (err) {
        return { kind, status: (err as Error).name === 'TimeoutError' ? 'hang' : 'network', ms: Date.now() - t };
      }
    };

    const outcomes: Outcome[] = [];
    const acked: Record<string, unknown>[] = [];
    const unanswered: Record<string, unknown>[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const body = farmerBody();
        const w = await call('write', 'POST', '/api/farmers', body);
        outcomes.push(w);
        (w.status === 201 ? acked : unanswered).push(body);
        outcomes.push(await call('list', 'GET', '/api/farmers?limit=5'));
        outcomes.push(await call('read', 'GET', `/api/farmers/${w.status === 201 ? body.id : randomUUID()}`));
      }
    };
    const workers = Array.from({ length: WORKERS }, worker);

    // Phase 1: every connection of the database killed, again and again, under load.
    let killed = 0;
    for (let round = 0; round < KILL_ROUNDS; round++) {
      await new Promise((r) => setTimeout(r, 400));
      killed += await killAll();
    }
    // Phase 2: the server "restarts": every connection dropped and none accepted for 3 s.
    await proxy.cut();
    const duringCut: Outcome[] = [];
    const health = await call('health', 'GET', '/api/health');
    duringCut.push(health, await call('list', 'GET', '/api/farmers?limit=5'), await call('write', 'POST', '/api/farmers', farmerBody()));
    await new Promise((r) => setTimeout(r, 3000));
    await proxy.restore();
    running = false;
    await Promise.all(workers);

    const tally = (os: Outcome[]) => {
      const n = new Map<string, number>();
      for (const o of os) n.set(String(o.status), (n.get(String(o.status)) ?? 0) + 1);
      return [...n].map(([k, v]) => `${k}: ${v}`).join(', ');
    };
    console.log(`connection-kill test: ${killed} backends killed in ${KILL_ROUNDS} rounds, then 3 s without a server; ${outcomes.length} requests (${tally(outcomes)}), ${acked.length} writes acknowledged`);
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(killed).toBeGreaterThan(KILL_ROUNDS);
    const bad = outcomes.filter((o) => o.status !== 200 && o.status !== 201 && o.status !== 503 && !(o.kind === 'read' && o.status === 404));
    expect(bad, server.output()).toEqual([]);
    expect(duringCut.map((o) => o.status), JSON.stringify(duringCut) + server.output()).toEqual([503, 503, 503]);
    expect((health as { json?: unknown }).json).toMatchObject({ status: 'unavailable', databaseState: 'unavailable' });
    expect(outcomes.some((o) => o.status === 503)).toBe(true);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(REQUEST_TIMEOUT_MS);

    // Afterwards, without a restart: healthy again, every acknowledged write is there, a write
    // that got 503 sent again is stored once (201, or 200 if it had committed before the kill).
    let healthy = false;
    for (let i = 0; i < 50 && !healthy; i++) {
      healthy = (await call('health', 'GET', '/api/health')).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect(healthy).toBe(true);
    expect(acked.length).toBeGreaterThan(0);
    for (const body of acked) expect((await call('read', 'GET', `/api/farmers/${body.id}`)).status).toBe(200);
    for (const body of unanswered.slice(0, 20)) expect([200, 201]).toContain((await call('write', 'POST', '/api/farmers', body)).status);
    const fresh = farmerBody();
    expect((await call('write', 'POST', '/api/farmers', fresh)).status).toBe(201);
    expect((await call('read', 'GET', `/api/farmers/${fresh.id}`)).status).toBe(200);
    expect(server.output()).not.toMatch(/Unhandled 'error' event|uncaught|Failed query/i);

    // The job queue works again too: a reminder run sent now is picked up and completed.
    const PgBoss = await loadPgBoss();
    const boss = new PgBoss({ connectionString: databaseUrl(url!, name), max: 1, schedule: false, supervise: false, migrate: false });
    boss.on('error', () => {});
    await boss.start();
    try {
      const id = (await boss.send(REMINDER_QUEUE, {}))!;
      let state = '';
      for (let i = 0; i < 100 && state !== 'completed' && state !== 'failed'; i++) {
        state = (await boss.getJobById(REMINDER_QUEUE, id))?.state ?? '';
        if (state !== 'completed') await new Promise((r) => setTimeout(r, 300));
      }
      expect(state, server.output()).toBe('completed');
    } finally {
      await boss.stop({ graceful: false });
    }
    expect(server.child.exitCode).toBeNull();
  }, 180_000);
});
