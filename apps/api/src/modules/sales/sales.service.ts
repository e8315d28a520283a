import type { BuyerType, Channel, QuantityUnit } from '@ntag/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { marketingEvent, modelGroup, outlet, transaction } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { invalid } from '../../lib/errors';
import { LIMITS } from '../common.schemas';
import { findUnit } from '../geo/units';
import { farmerNames } from '../production/products.repo';
import { checkRecordDate, groupFor, productOf, recordService, requireMember, resolveProduct, type RecordKind } from '../records/records.kit';
import { provinceRecordService, provincesOf } from '../records/province.kit';
import type { EventInput, TransactionInput } from './sales.schemas';
import { kindOfChannel, saleValue } from './sales.rules';

type Deps = Pick<ModuleDeps, 'db'>;
type TxRow = typeof transaction.$inferSelect;
type EventRow = typeof marketingEvent.$inferSelect;
const bad = (path: string, message: string) => invalid([{ path, message }]);

const transactionKind: RecordKind<TransactionInput, ReturnType<typeof txOut>> = {
  noun: 'transaction',
  refusal: { what: 'รายการขาย/แลกเปลี่ยน', page: 'sales' },
  table: transaction,
  date: transaction.occurredOn,
  dateKey: 'occurredOn',
  read: 'sales.read',
  write: 'sales.write',
  notFound: 'record.not_found',
  fact: 'transaction',
  stats: true,
  async prepare(db, input, group) {
    const occurredOn = input.date!;
    checkRecordDate(occurredOn, group, 'date');
    if (input.farmerId) await requireMember(db, group.id, input.farmerId, 'farmerId');
    const product = await resolveProduct(db, { product: input.product!, unit: input.unit! });
    const channel = input.channel!;
    if (channel === 'event') {
      if (!input.eventId) throw bad('eventId', 'a sale at a marketing event names the event');
      const ev = (await db.select().from(marketingEvent).where(and(eq(marketingEvent.id, input.eventId), sql`${marketingEvent.deletedAt} is null`)))[0];
      if (!ev || !ev.groupIds.includes(group.id)) throw bad('eventId', 'not an event this group took part in');
    }
    if (channel === 'online' && !input.platform) throw bad('platform', 'name the platform (Facebook, LINE, Shopee…)');
    if (input.outletId) {
      const o = (await db.select({ groupId: outlet.groupId }).from(outlet).where(and(eq(outlet.id, input.outletId), sql`${outlet.deletedAt} is null`)))[0];
      if (!o || o.groupId !== group.id) throw bad('outletId', "not an outlet of this group's survey");
    }
    const value = saleValue(input.quantity!, input.unitPrice, input.value);
    if (kindOfChannel(channel) === 'sale' && value === null) throw bad('value', 'a sale needs a unit price or a value');
    // Quantity × unit price can pass what the value's numeric(14,2) column holds though each is in range.
    if (value !== null && value > LIMITS.money) throw bad('unitPrice', `quantity × unit price is more than ${LIMITS.money.toLocaleString('en')} baht`);
    return {
      farmerId: input.farmerId ?? null, occurredOn, ...product, unit: input.unit, quantity: input.quantity,
      unitPrice: input.unitPrice ?? null, valueBaht: value, channel, outletId: input.outletId ?? null,
      eventId: channel === 'event' ? input.eventId : (input.eventId ?? null), platform: input.platform ?? null, buyerType: input.buyerType ?? null, notes: input.notes ?? null,
    };
  },
  toInput(row) {
    const r = row as unknown as TxRow;
    return {
      farmerId: r.farmerId, date: r.occurredOn, product: productOf(r), unit: r.unit as QuantityUnit,
      quantity: Number(r.quantity), unitPrice: r.unitPrice, value: r.valueBaht, channel: r.channel as Channel, outletId: r.outletId,
      eventId: r.eventId, platform: r.platform, buyerType: r.buyerType as BuyerType | null, notes: r.notes,
    };
  },
  async present(db, _actor, rows) {
    const names = await farmerNames(db, rows.map((r) => r.farmerId as string | null));
    return (rows as unknown as TxRow[]).map((r) => txOut(r, names));
  },
};

