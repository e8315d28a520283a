import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './client';

/**
 * Reads that may go to the read replica (docs/adr/0025). A request decides once, at its start,
 * whether its reads may use the replica (a GET from a session that wrote nothing in the last
 * READ_YOUR_WRITES_SECONDS); the handle from `routedReadDb` then sends each plain read there and
 * everything else to the primary:
 * - a transaction (`db.transaction`) always runs on the primary: every write of the house runs
 *   in one, so does an export's audit row, and reads inside it see the primary;
 * - `insert`, `update` and `delete` too, should one be made outside a transaction;
 * - outside a request (jobs, the CLI) and for unsafe methods, everything is the primary.
 * The decision lives in the request's async context, not in a process-wide variable.
 */
const target = new AsyncLocalStorage<{ replica: boolean }>();

/** Runs `fn` (a request's remaining life) with its reads allowed on the replica or not. */
export function runWithReadTarget<T>(replica: boolean, fn: () => T): T {
  return target.run({ replica }, fn);
}

/** True when the running request's plain reads go to the replica. */
export const readingFromReplica = () => target.getStore()?.replica === true;

const PRIMARY_ONLY = new Set<PropertyKey>(['transaction', 'insert', 'update', 'delete', 'refreshMaterializedView', '$client']);

/** The primary when there is no replica; else a handle choosing per call (see above). */
export function routedReadDb(primary: Db, replica: Db | undefined): Db {
  if (!replica) return primary;
  return new Proxy(primary, {
    get(_target, prop) {
      const db = !PRIMARY_ONLY.has(prop) && readingFromReplica() ? replica : primary;
      const value = Reflect.get(db, prop, db) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(db) : value;
    },
  });
}
