import { and, desc, eq, getTableColumns, getTableName, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '../../db/client';
import { memo, remember } from '../../db/batch-memo';
import { groupMember, modelGroup } from '../../db/schema';
import { geoCodeInScope, type Scope } from '../../lib/authz';

/** A table of records kept by client id, with a version and a soft delete. */
export type RecordTable = PgTable & {
  id: AnyPgColumn;
  version: AnyPgColumn;
  deletedAt: AnyPgColumn;
  updatedAt: AnyPgColumn;
};

/** A table of records that belong to a model group (learning sessions, production, outlets, sales). */
export type GroupRecordTable = RecordTable & { groupId: AnyPgColumn };

/** Groups in a scope, as SQL over model_group (joined by the caller). */
export function groupsInScope(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.prefixes.length) parts.push(geoCodeInScope(scope, modelGroup.tambonCode));
  if (scope.groups.length) parts.push(sql`${modelGroup.id} = any(${sql.param(scope.groups)}::uuid[])`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export interface RecordFilter {
  scope: Scope;
  area?: Scope;
  groupId?: string;
  cohort?: number;
  from?: string;
  to?: string;
  cursor?: { date: string; id: string } | null;
  limit: number;
}

/** Newest first; paged by (date, id). Every list of group records goes through here. */
export async function listRecords(db: Executor, table: GroupRecordTable, date: AnyPgColumn, f: RecordFilter): Promise<Record<string, unknown>[]> {
  const where = and(
    sql`${table.deletedAt} is null`,
    groupsInScope(f.scope),
    f.area ? groupsInScope(f.area) : undefined,
    f.groupId ? eq(table.groupId, f.groupId) : undefined,
    f.cohort ? eq(modelGroup.cohortYear, f.cohort) : undefined,
    f.from ? gte(date, f.from) : undefined,
    f.to ? lte(date, f.to) : undefined,
    f.cursor ? sql`(${date}, ${table.id}) < (${f.cursor.date}::date, ${f.cursor.id}::uuid)` : undefined,
  );
  const rows = await db
    .select({ record: table as never, tambonCode: modelGroup.tambonCode })
    .from(table)
    .innerJoin(modelGroup, eq(modelGroup.id, table.groupId))
    .where(where)
    .orderBy(desc(date), desc(table.id))
    .limit(f.limit);
  return (rows as unknown as { record: Record<string, unknown> }[]).map((r) => r.record);
}

/** Model groups by id (the sync push authorises a batch's groups at once). */
export async function groupsByIds(db: Executor, ids: string[]) {
  return ids.length ? db.select().from(modelGroup).where(sql`${modelGroup.id} = any(${sql.param(ids)}::uuid[])`) : [];
}

/** Any records with these ids, deleted or not. */
export async function anyRecordsByIds(db: Executor, table: RecordTable, ids: string[]): Promise<Record<string, unknown>[]> {
  return ids.length ? ((await db.select().from(table).where(sql`${table.id} = any(${sql.param(ids)}::uuid[])`)) as Record<string, unknown>[]) : [];
}

/** Live records by id, of groups in the scope, dated `since` or later (the sync pull). */
export async function recordsByIds(db: Executor, table: GroupRecordTable, date: AnyPgColumn, f: { ids: string[]; scope: Scope; since: string }): Promise<Record<string, unknown>[]> {
  const rows = await db
    .select({ record: table as never })
    .from(table)
    .innerJoin(modelGroup, eq(modelGroup.id, table.groupId))
    .where(and(sql`${table.id} = any(${sql.param(f.ids)}::uuid[])`, sql`${table.deletedAt} is null`, groupsInScope(f.scope), gte(date, f.since)));
  return (rows as unknown as { record: Record<string, unknown> }[]).map((r) => r.record);
}

export async function findRecord(db: Executor, table: RecordTable, id: string): Promise<Record<string, unknown> | null> {
  const rows = await db.select().from(table).where(and(eq(table.id, id), sql`${table.deletedAt} is null`));
  return (rows[0] as Record<string, unknown>) ?? null;
}

/** Any record with this id, deleted or not (an id is never reused). */
export async function findAnyRecord(db: Executor, table: RecordTable, id: string): Promise<Record<string, unknown> | null> {
  return ((await db.select().from(table).where(eq(table.id, id)))[0] as Record<string, unknown>) ?? null;
}

export async function insertRecord(db: Executor, table: RecordTable, row: Record<string, unknown>) {
  return ((await db.insert(table).values(row as never).returning()) as Record<string, unknown>[])[0]!;
}

/**
 * Many records in one INSERT, their values sent as one JSON parameter (drizzle's multi-row insert
 * builds one parameter per value: most of the push's CPU at 500 records). A record whose id is
 * taken meanwhile (a concurrent identical write) is skipped. Returns the inserted rows as drizzle
 * would read them.
 */
export async function insertRecords(db: Executor, table: RecordTable, rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const names = keys.map((k) => {
    if (!columns[k]) throw new Error(`no column ${k} in ${getTableName(table)}`);
    return sql.identifier(columns[k].name);
  });
  const json = rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k]!.name, r[k] ?? null])));
  const list = sql.join(names, sql`, `);
  const inserted = rowsOf<Record<string, unknown>>(await db.execute(sql`insert into ${table} (${list})
    select ${list} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)
    on conflict (id) do nothing returning *`));
  // As drizzle maps a row it reads (a raw result comes through the same type parsers).
  const all = Object.entries(columns);
  return inserted.map((raw) => Object.fromEntries(all.map(([key, col]) => [key, raw[col.name] === null || raw[col.name] === undefined ? null : col.mapFromDriverValue(raw[col.name])])));
}