function txOut(r: TxRow, names: Map<string, string>) {
  return {
    id: r.id, groupId: r.groupId, farmerId: r.farmerId, farmerName: r.farmerId ? (names.get(r.farmerId) ?? null) : null, date: r.occurredOn,
    product: productOf(r), unit: r.unit as QuantityUnit, quantity: Number(r.quantity),
    unitPrice: r.unitPrice === null ? null : Number(r.unitPrice), value: r.valueBaht === null ? null : Number(r.valueBaht),
    channel: r.channel as Channel, kind: kindOfChannel(r.channel as Channel), outletId: r.outletId, eventId: r.eventId, platform: r.platform,
    buyerType: r.buyerType as BuyerType | null, notes: r.notes, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}

export const transactionService = recordService(transactionKind);

async function eventOut(db: Executor, rows: EventRow[]) {
  const ids = [...new Set(rows.flatMap((r) => r.groupIds))];
  const names = new Map(ids.length ? (await db.select({ id: modelGroup.id, name: modelGroup.name }).from(modelGroup).where(inArray(modelGroup.id, ids))).map((g) => [g.id, g.name]) : []);
  return rows.map((r) => ({
    id: r.id, provinceCode: r.provinceCode, name: r.name, startsOn: r.startsOn, endsOn: r.endsOn, place: r.place,
    groups: r.groupIds.map((id) => ({ id, name: names.get(id) ?? '' })), notes: r.notes,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  }));
}

/** Events belong to a province; the groups that took part must be its groups, and may read it. */
export const eventService = provinceRecordService<EventRow, EventInput, Awaited<ReturnType<typeof eventOut>>[number]>({
  noun: 'event',
  table: marketingEvent,
  read: 'sales.read',
  write: 'event.write',
  alsoReads: (scope, row) => row.groupIds.some((g) => scope.groups.includes(g)),
  async check(db, input) {
    if (input.endsOn && input.endsOn < input.startsOn) throw bad('endsOn', 'before the start');
    if (input.groupIds.length) {
      const found = await db.select({ id: modelGroup.id, tambonCode: modelGroup.tambonCode }).from(modelGroup).where(inArray(modelGroup.id, input.groupIds));
      const ok = new Set(found.filter((g) => g.tambonCode.startsWith(input.provinceCode)).map((g) => g.id));
      const wrong = input.groupIds.map((id, i) => ({ id, i })).filter(({ id }) => !ok.has(id));
      if (wrong.length) throw invalid(wrong.map(({ i }) => ({ path: `groupIds.${i}`, message: 'not a group of this province' })));
    }
  },
  same: ['name', 'startsOn', 'provinceCode'],
  present: eventOut,
});

export async function listEvents(deps: Deps, ctx: Ctx, q: { province?: string; group?: string; from?: string; to?: string; limit: number }) {
  requirePermission(ctx.actor, 'sales.read');
  if (q.province) requireInScope(ctx.actor, 'sales.read', await findUnit(deps.db, q.province));
  // A group outside the scope is 404 as everywhere else, not an empty list.
  if (q.group) await groupFor(deps.db, ctx.actor, 'sales.read', q.group);
  const scope = scopeOf(ctx.actor, 'sales.read');
  const rows = await deps.db.select().from(marketingEvent).where(and(
    sql`${marketingEvent.deletedAt} is null`,
    scope.all ? undefined : sql`(${marketingEvent.provinceCode} = any(${sql.param(provincesOf(scope))}::text[]) or ${marketingEvent.groupIds} && ${sql.param(scope.groups)}::uuid[])`,
    q.province ? eq(marketingEvent.provinceCode, q.province) : undefined,
    q.group ? sql`${q.group}::uuid = any(${marketingEvent.groupIds})` : undefined,
    q.from ? sql`${marketingEvent.startsOn} >= ${q.from}` : undefined,
    q.to ? sql`${marketingEvent.startsOn} <= ${q.to}` : undefined,
  )).orderBy(sql`${marketingEvent.startsOn} desc`).limit(q.limit);
  return { items: await eventOut(deps.db, rows), nextCursor: null };
}
