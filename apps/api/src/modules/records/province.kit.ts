import type { Permission } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { reachesProvince, requireInScope, requirePermission, scopeOf, unitInScope, type Scope } from '../../lib/authz';
import { AppError, notFound, stale } from '../../lib/errors';
import { findUnit } from '../geo/units';
import * as repo from './records.repo';

/**
 * Records a province keeps for everyone working in it (online channels, marketing events):
 * written by those over the province, read by anyone within any part of it; create idempotent
 * on the client's id, update with the version read (a stale one answers 409 with the current
 * record), soft delete — each write audited in its transaction.
 */
export type ProvinceRow = { id: string; provinceCode: string; version: number; deletedAt: Date | null };

export interface ProvinceKind<Row extends ProvinceRow, Input extends { provinceCode: string }, Out> {
  /** Audit target type and verb prefix, e.g. 'channel'. */
  noun: string;
  table: repo.RecordTable;
  read: Permission;
  write: Permission;
  /** Who else reads a record besides those within its province (e.g. the groups that took part). */
  alsoReads?(scope: Scope, row: Row): boolean;
  /** Validates a whole record (a new one, or a stored one with a patch); the writer's scope is checked first. */
  check(db: Executor, record: Input): Promise<void>;
  /** A create retried with the same id is the same record when these fields match. */
  same: (keyof Input & keyof Row)[];
  present(db: Executor, rows: Row[]): Promise<Out[]>;
}

type Deps = Pick<ModuleDeps, 'db'>;

export function provinceRecordService<Row extends ProvinceRow, Input extends { provinceCode: string }, Out>(kind: ProvinceKind<Row, Input, Out>) {
  const one = async (db: Executor, row: Row) => (await kind.present(db, [row]))[0]!;

  async function recordFor(db: Executor, ctx: Ctx, permission: Permission, id: string): Promise<Row> {
    requirePermission(ctx.actor, permission);
    const row = (await repo.findRecord(db, kind.table, id)) as Row | null;
    const scope = scopeOf(ctx.actor, permission);
    const visible = row && (permission === kind.read
      ? reachesProvince(scope, row.provinceCode) || !!kind.alsoReads?.(scope, row)
      : unitInScope(scope, { code: row.provinceCode, kind: 'province' }));
    if (!visible) throw notFound('record.not_found');
    return row;
  }

  async function checkWrite(db: Executor, ctx: Ctx, record: Input) {
    requireInScope(ctx.actor, kind.write, await findUnit(db, record.provinceCode));
    await kind.check(db, record);
  }

  return {
    async get(deps: Deps, ctx: Ctx, id: string) {
      return one(deps.db, await recordFor(deps.db, ctx, kind.read, id));
    },

    /** Same id and the same record again: created false; same id, another record: 409. */
    async create(deps: Deps, ctx: Ctx, input: Input & { id: string }): Promise<{ created: boolean; record: Out }> {
      await checkWrite(deps.db, ctx, input);
      const existing = (await repo.findAnyRecord(deps.db, kind.table, input.id)) as Row | null;
      if (existing) {
        if (kind.same.some((k) => existing[k] !== input[k])) throw new AppError('record.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another record' }] });
        return { created: false, record: await one(deps.db, existing) };
      }
      const row = await deps.db.transaction(async (tx) => {
        const r = (await repo.insertRecord(tx, kind.table, { ...input, createdBy: ctx.actor.userId })) as Row;
        await audit(tx, ctx, { verb: `${kind.noun}.create`, targetType: kind.noun, targetId: r.id, after: r });
        return r;
      });
      return { created: true, record: await one(deps.db, row) };
    },

    async update(deps: Deps, ctx: Ctx, id: string, input: Partial<Input> & { version: number }) {
      const before = await recordFor(deps.db, ctx, kind.write, id);
      const { version, ...given } = input;
      const patch = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      await checkWrite(deps.db, ctx, { ...before, ...patch } as unknown as Input);
      const row = await deps.db.transaction(async (tx) => {
        const r = (await repo.updateRecord(tx, kind.table, id, version, patch)) as Row | null;
        if (r) await audit(tx, ctx, { verb: `${kind.noun}.update`, targetType: kind.noun, targetId: id, before, after: r });
        return r;
      });
      if (!row) throw stale(await one(deps.db, (await repo.findAnyRecord(deps.db, kind.table, id)) as Row));
      return one(deps.db, row);
    },

    /** Soft delete with the version read; the record stays for the audit trail. */
    async remove(deps: Deps, ctx: Ctx, id: string, version: number) {
      const before = await recordFor(deps.db, ctx, kind.write, id);
      const row = await deps.db.transaction(async (tx) => {
        const r = await repo.updateRecord(tx, kind.table, id, version, { deletedAt: new Date() });
        if (r) await audit(tx, ctx, { verb: `${kind.noun}.delete`, targetType: kind.noun, targetId: id, before });
        return r;
      });
      if (!row) throw stale(await one(deps.db, before));
      return { ok: true as const };
    },
  };
}

/** The provinces a scope reaches, for lists of province records (null: the whole country). */
export const provincesOf = (scope: Scope): string[] | null => (scope.all ? null : [...new Set(scope.prefixes.map((p) => p.slice(0, 2)))]);
