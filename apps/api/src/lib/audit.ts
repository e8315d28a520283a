import type { Executor } from '../db/client';
import { sql } from 'drizzle-orm';
import type { Actor } from './authz';

export interface AuditEntry {
  verb: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/** Who is acting and on behalf of which request; services pass it down to `audit`. */
export interface Ctx {
  actor: Actor;
  requestId: string;
}

/** Strips secrets so they never reach the audit log. */
function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value ?? null;
  const { passwordHash: _p, csrfToken: _c, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Who an audit row names: a signed-in actor, a user acting before a session exists (sign-in), or the system (null). */
type AuditActor = Pick<Actor, 'userId' | 'username'> | null;

/** Writes one audit row; call it inside the write's transaction. */
export async function audit(tx: Executor, ctx: { actor: AuditActor; requestId: string }, entry: AuditEntry): Promise<void> {
  await auditMany(tx, ctx, [entry]);
}

/**
 * Writes many audit rows of one actor in one statement (the sync push's batch); inside the
 * writes' transaction. The rows go as one JSON parameter: drizzle's multi-row insert, one
 * parameter per value, costs more CPU than the database's work at hundreds of rows.
 */
export async function auditMany(tx: Executor, ctx: { actor: AuditActor; requestId: string }, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((entry) => ({
    actor_id: ctx.actor?.userId ?? null,
    actor_username: ctx.actor?.username ?? null,
    verb: entry.verb,
    target_type: entry.targetType,
    target_id: entry.targetId,
    before: redact(entry.before),
    after: redact(entry.after),
    request_id: ctx.requestId,
  }));
  await tx.execute(sql`insert into audit_log (actor_id, actor_username, verb, target_type, target_id, before, after, request_id)
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(actor_id uuid, actor_username text, verb text, target_type text, target_id text, before jsonb, after jsonb, request_id text)`);
}
