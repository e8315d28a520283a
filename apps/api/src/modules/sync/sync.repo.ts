import { and, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { farmer, groupMember, modelGroup, notification, product } from '../../db/schema';
import { geoCodeInScope, type Scope } from '../../lib/authz';
import { farmerInScope, type FarmerWithGroup } from '../farmers/farmers.repo';
import { groupsInScope } from '../records/records.repo';

export interface ChangeRow {
  entity: string;
  id: string;
  txid: string;
  seq: number;
}

/** Change rows of things lying in a scope: by tambon prefix, or by their group (a committee's grant). */
export function placeInScope(scope: Scope): SQL {
  if (scope.all) return sql`sync_change.place not like 'u:%'`;
  const parts: SQL[] = [];
  if (scope.prefixes.length) parts.push(geoCodeInScope(scope, sql`sync_change.place`));
  if (scope.groups.length) parts.push(sql`sync_change.group_id = any(${sql.param(scope.groups)}::uuid[])`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** A snapshot as the cursor keeps it: its xmax and the transactions running when it was taken. */
export interface Snap {
  xmax: string;
  xip: string[];
}

/** Transactions at most this many running at once are named in the cursor; more, and the snapshot's xmin stands for them. */
const MAX_XIP = 100;

/** What has committed so far: the current snapshot (PostgreSQL's pg_current_snapshot; PGlite the same). */
export async function snapshot(db: Executor): Promise<Snap> {
  const [row] = rowsOf<{ xmin: string; xmax: string; xip: string[] | null }>(await db.execute(sql`
    select pg_snapshot_xmin(s)::text as xmin, pg_snapshot_xmax(s)::text as xmax, (select array_agg(x::text) from pg_snapshot_xip(s) x) as xip
    from pg_current_snapshot() s`));
  const xip = row!.xip ?? [];
  // Too many to name: everything from xmin on is read again (sent twice, never skipped).
  return xip.length > MAX_XIP ? { xmax: row!.xmin, xip: [] } : { xmax: row!.xmax, xip };
}

/**
 * The change rows `visible` lets through that are newer than `base` — written by a transaction
 * that had not committed when that snapshot was taken (xid ≥ its xmax, or one it saw running) —
 * and after `position` in (txid, seq) order. Any other row was visible to the snapshot and read
 * then; so nothing committing late is skipped, however long a transaction runs.
 */
export async function changesAfter(db: Executor, base: Snap | null, position: { txid: string; seq: number } | null, visible: SQL, limit: number): Promise<ChangeRow[]> {
  const after = position ? sql`and (sync_change.txid, sync_change.seq) > (${position.txid}::xid8, ${position.seq}::bigint)` : sql``;
  const part = (newer: SQL) => sql`(select sync_change.entity, sync_change.id, sync_change.txid, sync_change.seq from sync_change
    where ${visible} ${newer} ${after} order by sync_change.txid, sync_change.seq limit ${limit})`;
  // Two index ranges, not one OR (which would read the whole index in order): past the base's
  // xmax, and the few transactions it saw running.
  const parts = !base ? [part(sql``)] : [
    part(sql`and sync_change.txid >= ${base.xmax}::xid8`),
    ...(base.xip.length ? [part(sql`and sync_change.txid = any(${sql.param(base.xip)}::xid8[]) and sync_change.txid < ${base.xmax}::xid8`)] : []),
  ];
  const rows = rowsOf<{ entity: string; id: string; txid: string; seq: string | number }>(await db.execute(sql`
    select c.entity, c.id, c.txid::text as txid, c.seq from (${sql.join(parts, sql` union all `)}) c
    order by c.txid, c.seq
    limit ${limit}`));
  return rows.map((r) => ({ entity: r.entity, id: r.id, txid: r.txid, seq: Number(r.seq) }));
}

/** Farmers by id inside a scope (not deleted), with their group. */
export async function farmersByIds(db: Executor, ids: string[], scope: Scope): Promise<FarmerWithGroup[]> {
  return db
    .select({ ...getTableColumns(farmer), groupId: groupMember.groupId })
    .from(farmer)
    .leftJoin(groupMember, eq(groupMember.farmerId, farmer.id))
    .where(and(sql`${farmer.id} = any(${sql.param(ids)}::uuid[])`, isNull(farmer.deletedAt), farmerInScope(scope)));
}

/** Ids of the groups among these that lie in a scope. */
export async function groupIdsInScope(db: Executor, ids: string[], scope: Scope): Promise<string[]> {
  return (await db.select({ id: modelGroup.id }).from(modelGroup).where(and(sql`${modelGroup.id} = any(${sql.param(ids)}::uuid[])`, groupsInScope(scope)))).map((r) => r.id);
}

export async function productsByCodes(db: Executor, codes: string[]) {
  return db.select().from(product).where(and(inArray(product.code, codes), eq(product.active, true)));
}

/** The caller's own notifications among these, still unread. */
export async function openNotifications(db: Executor, userId: string, ids: string[]) {
  return db.select().from(notification).where(and(sql`${notification.id} = any(${sql.param(ids)}::uuid[])`, eq(notification.userId, userId), isNull(notification.readAt)));
}
