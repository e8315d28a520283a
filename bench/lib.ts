/**
 * What the benchmarks share: a database to measure (seeded like the API tests' template), the
 * app on top of it without a network, signing in a demo account, and the timing figures.
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/api/src/app';
import type { App } from '../apps/api/src/module';
import { loadConfig } from '../apps/api/src/config';
import { openDatabase, type Database } from '../apps/api/src/db/client';
import { DEMO_PASSWORD } from '../apps/api/src/db/seed/demo';
import { databaseUrl, withAdminClient } from '../apps/api/test/support/template';

export { prepare } from '../apps/api/test/support/template';

/** The p-th percentile (nearest rank) of some timings. */
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
export const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);

export async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

export interface BenchDatabase {
  database: Database;
  kind: 'PGlite' | 'PostgreSQL';
  /** False when `reuse` named a database built before: it is measured as it is. */
  fresh: boolean;
  /** Closes it; a new PostgreSQL database is dropped unless `keep` (a reused one is always kept). */
  close(): Promise<void>;
}

/**
 * PGlite in memory without DATABASE_URL (unless PostgreSQL is required), otherwise a new
 * PostgreSQL database on that server, or the one named by `reuse`.
 */
export async function benchDatabase(o: { requirePostgres?: boolean; reuse?: string; keep?: boolean } = {}): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    if (o.requirePostgres) throw new Error('set DATABASE_URL: the target is measured on PostgreSQL');
    const database = await openDatabase({ kind: 'pglite' });
    return { database, kind: 'PGlite', fresh: true, close: () => database.close() };
  }
  const name = o.reuse ?? `ntag_bench_${Date.now()}`;
  if (!o.reuse) await withAdminClient(url, (a) => a.db.execute(sql.raw(`create database ${name}`)));
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(url, name), max: 10 });
  return {
    database, kind: 'PostgreSQL', fresh: !o.reuse,
    async close() {
      await database.close();
      if (o.keep || o.reuse) console.log(`kept database ${name}`);
      else await withAdminClient(url, (a) => a.db.execute(sql.raw(`drop database if exists ${name} with (force)`)));
    },
  };
}

/** The whole app on the database, silent, answering app.inject (server time, no network). */
export function benchApp(database: Database): Promise<App> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', LOGIN_IP_LIMIT: '100000' });
  return buildApp({ config, database, sessionSecret: 'bench-secret-bench-secret-bench-secret', logger: false });
}

/** Signs a demo account in: its session cookie and CSRF token. */
export async function signIn(app: App, username: string): Promise<{ cookie: string; csrf: string }> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in of ${username}: ${login.statusCode} ${login.body.slice(0, 200)}`);
  return { cookie: String(login.headers['set-cookie']).split(';')[0]!, csrf: login.json().csrfToken as string };
}
