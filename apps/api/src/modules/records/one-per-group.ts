import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { invalid, notFound, stale } from '../../lib/errors';

/**
 * A record a group keeps one of and saves whole (its learning centre, its enterprise path):
 * PUT without a version starts it, with the version read changes it, and a soft-deleted one
 * reads as absent and starts again in its own row. Each write is audited on the group.
 */
interface OneRecord {
  version: number;
  deletedAt: Date | null;
}

interface Opts<R extends OneRecord> {
  /** Audit verb prefix, e.g. 'learning_centre'. */
  noun: string;
  /** How the 400 names the record, e.g. 'the centre'. */
  what: string;
  groupId: string;
  /** The answer for a 409: the record as the API shows it (null: absent). */
  present(row: R | null): unknown;
}

/** The stored row as the API shows it: a soft-deleted one reads as absent. */
export const live = <R extends OneRecord>(row: R | null): R | null => (row && !row.deletedAt ? row : null);

/**
 * `stored` is the group's row, deleted or not; `write` inserts when given null, else updates the
 * row at that version (clearing deletedAt) and answers null when the version is stale.
 */
export async function saveOnePerGroup<R extends OneRecord>(
  deps: Pick<ModuleDeps, 'db'>,
  ctx: Ctx,
  opts: Opts<R> & { stored: R | null; version: number | undefined; write(tx: Executor, version: number | null): Promise<R | null | undefined> },
): Promise<R> {
  const { stored, version } = opts;
  const existing = live(stored);
  if (!existing && version) throw invalid([{ path: 'version', message: `${opts.what} does not exist yet: send no version` }]);
  // Saved without a version while one exists: someone saved it first — 409 with theirs, as for a stale version.
  if (existing && version === undefined) throw stale(await opts.present(existing));
  const row = await deps.db.transaction(async (tx) => {
    const r = await opts.write(tx, existing ? version! : (stored?.version ?? null));
    if (r) await audit(tx, ctx, { verb: `${opts.noun}.${existing ? 'update' : 'create'}`, targetType: 'group', targetId: opts.groupId, before: existing, after: r });
    return r ?? null;
  });
  if (!row) throw stale(await opts.present(existing));
  return row;
}

/** Soft delete with the version read; `remove` answers null when the version is stale. */
export async function deleteOnePerGroup<R extends OneRecord>(
  deps: Pick<ModuleDeps, 'db'>,
  ctx: Ctx,
  opts: Opts<R> & { before: R | null; version: number; remove(tx: Executor, version: number): Promise<R | null | undefined> },
): Promise<{ ok: true }> {
  const { before } = opts;
  if (!before) throw notFound('record.not_found');
  const row = await deps.db.transaction(async (tx) => {
    const r = await opts.remove(tx, opts.version);
    if (r) await audit(tx, ctx, { verb: `${opts.noun}.delete`, targetType: 'group', targetId: opts.groupId, before });
    return r ?? null;
  });
  if (!row) throw stale(await opts.present(before));
  return { ok: true };
}
