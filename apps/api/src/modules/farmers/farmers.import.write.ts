import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ModuleDeps } from '../../module';
import { rowsOf, type Executor } from '../../db/client';
import { farmer, importBatch } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import type { Candidate } from './farmers.import.rows';

/**
 * Writing an import: upserts on the national id, a batch of rows per transaction with its audit
 * rows and the batch's own record of each farmer's state before (for undo). Rows travel as one
 * array per column (`unnest`): a few parameters per batch instead of one per cell.
 */
export type FarmerRow = typeof farmer.$inferSelect;
export const STORED_FIELDS = [
  'title', 'firstName', 'lastName', 'birthDate', 'sex', 'phone', 'houseNo', 'villageNo', 'villageName', 'tambonCode', 'householdSize',
  'farmerRegistryNo', 'plotAreaSqm', 'titleDeedType', 'pondDug', 'pondYear', 'pondVolumeM3', 'activities', 'notes',
] as const;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
export const unchanged = (stored: FarmerRow, body: Candidate) => STORED_FIELDS.every((k) => sameValue(stored[k], body[k]));

/** Rows per transaction: a handful of array parameters each, whatever the size. */
const BATCH = 2000;

export async function existingByNationalId(db: Executor, ids: string[]): Promise<Map<string, FarmerRow>> {
  const out = new Map<string, FarmerRow>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db.select().from(farmer).where(inArray(farmer.nationalId, ids.slice(i, i + 5000)));
    for (const r of rows) out.set(r.nationalId, r);
  }
  return out;
}

const UPSERT_COLUMNS = ['id', 'nationalId', ...STORED_FIELDS, 'createdBy', 'importBatchId'] as const;
const arrayType = (k: (typeof UPSERT_COLUMNS)[number]) => (k === 'activities' ? 'text' : farmer[k].getSQLType());

export async function writeBatches(
  db: ModuleDeps['db'], ctx: Ctx, batchId: string,
  toCreate: { body: Candidate }[], toUpdate: { body: Candidate; stored: FarmerRow }[],
  progress: (done: number) => Promise<void>,
) {
  const all = [...toCreate.map((c) => ({ body: c.body, stored: null as FarmerRow | null })), ...toUpdate];
  const cols = UPSERT_COLUMNS.map((k) => sql.raw(`"${farmer[k].name}"`));
  const updates = sql.raw([...STORED_FIELDS, 'importBatchId' as const].map((k) => `"${farmer[k].name}" = excluded."${farmer[k].name}"`).join(', '));
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const rows = batch.map(({ body, stored }) => ({ ...body, id: stored?.id ?? body.id, createdBy: ctx.actor.userId, importBatchId: batchId }) as Record<string, unknown>);
    const arrays = UPSERT_COLUMNS.map((k) => {
      const values = rows.map((r) => (k === 'activities' ? JSON.stringify(r[k] ?? []) : (r[k] ?? null)));
      return sql`${sql.param(values)}::${sql.raw(arrayType(k))}[]`;
    });
    // sql.param: an array goes as one parameter (drizzle would otherwise spread it into a list).
    await db.transaction(async (tx) => {
      const written = rowsOf<{ id: string; national_id: string; version: number }>(await tx.execute(sql`
        insert into farmer (${sql.join(cols, sql`, `)})
        select ${sql.raw(UPSERT_COLUMNS.map((k, j) => (k === 'activities' ? `a${j}::jsonb` : `a${j}`)).join(', '))}
        from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.raw(UPSERT_COLUMNS.map((_, j) => `a${j}`).join(', '))})
        on conflict (national_id) do update set ${updates}, updated_at = now(), version = farmer.version + 1
        returning id, national_id, version`));
      const sent = new Map(batch.map((b, j) => [b.body.nationalId, { after: rows[j]!, before: b.stored }]));
      const audit = written.map((w) => {
        const { after, before } = sent.get(w.national_id)!;
        return {
          verb: before ? 'farmer.import.update' : 'farmer.import.create', id: w.id, version: Number(w.version),
          before: before ? JSON.stringify(before) : null, after: JSON.stringify({ ...after, id: w.id }),
          // The state to restore on undo, in column names (read back with jsonb_populate_record).
          columns: before ? JSON.stringify(Object.fromEntries([...STORED_FIELDS, 'importBatchId' as const].map((k) => [farmer[k].name, before[k]]))) : null,
        };
      });
      await tx.execute(sql`
        insert into audit_log (actor_id, actor_username, request_id, verb, target_type, target_id, before, after)
        select ${ctx.actor.userId}::uuid, ${ctx.actor.username}, ${ctx.requestId}, v, 'farmer', t, b::jsonb, a::jsonb
        from unnest(${sql.param(audit.map((x) => x.verb))}::text[], ${sql.param(audit.map((x) => x.id))}::text[], ${sql.param(audit.map((x) => x.before))}::text[], ${sql.param(audit.map((x) => x.after))}::text[]) as u(v, t, b, a)`);
      await tx.execute(sql`
        insert into import_batch_row (batch_id, farmer_id, before, version)
        select ${batchId}::uuid, f, b::jsonb, v from unnest(${sql.param(audit.map((x) => x.id))}::uuid[], ${sql.param(audit.map((x) => x.columns))}::text[], ${sql.param(audit.map((x) => x.version))}::int[]) as u(f, b, v)
        on conflict (batch_id, farmer_id) do update set version = excluded.version`);
    });
    await progress(Math.min(all.length, i + BATCH));
  }
}

/** Progress of a running import, kept in its batch row so any process (and the screen) can read it. */
export async function setProgress(db: Executor, batchId: string, values: Partial<Pick<typeof importBatch.$inferInsert, 'status' | 'rowsDone' | 'rowsTotal' | 'created' | 'updated'>>) {
  await db.update(importBatch).set(values).where(and(eq(importBatch.id, batchId)));
}
