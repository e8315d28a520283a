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

/**
 * The next change rows after the cursor that `visible` lets through, of finished transactions
 * only (txid below the snapshot's xmin: a row of a transaction still running, or committed after
 * this snapshot, comes in a later pull and is never skipped). Also answers that horizon.
 */
export async function changesAfter(db: Executor, after: { txid: string; seq: number } | null, visible: SQL, limit: number): Promise<{ rows: ChangeRow[]; horizon: string }> {
  const rows = rowsOf<{ horizon: string; entity: string | null; id: string | null; txid: string | null; seq: string | number | null }>(await db.execute(sql`
    with h as (select pg_snapshot_xmin(pg_current_snapshot()) as x)
    select h.x::text as horizon, c.entity, c.id, c.txid::text as txid, c.seq
    from h left join lateral (
      select sync_change.entity, sync_change.id, sync_change.txid, sync_change.seq from sync_change
      where sync_change.txid < h.x
        ${after ? sql`and (sync_change.txid, sync_change.seq) > (${after.txid}::xid8, ${after.seq}::bigint)` : sql``}
        and ${visible}
      order by sync_change.txid, sync_change.seq
      limit ${limit}
    ) c on true`));
  return {
    horizon: rows[0]?.horizon ?? '0',
    rows: rows.filter((r) => r.entity !== null).map((r) => ({ entity: r.entity!, id: r.id!, txid: r.txid!, seq: Number(r.seq) })),
  };
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
