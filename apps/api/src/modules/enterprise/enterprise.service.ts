import { and, eq, ne, sql } from 'drizzle-orm';
import { formatEnterpriseCode, normalizeEnterpriseCode, type OnlineKind } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { enterprise } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { checkRecordDate, groupFor, type GroupRow } from '../records/records.kit';
import { deleteOnePerGroup, live, saveOnePerGroup } from '../records/one-per-group';
import type { EnterpriseInput } from './enterprise.schemas';

type Deps = Pick<ModuleDeps, 'db'>;
type Row = typeof enterprise.$inferSelect;

const out = (groupId: string, r: Row | null) => ({
  groupId, exists: !!r, informedOn: r?.informedOn ?? null, appliedOn: r?.appliedOn ?? null, registeredOn: r?.registeredOn ?? null,
  registrationCode: r?.registrationCode ?? null, registrationCodeDisplay: r?.registrationCode ? formatEnterpriseCode(r.registrationCode) : null,
  marketsItself: r?.marketsItself ?? false, ownChannels: (r?.ownChannels ?? []) as OnlineKind[], version: r?.version ?? 0,
});

const find = async (db: Executor, groupId: string): Promise<Row | null> => (await db.select().from(enterprise).where(eq(enterprise.groupId, groupId)))[0] ?? null;
const bad = (path: string, message: string, code: 'validation.failed' | 'enterprise.bad_code' = 'validation.failed') => new AppError(code, 400, { issues: [{ path, message }] });

/** Dates in order (informed ≤ applied ≤ registered), a registered group has its code. */
async function validate(db: Executor, group: GroupRow, input: EnterpriseInput) {
  for (const k of ['informedOn', 'appliedOn', 'registeredOn'] as const) if (input[k]) checkRecordDate(input[k], group, k);
  if (input.informedOn && input.appliedOn && input.appliedOn < input.informedOn) throw bad('appliedOn', 'before the group was informed');
  if (input.appliedOn && input.registeredOn && input.registeredOn < input.appliedOn) throw bad('registeredOn', 'before the application');
  let code: string | null = null;
  if (input.registrationCode) {
    code = normalizeEnterpriseCode(input.registrationCode);
    if (!code) throw bad('registrationCode', '12 digits, e.g. 4-40-01-01/1-0023', 'enterprise.bad_code');
    const other = (await db.select({ groupId: enterprise.groupId }).from(enterprise).where(and(eq(enterprise.registrationCode, code), ne(enterprise.groupId, group.id))))[0];
    if (other) throw new AppError('enterprise.duplicate_code', 409, { issues: [{ path: 'registrationCode', message: 'registered to another group' }] });
  }
  if (input.registeredOn && !code) throw bad('registrationCode', 'a registered enterprise has its registration code', 'enterprise.bad_code');
  return code;
}

export async function getEnterprise(deps: Deps, ctx: Ctx, groupId: string) {
  await groupFor(deps.db, ctx.actor, 'enterprise.read', groupId);
  return out(groupId, live(await find(deps.db, groupId)));
}

const one = (groupId: string) => ({ noun: 'enterprise', what: 'the record', groupId, present: (r: Row | null) => out(groupId, r) });

/** Step 7: informed of rights and procedure → applied at the district office → registered. */
export async function putEnterprise(deps: Deps, ctx: Ctx, groupId: string, input: EnterpriseInput) {
  const group = await groupFor(deps.db, ctx.actor, 'enterprise.write', groupId);
  const code = await validate(deps.db, group, input);
  const fields = {
    informedOn: input.informedOn ?? null, appliedOn: input.appliedOn ?? null, registeredOn: input.registeredOn ?? null,
    registrationCode: code, marketsItself: input.marketsItself, ownChannels: input.ownChannels, deletedAt: null,
  };
  const row = await saveOnePerGroup(deps, ctx, {
    ...one(groupId), stored: await find(deps.db, groupId), version: input.version,
    write: async (tx, version) => version === null
      ? (await tx.insert(enterprise).values({ ...fields, groupId, createdBy: ctx.actor.userId }).returning())[0]
      : (await tx.update(enterprise).set({ ...fields, updatedAt: sql`now()`, version: sql`${enterprise.version} + 1` }).where(and(eq(enterprise.groupId, groupId), eq(enterprise.version, version))).returning())[0],
  });
  return out(groupId, row);
}

/** Soft-deletes the record (with the version read); its code is freed. */
export async function deleteEnterprise(deps: Deps, ctx: Ctx, groupId: string, version: number) {
  await groupFor(deps.db, ctx.actor, 'enterprise.write', groupId);
  return deleteOnePerGroup(deps, ctx, {
    ...one(groupId), before: live(await find(deps.db, groupId)), version,
    remove: async (tx, v) => (await tx.update(enterprise).set({ deletedAt: sql`now()`, registrationCode: null, version: sql`${enterprise.version} + 1` })
      .where(and(eq(enterprise.groupId, groupId), eq(enterprise.version, v))).returning())[0],
  });
}
