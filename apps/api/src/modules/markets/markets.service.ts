import { OUTLET_TYPES, type OnlineKind, type OutletType } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { onlineChannel, outlet } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { reachesProvince, requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { invalid, notFound, stale } from '../../lib/errors';
import { findGroup } from '../groups/groups.repo';
import { findUnit } from '../geo/units';
import { checkRecordDate, groupFor, recordService, type RecordKind } from '../records/records.kit';
import { provinceRecordService, provincesOf } from '../records/province.kit';
import type { ChannelInput, OutletInput } from './markets.schemas';
import * as repo from './markets.repo';

type Deps = Pick<ModuleDeps, 'db'>;
type OutletRow = typeof outlet.$inferSelect;

/** What a province uses until it sets its own framework: every outlet type, four questions. */
const DEFAULT_FRAMEWORK = {
  outletTypes: [...OUTLET_TYPES] as OutletType[],
  questions: [
    { key: 'needs', text: 'สินค้าที่ต้องการและปริมาณต่อครั้ง' },
    { key: 'quality', text: 'มาตรฐานหรือคุณภาพที่ต้องการ (เช่น GAP อินทรีย์)' },
    { key: 'delivery', text: 'เงื่อนไขการส่งสินค้า' },
    { key: 'payment', text: 'วิธีชำระเงิน' },
  ],
};

const frameworkOut = (provinceCode: string, row: repo.FrameworkRow | null) => ({
  provinceCode, custom: !!row, outletTypes: (row?.outletTypes ?? DEFAULT_FRAMEWORK.outletTypes) as OutletType[],
  questions: row?.questions ?? DEFAULT_FRAMEWORK.questions, version: row?.version ?? 0,
});

export async function getFramework(deps: Deps, ctx: Ctx, provinceCode: string) {
  requirePermission(ctx.actor, 'market.read');
  if (!(await findUnit(deps.db, provinceCode)) || !reachesProvince(scopeOf(ctx.actor, 'market.read'), provinceCode)) throw notFound('unit.not_found');
  return frameworkOut(provinceCode, await repo.findFramework(deps.db, provinceCode));
}

/** The province decides which outlet types and questions its surveys use (step 5). */
export async function putFramework(deps: Deps, ctx: Ctx, provinceCode: string, input: { outletTypes: OutletType[]; questions: { key: string; text: string }[]; version?: number }) {
  requireInScope(ctx.actor, 'survey.configure', await findUnit(deps.db, provinceCode));
  const existing = await repo.findFramework(deps.db, provinceCode);
  // Saved without a version while one exists: someone saved it first — 409 with theirs, as for a stale version.
  if (existing && input.version === undefined) throw stale(frameworkOut(provinceCode, existing));
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.saveFramework(tx, provinceCode, { outletTypes: input.outletTypes, questions: input.questions, updatedBy: ctx.actor.userId }, existing ? input.version! : null);
    if (r) await audit(tx, ctx, { verb: 'survey_framework.save', targetType: 'province', targetId: provinceCode, before: existing, after: r });
    return r;
  });
  if (!row) throw stale(frameworkOut(provinceCode, existing));
  return frameworkOut(provinceCode, row);
}

