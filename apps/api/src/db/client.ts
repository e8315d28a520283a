import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories take either the database or a transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** PGlite only: the underlying instance (tests dump and load data directories). */
  pglite?: PGlite;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; max?: number; onConnectionError?: (err: Error) => void; /** Default true: fail at once if the server does not answer. */ checkAtStart?: boolean }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

/** How long a request waits for a connection (a dead server, a full pool) before it is answered 503. */
export const CONNECT_TIMEOUT_MS = 5000;

const logConnectionError = (err: Error & { code?: string }) => console.error(`[ntag] database connection lost (${err.code ?? 'no code'}): ${err.message}`);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // A connection to a server that vanished (failover, a cut network) is found out by TCP
      // keepalive instead of hanging its next query.
      keepAlive: true,
      application_name: 'ntag',
    });
    const onError = options.onConnectionError ?? logConnectionError;
    // A connection the server closes (restart, failover, pg_terminate_backend: 57P01) emits
    // `error` on its client. pg-pool listens only while the client is idle in the pool; a client
    // checked out — drizzle holds one for a whole transaction — would have no listener, and an
    // unhandled `error` event ends the process. So every client gets its own listener for life:
    // the query running on it fails (answered 503), and the pool drops the dead client on
    // release and opens a new one for the next request.
    pool.on('connect', (client) => client.on('error', onError));
    // The pool re-emits an idle client's error: the client's own listener has logged it already.
    pool.on('error', () => {});
    // A dead server should fail fast at start, not on the first request.
    if (options.checkAtStart !== false) {
      const client = await pool.connect();
      client.release();
    }
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

/** Rows of a raw `db.execute(sql)` on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
