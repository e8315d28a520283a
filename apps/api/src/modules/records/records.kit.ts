import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { formatDate, todayIso, type ErrorCode, type Permission } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { modelGroup } from '../../db/schema';
import { audit, auditMany, type Ctx } from '../../lib/audit';
import { isDatabaseUnavailable, LostRace } from '../../lib/db-errors';
import { can, requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { AppError, invalid, notFound, stale } from '../../lib/errors';
import { areaOfUnit, findUnit } from '../geo/units';
import { findGroup } from '../groups/groups.repo';
import { findProduct } from '../production/products.repo';
import type { RecordListInput } from './records.schemas';
import { getTableName } from 'drizzle-orm';
import { addFiguresOfCreated, addGroupMonths, contributionOf, lockRecord, type Contribution } from '../stats/stats.repo';
import { inBatch } from '../../db/batch-memo';
import * as repo from './records.repo';


/** JSON with object keys sorted: a retried body equals the stored row whatever order jsonb gave its keys. */
function canonical(value: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sortKeys(value ?? null));
}
/**
 * One set of use cases for every kind of record a model group keeps (steps 3–6): scoped,
 * paged lists; create idempotent on the client's id; read; update with the version read (a stale
 * one answers 409 with the current record); soft delete — each write audited in its transaction
 * and the group's step facts kept current.
 */
export type GroupRow = typeof modelGroup.$inferSelect;
export type Row = Record<string, unknown> & { id: string; groupId: string; version: number };

export interface RecordKind<Input extends object, Out> {
  /** Audit target type and verb prefix, e.g. 'production'. */
  noun: string;
  table: repo.GroupRecordTable;
  /** The record's date column and its row property (for filters, order, cursors and facts); answers call it `date`. */
  date: AnyPgColumn;
  dateKey: string;
  read: Permission;
  write: Permission;
  notFound: ErrorCode;
  /** group_step_fact kept from this record type's first date, if it marks a step. */
  fact?: string;
  /** The record feeds the monthly figures of reports and dashboards (modules/stats). */
  stats?: boolean;
  /** Validates a whole record against its group; returns the columns to store. */
  prepare(db: Executor, input: Input, group: GroupRow): Promise<Record<string, unknown>>;
  /** A stored row back in the shape of the input, so that an update can patch it. */
  toInput(row: Row): Input;
  present(db: Executor, actor: Actor, rows: Row[]): Promise<Out[]>;
  /**
   * Records a tambon worker makes in the field (the offline app's kinds): deleting one made by
   * someone else is refusing it, and the person who recorded it is told, with the reason
   * (`what`: the record in Thai; `page`: the group's screen it is on).
   */
  refusal?: { what: string; page: string };
}

type Deps = Pick<ModuleDeps, 'db'>;
/** One item's answer from `createMany`. */
export type Answer = { created: boolean; version: number } | { error: unknown };

const encode = (date: string, id: string) => Buffer.from(JSON.stringify([date, id])).toString('base64url');
function decode(cursor: string): { date: string; id: string } {
  try {
    const [date, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && typeof id === 'string') return { date, id };
  } catch {
    /* fall through */
  }
  throw invalid([{ path: 'cursor', message: 'not a cursor from this list' }]);
}

/**
 * A date of something that happened: not in the future, not before the group existed. A record
 * of a whole month passes `lastDay`, so a month in which the group was founded is accepted.
 */
export function checkRecordDate(date: string, group: GroupRow, field: string, lastDay = date): void {
  if (date > todayIso()) throw new AppError('record.future_date', 400, { issues: [{ path: field, message: 'a date in the future' }] });
  const existedFrom = group.foundedOn ?? todayIso(group.createdAt);
  if (lastDay < existedFrom) throw new AppError('record.before_group', 400, { issues: [{ path: field, message: `before the group existed (${existedFrom})` }] });
}

/**
 * A record's `product` (production, transactions): a catalogue code or Thai name is that listed
 * product, which must be counted in one of its units; anything else is a product typed in, in any
 * unit. Returns the code (null for one typed in) and the name to store.
 */
