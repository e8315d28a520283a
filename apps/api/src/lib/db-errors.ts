import type { ErrorCode } from '@ntag/shared';

/**
 * What a database error means for the answer, whichever driver raised it. drizzle wraps the
 * driver's error in a DrizzleQueryError whose message carries the SQL and its parameters (names,
 * national ids): nothing here ever reads or passes on a message of a database error.
 */

/** Seconds a client waits before sending again a request the database could not take (retry-after). */
export const DB_RETRY_AFTER_SECONDS = 5;

/** The driver's error under drizzle's wrapper (or any error whose `cause` chain holds one). */
function* chain(err: unknown): Generator<Record<string, unknown>> {
  let e = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    yield e as Record<string, unknown>;
    e = (e as { cause?: unknown }).cause;
  }
}

/** The SQLSTATE (five characters, e.g. 23505) of a PostgreSQL error, if the error is one. */
export function sqlStateOf(err: unknown): string | null {
  for (const e of chain(err)) if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return null;
}

/** True for an error that came out of the database layer (its message may hold SQL parameters). */
export function isDatabaseError(err: unknown): boolean {
  for (const e of chain(err)) {
    if ('query' in e && 'params' in e) return true; // drizzle's DrizzleQueryError
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && ('severity' in e || 'routine' in e)) return true;
  }
  return false;
}

/** Network errors of the socket under a connection. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
/**
 * What node-postgres and pg-pool say when a connection is gone or cannot be had; they carry no
 * code. PGlite says "PGlite is closed" once closed.
 */
const UNAVAILABLE_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|PGlite is closed)/;

/**
 * The database cannot be reached or dropped the connection (restart, failover, a killed backend,
 * a full pool): the request may succeed if sent again in a moment — 503, never 500.
 * SQLSTATE classes: 08 connection exception; 57P01–57P03 shutdown / cannot connect now;
 * 53300 too many connections.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const state = sqlStateOf(err);
  if (state && (state.startsWith('08') || state === '57P01' || state === '57P02' || state === '57P03' || state === '53300')) return true;
  for (const e of chain(err)) {
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && !('query' in e) && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Thrown by a use case whose look-ups disagree because an identical request committed between
 * them (not there by id, then there by national id — with this very id): run it again, and it
 * answers as the replay it is.
 */
export class LostRace extends Error {
  constructor() {
    super('an identical request committed between two look-ups');
    this.name = 'LostRace';
  }
}

/**
 * A write that lost a race: a unique key someone inserted a moment before (23505), a
 * serialization failure or deadlock that PostgreSQL resolved by cancelling this transaction, or
 * a LostRace. Run again, the use case sees the winner's committed row and answers as it would
 * have in turn.
 */
export function isLostRace(err: unknown): boolean {
  if (err instanceof LostRace) return true;
  const state = sqlStateOf(err);
  return state === '23505' || state === '40001' || state === '40P01';
}

/** The constraint a PostgreSQL error names (unique, foreign key, check), if any. */
export function constraintOf(err: unknown): string | null {
  for (const e of chain(err)) if (typeof e.constraint === 'string') return e.constraint;
  return null;
}

/**
 * The answer for a unique key that is still taken after the use case ran again (or could not be
 * run again, like an upload): the code the sequential case answers with, and the field it names.
 * Every unique constraint and index of db/schema is listed; apps/api/test/unique-races.test.ts
 * fires concurrent creates at each.
 */
export const UNIQUE_CONFLICTS: Record<string, { code: ErrorCode; path: string }> = {
  app_user_pkey: { code: 'user.username_taken', path: 'username' },
  app_user_username_uq: { code: 'user.username_taken', path: 'username' },
  role_grant_pkey: { code: 'role.already_granted', path: 'role' },
  role_grant_uq: { code: 'role.already_granted', path: 'role' },
  geo_unit_pkey: { code: 'geo.duplicate_code', path: 'code' },
  cohort_pkey: { code: 'program.cohort_exists', path: 'yearBe' },
  step_schedule_cohort_year_step_number_pk: { code: 'program.cohort_exists', path: 'yearBe' },
  farmer_pkey: { code: 'farmer.id_conflict', path: 'id' },
  farmer_national_id_uq: { code: 'farmer.duplicate_national_id', path: 'nationalId' },
  selection_candidate_pkey: { code: 'selection.id_conflict', path: 'id' },
  selection_farmer_cohort_uq: { code: 'selection.duplicate', path: 'farmerId' },
  model_group_pkey: { code: 'group.id_conflict', path: 'id' },
  group_tambon_cohort_uq: { code: 'group.duplicate_tambon_cohort', path: 'tambonCode' },
  group_member_group_id_farmer_id_pk: { code: 'group.member_elsewhere', path: 'farmerId' },
  group_member_farmer_uq: { code: 'group.member_elsewhere', path: 'farmerId' },
  enterprise_code_uq: { code: 'enterprise.duplicate_code', path: 'registrationCode' },
  learning_session_pkey: { code: 'record.id_conflict', path: 'id' },
  production_record_pkey: { code: 'record.id_conflict', path: 'id' },
  outlet_pkey: { code: 'record.id_conflict', path: 'id' },
  online_channel_pkey: { code: 'record.id_conflict', path: 'id' },
  marketing_event_pkey: { code: 'record.id_conflict', path: 'id' },
  sales_transaction_pkey: { code: 'record.id_conflict', path: 'id' },
};

/**
 * Unique keys without an entry (a one-per-group record's first save, a plan's first save, a
 * report's version, the monthly figures, a committee seat) were written by someone else a moment
 * before: the same answer as a stale version, which the client resolves by reloading.
 */
export function conflictOf(err: unknown): { code: ErrorCode; path: string } {
  const name = constraintOf(err);
  return (name && UNIQUE_CONFLICTS[name]) || { code: 'record.stale', path: 'version' };
}

/**
 * An error as the log may keep it: its class, the SQLSTATE and constraint of a database error,
 * and for other errors their message and stack. Never the message or stack of a database error,
 * which hold the SQL's parameters (personal data).
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { message: String(err) };
  // Already made loggable (the error handler does, and the logger's serializer does it again).
  if (LOGGABLE in err) return err as Record<string, unknown>;
  return Object.defineProperty(describe(err), LOGGABLE, { value: true, enumerable: false });
}

const LOGGABLE = Symbol('loggable');

function describe(err: object): Record<string, unknown> {
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  if (isDatabaseError(err) || sqlStateOf(err)) {
    const out: Record<string, unknown> = { type: 'DatabaseError', sqlState: sqlStateOf(err) };
    const constraint = constraintOf(err);
    if (constraint) out.constraint = constraint;
    if (isDatabaseUnavailable(err)) out.unavailable = true;
    for (const inner of chain(err)) {
      if (typeof inner.table === 'string') out.table = inner.table;
      if (typeof inner.column === 'string') out.column = inner.column;
      if (typeof inner.routine === 'string') out.routine = inner.routine;
    }
    return out;
  }
  if (isDatabaseUnavailable(err)) return { type: e.name, code: e.code, message: e.message };
  return { type: e.name, code: e.code, statusCode: e.statusCode, message: e.message, stack: e.stack };
}
