import type { Executor } from '../db/client';
import { auditLog } from '../db/schema';
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

/** Writes many audit rows of one actor in one statement (the sync push's batch); inside the writes' transaction. */
export async function auditMany(tx: Executor, ctx: { actor: AuditActor; requestId: string }, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.insert(auditLog).values(entries.map((entry) => ({
    actorId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? null,
    verb: entry.verb,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: redact(entry.before) as object | null,
    after: redact(entry.after) as object | null,
    requestId: ctx.requestId,
  })));
}
