import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './client';

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

/**
 * The primary when there is no replica; else a handle choosing per call (see above). `usable`
 * (a `watchReplica`) sends everything to the primary while the replica is down or further behind
 * than the read-your-writes window.
 */
export function routedReadDb(primary: Db, replica: Db | undefined, usable: () => boolean = () => true): Db {
  if (!replica) return primary;
  return new Proxy(primary, {
    get(_target, prop) {
      const db = !PRIMARY_ONLY.has(prop) && readingFromReplica() && usable() ? replica : primary;
      const value = Reflect.get(db, prop, db) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(db) : value;
    },
  });
}

/**
 * How far behind the primary the replica is, in ms: 0 when it has replayed all it received (or
 * is not a standby at all); its last replayed commit's age otherwise. Null when it is a standby
 * that does not stream from a primary (cut off: it may be any amount behind).
 */
export async function replicaLagMs(replica: Db): Promise<number | null> {
  const [row] = rowsOf<{ recovery: boolean; streaming: number; lag: string | null }>(await replica.execute(sql`select pg_is_in_recovery() as recovery,
    (select count(*) from pg_stat_wal_receiver where status = 'streaming')::int as streaming,
    case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
      else extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000 end as lag`));
  if (!row!.recovery) return 0;
  if (!row!.streaming) return null;
  return Number(row!.lag ?? 0);
}

export interface ReplicaWatch {
  /** The replica answered its last check in time and is at most `maxLagMs` behind. */
  usable(): boolean;
  /** Resolves after the first check. */
  ready: Promise<void>;
  stop(): void;
}

/**
 * Asks the replica how far behind it is every `everyMs` (default 1 s). While a check fails, takes
 * longer than `timeoutMs` or finds it more than `maxLagMs` behind, `usable()` is false and the
 * routed reads go to the primary — so a dead replica costs no failed requests, and a lagging one
 * cannot break read-your-writes (a colleague's write older than the window is on the replica).
 * A view of the replica's health, rebuilt every second; nothing is lost with the process.
 */
export function watchReplica(check: () => Promise<number | null>, o: { maxLagMs: number; everyMs?: number; timeoutMs?: number; log?: (m: string, trouble: boolean) => void }): ReplicaWatch {
  const everyMs = o.everyMs ?? 1000;
  const timeoutMs = o.timeoutMs ?? 2000;
  let ok = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const set = (next: boolean, why: string) => {
    if (next !== ok) o.log?.(next ? 'read replica usable: dashboards, progress, open data and forms read from it' : `read replica not used (${why}): those reads go to the primary`, !next);
    ok = next;
  };
  const once = async () => {
    let t: NodeJS.Timeout | undefined;
    try {
      const lag = await Promise.race([check(), new Promise<never>((_, reject) => (t = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)))]);
      if (lag === null) set(false, 'it is not streaming from the primary');
      else if (lag > o.maxLagMs) set(false, `${Math.round(lag)} ms behind`);
      else set(true, '');
    } catch (err) {
      set(false, err instanceof Error ? err.message.split('\n')[0]! : 'check failed');
    } finally {
      clearTimeout(t);
    }
  };
  const loop = async () => {
    await once();
    if (!stopped) {
      timer = setTimeout(() => void loop(), everyMs);
      timer.unref();
    }
  };
  const ready = loop();
  return { usable: () => ok, ready, stop: () => { stopped = true; clearTimeout(timer); } };
}
