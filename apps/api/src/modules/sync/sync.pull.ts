import { todayIso, type Permission } from '@ntag/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { can, scopeOf, type Actor, type Scope } from '../../lib/authz';
import * as farmers from '../farmers/farmers.service';
import { detail } from '../groups/groups.service';
import { findGroup } from '../groups/groups.repo';
import { sessionService } from '../learning/learning.service';
import { outletService } from '../markets/markets.service';
import { productionService } from '../production/production.service';
import { stepsOf } from '../progress/progress.service';
import { groupsForProgress } from '../progress/progress.repo';
import { transactionService } from '../sales/sales.service';
import type { SyncChangeOut } from './sync.schemas';
import { daysBefore, decodeCursor, encodeCursor, fingerprint } from './sync.rules';
import * as repo from './sync.repo';

type Deps = Pick<ModuleDeps, 'db'>;
type Kind = SyncChangeOut['kind'];

/** Records dated this many days back or later travel to the phone (recent records; older ones stay on the server). */
export const RECENT_DAYS = 183;

/** The permission that reads each kind of thing a phone keeps (products and one's own notifications: everyone). */
const READ: Partial<Record<Kind, Permission>> = {
  group: 'group.read', farmer: 'farmer.read', steps: 'progress.read',
  production: 'production.read', transaction: 'sales.read', learningSession: 'learning.read', outlet: 'market.read',
};

function scopesOf(actor: Actor): Partial<Record<Kind, Scope>> {
  return Object.fromEntries(Object.entries(READ).filter(([, p]) => can(actor, p)).map(([k, p]) => [k, scopeOf(actor, p)]));
}

/** Which change rows the caller may see: per kind, its permission's scope, in SQL. */
function visibleTo(actor: Actor, scopes: Partial<Record<Kind, Scope>>): SQL {
  const parts: SQL[] = [sql`sync_change.entity = 'product'`, sql`(sync_change.entity = 'notification' and sync_change.place = ${`u:${actor.userId}`})`];
  for (const [kind, scope] of Object.entries(scopes)) parts.push(sql`(sync_change.entity = ${kind} and ${repo.placeInScope(scope)})`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The things named by a page of changes, as the caller may read them now; absent: a tombstone. */
async function materialise(deps: Deps, actor: Actor, scopes: Partial<Record<Kind, Scope>>, ids: Map<Kind, string[]>, since: string): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  const put = (kind: Kind, id: string, data: unknown) => found.set(`${kind}:${id}`, data);
  const of = (kind: Kind) => ids.get(kind) ?? [];
  const jobs: Promise<void>[] = [];
  const records = { production: productionService, transaction: transactionService, learningSession: sessionService, outlet: outletService } as const;
  for (const [kind, service] of Object.entries(records) as [Kind, (typeof records)[keyof typeof records]][]) {
    if (of(kind).length) jobs.push(service.readable(deps, actor, of(kind), since).then((rows) => rows.forEach((r) => put(kind, r.id, r))));
  }
  if (of('farmer').length && scopes.farmer) {
    jobs.push(repo.farmersByIds(deps.db, of('farmer'), scopes.farmer).then(async (rows) => (await farmers.present(deps.db, actor, rows)).forEach((f) => put('farmer', f.id, f))));
  }
  if (of('group').length && scopes.group) {
    jobs.push(repo.groupIdsInScope(deps.db, of('group'), scopes.group).then(async (visible) => {
      for (const id of visible) {
        const g = await findGroup(deps.db, id);
        if (g) put('group', id, await detail(deps.db, actor, g));
      }
    }));
  }
  if (of('steps').length && scopes.steps) {
    jobs.push((async () => {
      const groups = await groupsForProgress(deps.db, { scope: scopes.steps!, area: { all: false, prefixes: [], agencies: [], groups: of('steps') } });
      const steps = await stepsOf(deps, groups);
      for (const g of groups) put('steps', g.id, { groupId: g.id, steps: steps.get(g.id)! });
    })());
  }
  if (of('product').length) {
    jobs.push(repo.productsByCodes(deps.db, of('product')).then((rows) => rows.forEach(({ active: _a, ...p }) => put('product', p.code, p))));
  }
  if (of('notification').length) {
    jobs.push(repo.openNotifications(deps.db, actor.userId, of('notification')).then((rows) => rows.forEach((n) => put('notification', n.id, {
      id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: null,
    }))));
  }
  await Promise.all(jobs);
  return found;
}

/**
 * What changed in the caller's scope since the cursor, in order, a page at a time: each thing as
 * the API shows it to the caller now, or a tombstone. A cursor made for another scope (a grant
 * added or taken away) starts again from nothing and says so (`reset`).
 */
export async function pull(deps: Deps, ctx: Ctx, q: { cursor?: string; limit: number }) {
  const { actor } = ctx;
  const scopes = scopesOf(actor);
  const scopeKey = fingerprint([actor.userId, scopes, RECENT_DAYS]);
  const given = q.cursor ? decodeCursor(q.cursor) : null;
  // A read-through starts from the snapshot taken before its first page: when it ends, what that
  // snapshot could not see is what the next pull reads.
  const next = given?.position ? given.next : await repo.snapshot(deps.db);
  // Transaction ids that went backwards: the data was restored into another cluster; start again.
  const restored = !!given?.base && !!next && BigInt(next.xmax) < BigInt(given.base.xmax);
  const reset = !!q.cursor && (!given || given.scope !== scopeKey || restored);
  const from = given && !reset ? given : null;
  const rows = await repo.changesAfter(deps.db, from?.base ?? null, from?.position ?? null, visibleTo(actor, scopes), q.limit + 1);
  const page = rows.slice(0, q.limit);
  const more = rows.length > q.limit;

  const ids = new Map<Kind, string[]>();
  for (const r of page) ids.set(r.entity as Kind, [...(ids.get(r.entity as Kind) ?? []), r.id]);
  const recentFrom = daysBefore(todayIso(), RECENT_DAYS);
  const found = await materialise(deps, actor, scopes, ids, recentFrom);

  // One change per thing and page: a thing moved between two places has two rows.
  const seen = new Set<string>();
  const changes: SyncChangeOut[] = [];
  for (const r of page) {
    const key = `${r.entity}:${r.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const data = found.get(key) ?? null;
    // A first read-through sends no tombstones: the phone holds nothing yet (records past the recent window are among them).
    if (data === null && !from?.base) continue;
    changes.push({ kind: r.entity, id: r.id, deleted: data === null, data } as SyncChangeOut);
  }
  const last = page.at(-1);
  const cursor = more && last
    ? { base: from?.base ?? null, next, position: { txid: last.txid, seq: last.seq }, scope: scopeKey }
    : { base: next, next: null, position: null, scope: scopeKey };
  return { changes, cursor: encodeCursor(cursor), more, reset, recentFrom };
}