const outletKind: RecordKind<OutletInput, ReturnType<typeof outletOut>> = {
  noun: 'outlet',
  refusal: { what: 'แหล่งรับซื้อ', page: 'market' },
  table: outlet,
  date: outlet.surveyedOn,
  dateKey: 'surveyedOn',
  read: 'market.read',
  write: 'market.write',
  notFound: 'record.not_found',
  fact: 'outlet',
  async prepare(db, input, group) {
    checkRecordDate(input.date!, group, 'date');
    const framework = frameworkOut(group.tambonCode.slice(0, 2), await repo.findFramework(db, group.tambonCode.slice(0, 2)));
    if (!framework.outletTypes.includes(input.type!)) throw invalid([{ path: 'type', message: "not an outlet type of the province's survey framework" }]);
    const keys = new Set(framework.questions.map((q) => q.key));
    const unknown = Object.keys(input.answers ?? {}).filter((k) => !keys.has(k));
    if (unknown.length) throw invalid(unknown.map((k) => ({ path: `answers.${k}`, message: "not a question of the province's survey framework" })));
    return {
      type: input.type, name: input.name, address: input.address ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
      products: input.products ?? [], volume: input.volume ?? null, frequency: input.frequency ?? null, price: input.price ?? null,
      contact: input.contact ?? null, answers: input.answers ?? {}, surveyedOn: input.date,
    };
  },
  toInput(row) {
    const { id: _i, groupId: _g, version: _v, createdBy: _c, createdAt: _ca, updatedAt: _u, deletedAt: _d, surveyedOn, ...rest } = row as unknown as OutletRow;
    return { ...rest, date: surveyedOn } as unknown as OutletInput;
  },
  present: async (_db, _actor, rows) => (rows as unknown as OutletRow[]).map(outletOut),
};

function outletOut(r: OutletRow) {
  return {
    id: r.id, groupId: r.groupId, type: r.type as OutletType, name: r.name, address: r.address, latitude: r.latitude, longitude: r.longitude,
    products: r.products, volume: r.volume, frequency: r.frequency, price: r.price, contact: r.contact, answers: r.answers,
    date: r.surveyedOn, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}

export const outletService = recordService(outletKind);

const channelOut = (r: repo.ChannelRow) => ({
  id: r.id, provinceCode: r.provinceCode, groupId: r.groupId, kind: r.kind as OnlineKind, name: r.name, url: r.url, notes: r.notes,
  createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
});

/** A channel is the province's (and maybe one of its groups'): written by those over the province, read by anyone within it. */
export const channelService = provinceRecordService<repo.ChannelRow, ChannelInput, ReturnType<typeof channelOut>>({
  noun: 'channel',
  table: onlineChannel,
  read: 'market.read',
  write: 'market.write',
  async check(db, record) {
    if (record.groupId) {
      const g = await findGroup(db, record.groupId);
      if (!g || !g.group.tambonCode.startsWith(record.provinceCode)) throw invalid([{ path: 'groupId', message: 'not a group of this province' }]);
    }
  },
  same: ['url', 'provinceCode', 'name'],
  present: async (_db, rows) => rows.map(channelOut),
});

export async function listChannels(deps: Deps, ctx: Ctx, q: { province?: string; group?: string; limit: number }) {
  requirePermission(ctx.actor, 'market.read');
  if (q.province) requireInScope(ctx.actor, 'market.read', await findUnit(deps.db, q.province));
  // A group outside the scope is 404 as everywhere else, not an empty list that confirms nothing.
  if (q.group) await groupFor(deps.db, ctx.actor, 'market.read', q.group);
  // Channels are province-wide: a caller sees those of every province their scope touches.
  const provinces = provincesOf(scopeOf(ctx.actor, 'market.read'));
  return { items: (await repo.listChannels(deps.db, { provinces, province: q.province, group: q.group, limit: q.limit })).map(channelOut), nextCursor: null };
}

/** The province's market picture: outlets by type and by product, and its online channels. */
export async function analysis(deps: Deps, ctx: Ctx, q: { province: string; cohort?: number }) {
  const unit = await findUnit(deps.db, q.province);
  requireInScope(ctx.actor, 'market.read', unit);
  const a = await repo.outletAnalysis(deps.db, q.province, q.cohort);
  const channels = (await repo.listChannels(deps.db, { provinces: null, province: q.province, limit: 500 })).map(channelOut);
  return {
    province: { code: unit!.code, nameTh: unit!.nameTh },
    outlets: a.total,
    byType: a.byType.map((t) => ({ type: t.type as OutletType, outlets: Number(t.outlets), groups: Number(t.groups) })),
    byProduct: a.byProduct.map((p) => ({ product: p.product, outlets: Number(p.outlets), types: p.types as OutletType[] })),
    channels,
  };
}
