import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config';
import { CONNECT_TIMEOUT_MS, openDatabase, type Database, type Db } from './client';
import { acquireDataDirLock } from './lock';
import { runMigrations } from './migrate';
import { seedReferenceData } from './seed/reference';

export interface OpenedDatabase extends Database {
  /** The read replica's handle when DATABASE_READ_URL is set (docs/adr/0025); never written to. */
  replica?: Database;
  /** Closes the database (and the replica) and releases the data-directory lock. */
  shutdown(): Promise<void>;
}

/**
 * The key of the PostgreSQL advisory lock every process takes around migrating and seeding, so
 * that several processes started at once on an empty database migrate it one after the other:
 * the first does the work, the others find nothing left to do (issue 16).
 */
export const STARTUP_LOCK_KEY = 16_0025;

/**
 * Runs `fn` holding the startup lock, on a connection of its own (a session-level advisory lock
 * belongs to one connection; a process that dies holding it loses the connection and the lock).
 */
export async function withStartupLock<T>(url: string, log: (msg: string) => void, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'ntag-startup' });
  client.on('error', () => {});
  await client.connect();
  try {
    const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [STARTUP_LOCK_KEY]);
    if (!got.rows[0]?.ok) {
      log('another process is migrating the database: waiting for it');
      await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    }
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite under
 * DATA_DIR with a lock), applies pending migrations and seeds missing reference data — and
 * `seed` (the demo accounts) — under the startup lock on PostgreSQL. With DATABASE_READ_URL it
 * opens the replica too (no migrations there: it replays the primary's).
 */
export async function openConfiguredDatabase(config: Config, log: (msg: string) => void, seed?: (db: Db) => Promise<void>): Promise<OpenedDatabase> {
  let release = () => {};
  let database: Database;
  if (config.databaseUrl) {
    database = await openDatabase({ kind: 'postgres', url: config.databaseUrl, max: config.databasePoolMax });
  } else {
    release = acquireDataDirLock(config.dataDir);
    try {
      database = await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pgdata') });
    } catch (err) {
      release();
      throw err;
    }
  }
  let replica: Database | undefined;
  try {
    const prepare = async () => {
      await runMigrations(database);
      await seedReferenceData(database.db, log);
      if (seed) await seed(database.db);
    };
    if (config.databaseUrl) await withStartupLock(config.databaseUrl, log, prepare);
    else await prepare();
    if (config.databaseReadUrl) {
      const options = { kind: 'postgres' as const, url: config.databaseReadUrl, max: config.databasePoolMax };
      replica = await openDatabase(options).catch(async (err: unknown) => {
        // The replica is optional: start without it; the watch (db/read-routing.ts) uses it once it answers.
        log(`the read replica does not answer (${err instanceof Error ? err.message : String(err)}): reads go to the primary until it does`);
        return openDatabase({ ...options, checkAtStart: false });
      });
    }
  } catch (err) {
    await database.close().catch(() => {});
    release();
    throw err;
  }
  return {
    ...database,
    replica,
    async shutdown() {
      await replica?.close().catch(() => {});
      await database.close().catch(() => {});
      release();
    },
  };
}