export async function resolveProduct(db: Executor, input: { product: string; unit: string }) {
  const name = input.product.trim();
  const p = await findProduct(db, name);
  if (!p?.active) return { productCode: null, productName: name };
  if (!p.units.includes(input.unit)) throw new AppError('product.unit_mismatch', 400, { issues: [{ path: 'unit', message: `${p.nameTh} is counted in ${p.units.join(', ')}` }] });
  return { productCode: p.code, productName: p.nameTh };
}

/** A record's `product` in an answer: the catalogue code, else the name typed in. */
export const productOf = (r: { productCode: string | null; productName: string }): string => r.productCode ?? r.productName;

export async function requireMember(db: Executor, groupId: string, farmerId: string, field: string): Promise<void> {
  if (!(await repo.memberIds(db, groupId)).has(farmerId)) throw new AppError('record.not_member', 400, { issues: [{ path: field, message: 'not a member of this group' }] });
}

/** A group the actor holds `permission` on (by its tambon, or as its committee), else 404. */
export async function groupFor(db: Executor, actor: Actor, permission: Permission, groupId: string): Promise<GroupRow> {
  requirePermission(actor, permission);
  const found = await findGroup(db, groupId);
  if (!found || !unitInScope(scopeOf(actor, permission), { code: found.group.id, kind: 'group', tambonCode: found.group.tambonCode })) {
    throw new AppError('group.not_found', 404, { issues: [{ path: 'groupId', message: 'no such group in your area' }] });
  }
  return found.group;
}

