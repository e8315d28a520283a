import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ModuleDeps } from '../../module';
import { rowsOf, type Executor } from '../../db/client';
import { importBatch, importMapping } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { requirePermission, scopeOf, unitInScope } from '../../lib/authz';
import { kindOfCode } from '../geo/units';
import { sqlStateOf } from '../../lib/db-errors';
import { AppError, notFound } from '../../lib/errors';
import { POND_LIST_REMARK, officeOf } from './farmers.import';
import { STORED_FIELDS } from './farmers.import.write';
import { farmer } from '../../db/schema';
import type { ImportBatchOut, UndoImportOut } from './farmers.schemas';

/**
 * An office's imports: progress while one runs, and undo of a committed one as a whole within
 * 7 days. Undo removes the farmers the batch created and puts back those it changed, except
 * a farmer changed since (its version moved on) or now used elsewhere (a group, a form): those
 * are kept and named.
 */
export const UNDO_DAYS = 7;
type Batch = typeof importBatch.$inferSelect;

const out = (b: Batch): z.output<typeof ImportBatchOut> => ({
  id: b.id, fileName: b.fileName, dryRun: b.dryRun, status: b.status as never, rowsDone: b.rowsDone, rowsTotal: b.rowsTotal,
  created: b.created, updated: b.updated, createdAt: b.createdAt.toISOString(), undoneAt: b.undoneAt?.toISOString() ?? null,
  undoUntil: b.dryRun ? null : new Date(b.createdAt.getTime() + UNDO_DAYS * 86400_000).toISOString(),
});

async function ownBatch(db: Executor, ctx: Ctx, id: string): Promise<Batch> {
  requirePermission(ctx.actor, 'farmer.import');
  const b = (await db.select().from(importBatch).where(eq(importBatch.id, id)))[0];
  // The office's own batches, and those of offices within the caller's area (the administrator);
  // another office's batch is not there for this caller (404, not 403).
  const kind = b ? kindOfCode(b.officeCode) : null;
  const mine = b && (b.officeCode === officeOf(ctx) || (kind && unitInScope(scopeOf(ctx.actor, 'farmer.import'), { code: b.officeCode, kind })));
  if (!b || !mine) throw notFound();
  return b;
}

export async function getBatch(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, id: string) {
  return out(await ownBatch(deps.db, ctx, id));
}

/** The office's committed imports of the last 30 days, newest first. */
export async function listBatches(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx) {
  requirePermission(ctx.actor, 'farmer.import');
  const rows = await deps.db.select().from(importBatch)
    .where(and(eq(importBatch.officeCode, officeOf(ctx)), eq(importBatch.dryRun, false), sql`${importBatch.createdAt} > now() - interval '30 days'`))
    .orderBy(desc(importBatch.createdAt)).limit(50);
  return { items: rows.map(out) };
}

export async function undoBatch(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, id: string): Promise<z.output<typeof UndoImportOut>> {
  const b = await ownBatch(deps.db, ctx, id);
  if (b.dryRun || b.status !== 'done') throw new AppError('import.undo_not_possible', 409, { issues: [{ path: 'id', message: b.status === 'undone' ? 'already undone' : 'only a finished, committed import can be undone' }] });
  if (Date.now() - b.createdAt.getTime() > UNDO_DAYS * 86400_000) throw new AppError('import.undo_expired', 409, { days: UNDO_DAYS, issues: [{ path: 'id', message: `an import can be undone within ${UNDO_DAYS} days` }] });
  return deps.db.transaction(async (tx) => {
    // Each farmer the batch wrote, whether it is still as the batch left it.
    const rows = rowsOf<{ farmer_id: string; created: boolean; same: boolean | null; name: string | null }>(await tx.execute(sql`
      select r.farmer_id, r.before is null as created, (f.version = r.version and f.import_batch_id = r.batch_id) as same,
             f.first_name || ' ' || f.last_name as name
      from import_batch_row r left join farmer f on f.id = r.farmer_id where r.batch_id = ${id}::uuid`));
    const kept: { farmerId: string; name: string; reason: string }[] = [];
    const toRemove: string[] = [];
    const toRestore: string[] = [];
    for (const r of rows) {
      if (r.same === null) continue; // already gone
      if (!r.same) kept.push({ farmerId: r.farmer_id, name: r.name ?? '', reason: 'แก้ไขหลังการนำเข้าแล้ว' });
      else (r.created ? toRemove : toRestore).push(r.farmer_id);
    }
    // The pond list's candidates of these farmers, untouched since (still as the list made them), go with them.
    if (toRemove.length) {
      await tx.execute(sql`delete from selection_candidate where farmer_id = any(${sql.param(toRemove)}::uuid[]) and version = 1 and decision is null
        and proposal = 'not_proposed' and pond_dug_remark like ${`${POND_LIST_REMARK}%`}`);
    }
    let removed = 0;
    // Removed at once; if some farmer is already used elsewhere (a group, a form), one by one.
    try {
      await tx.transaction(async (sp) => {
        removed = rowsOf(await sp.execute(sql`delete from farmer where id = any(${sql.param(toRemove)}::uuid[]) returning id`)).length;
      });
    } catch (err) {
      if (sqlStateOf(err) !== '23503') throw err;
      removed = 0;
      for (const fid of toRemove) {
        try {
          await tx.transaction(async (sp) => {
            removed += rowsOf(await sp.execute(sql`delete from farmer where id = ${fid}::uuid returning id`)).length;
          });
        } catch (e) {
          if (sqlStateOf(e) !== '23503') throw e;
          kept.push({ farmerId: fid, name: rows.find((r) => r.farmer_id === fid)?.name ?? '', reason: 'ถูกใช้ในกลุ่มหรือแบบฟอร์มแล้ว' });
        }
      }
    }
    const cols = [...STORED_FIELDS, 'importBatchId' as const].map((k) => farmer[k].name);
    const restored = toRestore.length
      ? rowsOf(await tx.execute(sql`
        update farmer f set ${sql.raw(cols.map((c) => `"${c}" = b."${c}"`).join(', '))}, updated_at = now(), version = f.version + 1
        from import_batch_row r, jsonb_populate_record(null::farmer, r.before) b
        where r.batch_id = ${id}::uuid and r.farmer_id = f.id and f.id = any(${sql.param(toRestore)}::uuid[]) returning f.id`)).length
      : 0;
    const [after] = await tx.update(importBatch).set({ status: 'undone', undoneAt: new Date() }).where(eq(importBatch.id, id)).returning();
    await audit(tx, ctx, { verb: 'farmer.import.undo', targetType: 'import_batch', targetId: id, before: { status: b.status }, after: { removed, restored, kept: kept.length } });
    return { batch: out(after!), removed, restored, kept: kept.slice(0, 1000) };
  });
}

/** The column mappings saved for the caller's office, newest first. */
export async function listMappings(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx) {
  requirePermission(ctx.actor, 'farmer.import');
  const rows = await deps.db.select().from(importMapping).where(eq(importMapping.officeCode, officeOf(ctx))).orderBy(desc(importMapping.updatedAt)).limit(100);
  return {
    items: rows.map((r) => ({
      headings: r.signature.split('|'),
      columns: Object.entries(r.columns).map(([column, field]) => ({ column, field: field as never })),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