export async function updateRecord(db: Executor, table: RecordTable, id: string, version: number, patch: Record<string, unknown>) {
  const rows = (await db
    .update(table)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.id, id), eq(table.version, version), sql`${table.deletedAt} is null`))
    .returning()) as Record<string, unknown>[];
  return rows[0] ?? null;
}

/**
 * Keeps group_step_fact in step with the records: the first date of a kind of record for a
 * group, recomputed from an index after each write to that group — one statement that upserts
 * the date or, when no record is left, deletes the fact.
 */
export async function refreshFact(db: Executor, fact: string, table: GroupRecordTable, date: AnyPgColumn, groupId: string): Promise<void> {
  await db.execute(sql`
    with f as (select min(${date}) as d from ${table} where ${table.groupId} = ${groupId} and ${table.deletedAt} is null),
    upserted as (
      insert into group_step_fact (group_id, fact, first_on) select ${groupId}::uuid, ${fact}, d from f where d is not null
      on conflict (group_id, fact) do update set first_on = excluded.first_on)
    delete from group_step_fact where group_id = ${groupId} and fact = ${fact} and (select d from f) is null`);
}

/**
 * After records are created: each date becomes its group's first date of that kind only if it is
 * earlier. Nothing is written (nor locked) when it is not — so simultaneous records of one group
 * do not queue on its fact row (ADR 0024). The insert comes first: a fact row another writer is
 * inserting is waited for, and then moved earlier if this date is. Many groups at once (the sync
 * push's batch) in two statements, in group order.
 */
export async function advanceFacts(db: Executor, fact: string, firsts: { groupId: string; date: string }[]): Promise<void> {
  const earliest = new Map<string, string>();
  for (const { groupId, date } of firsts) if (!earliest.has(groupId) || date < earliest.get(groupId)!) earliest.set(groupId, date);
  if (!earliest.size) return;
  const ids = [...earliest.keys()].sort();
  const u = sql`unnest(${sql.param(ids)}::uuid[], ${sql.param(ids.map((id) => earliest.get(id)!))}::date[]) as u(group_id, first_on)`;
  await db.execute(sql`insert into group_step_fact (group_id, fact, first_on) select u.group_id, ${fact}, u.first_on from ${u} order by 1 on conflict (group_id, fact) do nothing`);
  await db.execute(sql`update group_step_fact f set first_on = u.first_on from ${u} where f.group_id = u.group_id and f.fact = ${fact} and f.first_on > u.first_on`);
}

export const advanceFact = (db: Executor, fact: string, groupId: string, date: string) => advanceFacts(db, fact, [{ groupId, date }]);

export async function memberIds(db: Executor, groupId: string): Promise<Set<string>> {
  return memo(`members:${groupId}`, async () => new Set((await db.select({ id: groupMember.farmerId }).from(groupMember).where(eq(groupMember.groupId, groupId))).map((r) => r.id)));
}

/** Inside `inBatch`: the members of these groups read in one query, for `memberIds` to answer from (the sync push's batch). */
export async function readMembersOf(db: Executor, groupIds: string[]): Promise<void> {
  if (!groupIds.length) return;
  const rows = await db.select({ groupId: groupMember.groupId, id: groupMember.farmerId }).from(groupMember).where(sql`${groupMember.groupId} = any(${sql.param(groupIds)}::uuid[])`);
  const members = new Map(groupIds.map((g) => [g, new Set<string>()]));
  for (const r of rows) members.get(r.groupId)?.add(r.id);
  for (const [g, ids] of members) remember(`members:${g}`, ids);
}
