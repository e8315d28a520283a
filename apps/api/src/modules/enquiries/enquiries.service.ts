import { type BuyerType, type EnquiryDecision, type EnquiryStatus, type QuantityUnit } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { can, requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { areaOfUnit, findUnit } from '../geo/units';
import { groupFor } from '../records/records.kit';
import { transactionService } from '../sales/sales.service';
import type { DeliveredInput } from './enquiries.schemas';
import { answerTransition, isClosed, isLate, saleChannel } from './enquiries.rules';
import { notifyGroup } from './enquiries.notify';
import * as repo from './enquiries.repo';

/**
 * The group's side of purchase enquiries (issue #14): lists without anyone's contact, one
 * enquiry with the buyer's contact for the group and its district (each view audited), the
 * answer, the delivery that becomes a sale, and the district's review of held enquiries.
 */
type Deps = Pick<ModuleDeps, 'db' | 'notifier'>;
type Row = { enquiry: repo.EnquiryRow; group: repo.GroupRow };
type EnquiryPermission = 'enquiry.read' | 'enquiry.answer' | 'enquiry.review' | 'enquiry.contact';

const inScope = (actor: Actor, permission: EnquiryPermission, g: repo.GroupRow) => can(actor, permission) && unitInScope(scopeOf(actor, permission), { code: g.id, kind: 'group', tambonCode: g.tambonCode });

async function enquiryFor(db: Executor, actor: Actor, permission: EnquiryPermission, id: string): Promise<Row> {
  requirePermission(actor, permission);
  const found = await repo.findEnquiry(db, id);
  if (!found || !inScope(actor, permission, found.group)) throw notFound('enquiry.not_found');
  return found;
}

function present(r: Row, now: Date, extra: { buyer?: boolean; messages?: repo.MessageRow[] } = {}) {
  const e = r.enquiry;
  return {
    id: e.id, listingId: e.listingId, groupId: e.groupId, groupName: r.group.name, product: e.productCode ?? e.productName, unit: e.unit as QuantityUnit,
    quantity: e.quantity, wantedOn: e.wantedOn, buyerType: e.buyerType as BuyerType, status: e.status as EnquiryStatus, holdReason: e.holdReason,
    late: isLate(e, now), receivedAt: e.receivedAt?.toISOString() ?? null, firstAnsweredAt: e.firstAnsweredAt?.toISOString() ?? null,
    acceptedAt: e.acceptedAt?.toISOString() ?? null, closedAt: e.closedAt?.toISOString() ?? null, deliveredOn: e.deliveredOn,
    deliveredQuantity: e.deliveredQuantity, deliveredValue: e.deliveredValue, transactionId: e.transactionId, createdAt: e.createdAt.toISOString(), version: e.version,
    buyer: extra.buyer ? { name: e.buyerName, contact: e.buyerContact, deliveryPlace: e.deliveryPlace } : null,
    ...(extra.messages
      ? { messages: extra.messages.map((m) => ({
          author: m.author as 'buyer' | 'group' | 'officer' | 'system', decision: m.decision,
          body: m.author === 'buyer' && !extra.buyer ? null : m.body, createdAt: m.createdAt.toISOString(),
        })) }
      : {}),
  };
}

export async function listEnquiries(deps: Deps, ctx: Ctx, q: { group?: string; unit?: string; status?: string; late?: boolean; page: number; pageSize: number }) {
  const { actor } = ctx;
  requirePermission(actor, 'enquiry.read');
  let area;
  if (q.unit) {
    const unit = await findUnit(deps.db, q.unit);
    requireInScope(actor, 'enquiry.read', unit);
    area = await areaOfUnit(deps.db, unit!);
  }
  if (q.group) await groupFor(deps.db, actor, 'enquiry.read', q.group);
  const { rows, total } = await repo.listEnquiries(deps.db, {
    scope: scopeOf(actor, 'enquiry.read'), area, groupId: q.group, status: q.status, late: q.late, offset: (q.page - 1) * q.pageSize, limit: q.pageSize,
  });
  const now = new Date();
  return { items: rows.map((r) => present(r, now)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * One enquiry with its thread. For the group and its district (enquiry.contact) it carries the
 * buyer's name and contact, and the view is audited: contact details leave one at a time.
 */
export async function getEnquiry(deps: Deps, ctx: Ctx, id: string) {
  const row = await enquiryFor(deps.db, ctx.actor, 'enquiry.read', id);
  const buyer = inScope(ctx.actor, 'enquiry.contact', row.group);
  if (buyer && !row.enquiry.contactPurgedAt) {
    await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'enquiry.contact_view', targetType: 'enquiry', targetId: id }));
  }
  return present(row, new Date(), { buyer, messages: await repo.messagesOf(deps.db, id) });
}

/** The enquiry after an action on it: its thread, without the buyer's contact (the GET above shows and audits that). */
async function after(deps: Deps, ctx: Ctx, id: string) {
  const row = (await repo.findEnquiry(deps.db, id))!;
  return present(row, new Date(), { buyer: false, messages: await repo.messagesOf(deps.db, id) });
}

/** Who answers for the group: its committee, or an officer (the district) on its behalf. */
const authorOf = (actor: Actor, groupId: string) => (actor.grants.some((g) => g.unitKind === 'group' && g.unitCode === groupId) ? 'group' : 'officer');

export async function answerEnquiry(deps: Deps, ctx: Ctx, id: string, input: { decision: EnquiryDecision; message?: string | null }) {
  const row = await enquiryFor(deps.db, ctx.actor, 'enquiry.answer', id);
  const e = row.enquiry;
  const next = answerTransition(e.status, input.decision);
  if (!next) throw new AppError('enquiry.bad_state', 409, { status: e.status });
  const now = new Date();
  const moved = await deps.db.transaction(async (tx) => {
    const r = await repo.updateEnquiry(tx, id, e, {
      status: next, firstAnsweredAt: e.firstAnsweredAt ?? now, acceptedAt: next === 'accepted' ? now : e.acceptedAt, closedAt: isClosed(next) ? now : null,
    });
    if (!r) return null;
    await repo.insertMessage(tx, { id: newId(), enquiryId: id, author: authorOf(ctx.actor, row.group.id), authorUserId: ctx.actor.userId, decision: input.decision, body: input.message ?? null });
    await audit(tx, ctx, { verb: `enquiry.${input.decision}`, targetType: 'enquiry', targetId: id, before: { status: e.status }, after: { status: next, message: input.message ?? null } });
    return r;
  });
  if (!moved) throw new AppError('enquiry.bad_state', 409, { status: (await repo.findEnquiry(deps.db, id))?.enquiry.status });
  return after(deps, ctx, id);
}

/**
 * An accepted enquiry delivered: in one transaction the group's sale is recorded through the
 * sales records kit (so its step facts and monthly figures move with it, and the province's
 * report draft counts it) and the enquiry closes naming the sale. The same delivery sent again
 * answers the same sale.
 */
export async function deliverEnquiry(deps: Deps, ctx: Ctx, id: string, input: DeliveredInput) {
  const row = await enquiryFor(deps.db, ctx.actor, 'enquiry.answer', id);
  requirePermission(ctx.actor, 'sales.write');
  const e = row.enquiry;
  if (e.status === 'delivered' && e.deliveredOn === input.date && e.deliveredQuantity === input.quantity && e.deliveredValue === input.value) return after(deps, ctx, id);
  if (e.status !== 'accepted') throw new AppError('enquiry.bad_state', 409, { status: e.status });
  const group = await groupFor(deps.db, ctx.actor, 'sales.write', row.group.id);
  const channel = input.channel ?? saleChannel(e.buyerType as BuyerType);
  const transactionId = newId();
  await deps.db.transaction(async (tx) => {
    await transactionService.createIn(tx, ctx, group, transactionId, {
      // The contract's names (date, value), so that a bad date or value is reported under the delivery's own field names.
      date: input.date, product: e.productCode ?? e.productName, unit: e.unit as QuantityUnit, quantity: input.quantity,
      value: input.value, channel, platform: channel === 'online' ? 'ตลาด NTAG' : null, buyerType: e.buyerType as BuyerType,
      notes: `คำสั่งซื้อจากตลาด NTAG (${e.id})`,
    });
    const r = await repo.updateEnquiry(tx, id, e, {
      status: 'delivered', deliveredOn: input.date, deliveredQuantity: input.quantity, deliveredValue: input.value, transactionId, closedAt: new Date(),
    });
    // Moved on meanwhile (a double tap): undo the sale with the rest of the transaction.
    if (!r) throw new AppError('enquiry.bad_state', 409, { status: 'changed' });
    await repo.insertMessage(tx, { id: newId(), enquiryId: id, author: 'system', decision: 'delivered', body: null, authorUserId: ctx.actor.userId });
    await audit(tx, ctx, { verb: 'enquiry.deliver', targetType: 'enquiry', targetId: id, before: { status: e.status }, after: { status: 'delivered', transactionId, ...input, channel } });
  });
  return after(deps, ctx, id);
}

/** The district releases a held enquiry to the group (which is then notified) or rejects it as spam. */
export async function reviewEnquiry(deps: Deps, ctx: Ctx, id: string, decision: 'release' | 'reject') {
  const row = await enquiryFor(deps.db, ctx.actor, 'enquiry.review', id);
  const e = row.enquiry;
  if (e.status !== 'held') throw new AppError('enquiry.bad_state', 409, { status: e.status });
  const now = new Date();
  const next = decision === 'release' ? 'new' : 'rejected';
  const moved = await deps.db.transaction(async (tx) => {
    const r = await repo.updateEnquiry(tx, id, e, decision === 'release' ? { status: next, receivedAt: now } : { status: next, closedAt: now });
    if (r) await audit(tx, ctx, { verb: `enquiry.${decision}`, targetType: 'enquiry', targetId: id, before: { status: e.status, holdReason: e.holdReason }, after: { status: next } });
    return r;
  });
  if (!moved) throw new AppError('enquiry.bad_state', 409, { status: (await repo.findEnquiry(deps.db, id))?.enquiry.status });
  if (decision === 'release') {
    await notifyGroup(deps, row.group, { kind: 'enquiry.new', title: `คำสั่งซื้อใหม่: ${row.group.name}`, body: `${e.productName} ${e.quantity} โปรดตอบภายใน 2 วัน`, link: `/listings?enquiry=${id}`, dedupeKey: `enquiry:new:${id}` }, { group: true, district: false });
  }
  return after(deps, ctx, id);
}