export function recordService<Input extends object, Out>(kind: RecordKind<Input, Out>) {
  async function recordFor(db: Executor, actor: Actor, permission: Permission, id: string): Promise<{ row: Row; group: GroupRow }> {
    requirePermission(actor, permission);
    const row = (await repo.findRecord(db, kind.table, id)) as Row | null;
    if (!row) throw notFound(kind.notFound);
    const found = await findGroup(db, row.groupId);
    if (!found || !unitInScope(scopeOf(actor, permission), { code: found.group.id, kind: 'group', tambonCode: found.group.tambonCode })) throw notFound(kind.notFound);
    return { row, group: found.group };
  }

  const one = async (db: Executor, actor: Actor, row: Row) => (await kind.present(db, actor, [row]))[0]!;

  const tableName = getTableName(kind.table);
  /** What a record added before it was created. */
  const CREATED: Contribution = [];

  /**
   * The step facts and monthly figures follow every write; `dates` are the record's dates before
   * and after, `before` what the record added to the monthly figures before the write (ADR 0024).
   * An edit that keeps the date cannot move the group's first date.
   */
  async function afterWrite(tx: Executor, group: GroupRow, id: string, dates: unknown[], before: Contribution) {
    const dateKept = dates.length === 2 && dates[0] === dates[1];
    const created = dates.length === 1 && before === CREATED;
    if (kind.fact && created) await repo.advanceFact(tx, kind.fact, group.id, String(dates[0]));
    else if (kind.fact && !dateKept) await repo.refreshFact(tx, kind.fact, kind.table, kind.date, group.id);
    if (kind.stats) await addGroupMonths(tx, group, before, await contributionOf(tx, tableName, id));
  }

  /** The record's row locked at the version read, and what it adds to the figures: null when that version is gone. */
  async function lockFor(tx: Executor, id: string, version: number): Promise<Contribution | null> {
    if (!kind.stats) return [];
    if (!(await lockRecord(tx, tableName, id, version))) return null;
    return contributionOf(tx, tableName, id);
  }

  async function insert(tx: Executor, ctx: Ctx, group: GroupRow, id: string, columns: Record<string, unknown>): Promise<Row> {
    const inserted = (await repo.insertRecord(tx, kind.table, { ...columns, id, groupId: group.id, createdBy: ctx.actor.userId })) as Row;
    await afterWrite(tx, group, id, [inserted[kind.dateKey]], CREATED);
    await audit(tx, ctx, { verb: `${kind.noun}.create`, targetType: kind.noun, targetId: id, after: inserted });
    return inserted;
  }

  /** What `createMany` will create: the item's place in the call, the record's id, group and checked columns. */
  interface Fresh { at: number; id: string; group: GroupRow; columns: Record<string, unknown> }

  /**
   * The records in one transaction (ADR 0020): one INSERT (a record someone else created with the
   * same id meanwhile is skipped and answered `LostRace`), the step facts and monthly figures of
   * what was inserted, and one statement of audit rows. If the database refuses the statement
   * (a value the checks let through but a column does not, a deadlock), nothing of it stays and
   * each record is written alone in its own transaction, so only the item at fault is refused.
   */
  async function insertMany(deps: Deps, ctx: Ctx, fresh: Fresh[]): Promise<({ row: Row } | { error: unknown })[]> {
    if (!fresh.length) return [];
    try {
      return await deps.db.transaction(async (tx) => {
        const inserted = (await repo.insertRecords(tx, kind.table, fresh.map((f) => ({ ...f.columns, id: f.id, groupId: f.group.id, createdBy: ctx.actor.userId })))) as Row[];
        const byId = new Map(inserted.map((r) => [r.id, r]));
        const done = fresh.flatMap((f) => (byId.has(f.id) ? [{ group: f.group, row: byId.get(f.id)! }] : []));
        if (kind.fact) await repo.advanceFacts(tx, kind.fact, done.map(({ group, row }) => ({ groupId: group.id, date: String(row[kind.dateKey]) })));
        if (kind.stats) await addFiguresOfCreated(tx, tableName, done.map(({ row }) => row.id));
        await auditMany(tx, ctx, done.map(({ row }) => ({ verb: `${kind.noun}.create`, targetType: kind.noun, targetId: row.id, after: row })));
        return fresh.map((f) => (byId.has(f.id) ? { row: byId.get(f.id)! } : { error: new LostRace() }));
      });
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      const out: ({ row: Row } | { error: unknown })[] = [];
      for (const f of fresh) {
        try {
          out.push({ row: await deps.db.transaction((tx) => insert(tx, ctx, f.group, f.id, f.columns)) });
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw error;
          out.push({ error });
        }
      }
      return out;
    }
  }

  return {
    async list(deps: Deps, ctx: Ctx, q: RecordListInput) {
      const { actor } = ctx;
      requirePermission(actor, kind.read);
      let area;
      if (q.unit) {
        const unit = await findUnit(deps.db, q.unit);
        requireInScope(actor, kind.read, unit);
        area = await areaOfUnit(deps.db, unit!);
      }
      if (q.group) await groupFor(deps.db, actor, kind.read, q.group);
      const rows = (await repo.listRecords(deps.db, kind.table, kind.date, {
        scope: scopeOf(actor, kind.read), area, groupId: q.group, cohort: q.cohort, from: q.from, to: q.to,
        cursor: q.cursor ? decode(q.cursor) : null, limit: q.limit + 1,
      })) as Row[];
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return { items: await kind.present(deps.db, actor, page), nextCursor: rows.length > q.limit && last ? encode(String(last[kind.dateKey]), last.id) : null };
    },

    async get(deps: Deps, ctx: Ctx, id: string) {
      const { row } = await recordFor(deps.db, ctx.actor, kind.read, id);
      return one(deps.db, ctx.actor, row);
    },

    /** Same id and body again: the same record (created false); same id, other body: 409. */
    async create(deps: Deps, ctx: Ctx, input: Input & { id: string; groupId: string }): Promise<{ created: boolean; record: Out }> {
      const { actor } = ctx;
      const group = await groupFor(deps.db, actor, kind.write, input.groupId);
      const { id, groupId: _g, ...fields } = input;
      const columns = await kind.prepare(deps.db, fields as unknown as Input, group);
      const existing = (await repo.findAnyRecord(deps.db, kind.table, id)) as Row | null;
      if (existing) {
        const same = existing.groupId === group.id && !existing.deletedAt && Object.entries(columns).every(([k, v]) => canonical(v) === canonical(existing[k]));
        if (!same) throw new AppError('record.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another record' }] });
        return { created: false, record: await one(deps.db, actor, existing) };
      }
      const row = await deps.db.transaction((tx) => insert(tx, ctx, group, id, columns));
      return { created: true, record: await one(deps.db, actor, row) };
    },

    /**
     * Creates many records, as `create` would one by one (the sync push, ADR 0020): the same
     * scope, rules, idempotency, audit row, step facts and monthly figures — but the reads the
     * items share (their groups, members, products) are made once, and the records are written
     * together in one transaction: one INSERT, one statement of audit rows, the step facts and the
     * monthly figures once per touched group and month. Answers per input: the record's version
     * and whether it was created, or the error `create` would have thrown (a `LostRace` for an
     * item another writer created with the same id meanwhile: run it alone again).
     */
    async createMany(deps: Deps, ctx: Ctx, inputs: (Input & { id: string; groupId: string })[]): Promise<Answer[]> {
      const { actor } = ctx;
      if (!can(actor, kind.write)) return inputs.map(() => ({ error: new AppError('authz.forbidden', 403) }));
      const scope = scopeOf(actor, kind.write);
      const groups = new Map((await repo.groupsByIds(deps.db, [...new Set(inputs.map((i) => i.groupId))])).map((g) => [g.id, g]));
      const stored = new Map(((await repo.anyRecordsByIds(deps.db, kind.table, inputs.map((i) => i.id))) as Row[]).map((r) => [r.id, r]));
      const out: Answer[] = [];
      /** Items to create, and items that repeat one of them (the same id again in this call). */
      const fresh: Fresh[] = [];
      const repeats: { at: number; of: number }[] = [];
      const freshById = new Map<string, number>();
      // Checked one by one, as `create` checks (outside the transaction: a read that fails is its item's).
      await inBatch(async () => {
        await repo.readMembersOf(deps.db, [...groups.keys()]);
        for (const [at, input] of inputs.entries()) {
          try {
            const group = groups.get(input.groupId.toLowerCase());
            if (!group || !unitInScope(scope, { code: group.id, kind: 'group', tambonCode: group.tambonCode })) {
              throw new AppError('group.not_found', 404, { issues: [{ path: 'groupId', message: 'no such group in your area' }] });
            }
            const { id: anyCaseId, groupId: _g, ...fields } = input;
            const id = anyCaseId.toLowerCase();
            const columns = await kind.prepare(deps.db, fields as unknown as Input, group);
            const existing = stored.get(id);
            const earlier = freshById.get(id);
            const same = (g: string, c: Record<string, unknown>, deleted = false) =>
              g === group.id && !deleted && Object.entries(columns).every(([k, v]) => canonical(v) === canonical(c[k]));
            if (existing || earlier !== undefined) {
              if (existing ? !same(existing.groupId, existing, Boolean(existing.deletedAt)) : !same(fresh[earlier!]!.group.id, fresh[earlier!]!.columns)) {
                throw new AppError('record.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another record' }] });
              }
              if (existing) out[at] = { created: false, version: existing.version };
              else repeats.push({ at, of: earlier! });
              continue;
            }
            freshById.set(id, fresh.length);
            fresh.push({ at, id, group, columns });
          } catch (error) {
            out[at] = { error };
          }
        }
      });
      const written = await insertMany(deps, ctx, fresh);
      written.forEach((w, n) => (out[fresh[n]!.at] = 'row' in w ? { created: true, version: w.row.version } : w));
      // The same record again: a duplicate of the one just created; if that one was not, the item runs alone.
      for (const { at, of } of repeats) {
        const first = written[of]!;
        out[at] = 'row' in first ? { created: false, version: first.row.version } : { error: new LostRace() };
      }
      return out;
    },

    /**
     * Creates a record inside another use case's transaction (a delivered purchase enquiry
     * becomes a sale): validated like any other, with the group's step facts, monthly figures
     * and audit row in that transaction. The caller has authorised the write.
     */
    async createIn(tx: Executor, ctx: Ctx, group: GroupRow, id: string, input: Input): Promise<Row> {
      return insert(tx, ctx, group, id, await kind.prepare(tx, input, group));
    },

    async update(deps: Deps, ctx: Ctx, id: string, input: Partial<Input> & { version: number }) {
      const { actor } = ctx;
      const { row: before, group } = await recordFor(deps.db, actor, kind.write, id);
      const { version, ...patch } = input;
      const merged = { ...kind.toInput(before), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      const columns = await kind.prepare(deps.db, merged as unknown as Input, group);
      const row = await deps.db.transaction(async (tx) => {
        const was = await lockFor(tx, id, version);
        const r = was ? ((await repo.updateRecord(tx, kind.table, id, version, columns)) as Row | null) : null;
        if (r) {
          await afterWrite(tx, group, id, [before[kind.dateKey], r[kind.dateKey]], was!);
          await audit(tx, ctx, { verb: `${kind.noun}.update`, targetType: kind.noun, targetId: id, before, after: r });
        }
        return r;
      });
      if (!row) throw stale(await one(deps.db, actor, (await repo.findRecord(deps.db, kind.table, id)) as Row));
      return one(deps.db, actor, row);
    },

    /**
     * An edit that is already in the stored record: every field it sets holds that value now
     * (an edit sent again after its answer was lost: the sync push answers it as a duplicate,
     * not as a conflict with itself).
     */
    async editAlreadyIn(deps: Deps, ctx: Ctx, id: string, patch: Partial<Input>): Promise<boolean> {
      const { row, group } = await recordFor(deps.db, ctx.actor, kind.write, id);
      const merged = { ...kind.toInput(row), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      try {
        const columns = await kind.prepare(deps.db, merged as unknown as Input, group);
        return Object.entries(columns).every(([k, v]) => canonical(v) === canonical(row[k]));
      } catch {
        return false;
      }
    },

    /** Records by id that the actor may read and that are dated `since` or later, as the API shows them (the sync pull). */
    async readable(deps: Deps, actor: Actor, ids: string[], since: string): Promise<Out[]> {
      if (!ids.length || !can(actor, kind.read)) return [];
      const rows = (await repo.recordsByIds(deps.db, kind.table, kind.date, { ids, scope: scopeOf(actor, kind.read), since })) as Row[];
      return kind.present(deps.db, actor, rows);
    },

    /** Deleting one made by someone else is refusing it: `reason` goes to whoever recorded it. */
    refusable: !!kind.refusal,

    /**
     * Soft delete with the version read; the record stays for the audit trail. A record someone
     * else made (a tambon worker's, deleted by the district) is refused: its maker is notified
     * with the reason, in the app and on the phone at its next sync.
     */
    async remove(deps: Pick<ModuleDeps, 'db' | 'notifier'>, ctx: Ctx, id: string, version: number, reason?: string) {
      const { actor } = ctx;
      const { row: before, group } = await recordFor(deps.db, actor, kind.write, id);
      const row = await deps.db.transaction(async (tx) => {
        const was = await lockFor(tx, id, version);
        const r = was ? ((await repo.updateRecord(tx, kind.table, id, version, { deletedAt: new Date() })) as Row | null) : null;
        if (r) {
          await afterWrite(tx, group, id, [before[kind.dateKey]], was!);
          await audit(tx, ctx, { verb: `${kind.noun}.delete`, targetType: kind.noun, targetId: id, before, ...(reason ? { after: { reason } } : {}) });
        }
        return r;
      });
      if (!row) throw stale(await one(deps.db, actor, before));
      const maker = before.createdBy as string | null | undefined;
      if (kind.refusal && maker && maker !== actor.userId) {
        const date = formatDate(String(before[kind.dateKey]), 'th');
        await deps.notifier.notify(deps.db, [maker], {
          kind: 'record.refused',
          title: `${actor.displayName} ไม่รับ${kind.refusal.what}วันที่ ${date} ของ${group.name}`,
          body: reason ? `เหตุผล: ${reason}` : 'ไม่ได้ระบุเหตุผล',
          link: `/groups/${group.id}/${kind.refusal.page}`,
          dedupeKey: `record:${id}:refused`,
        });
      }
      return { ok: true as const };
    },
  };
}
