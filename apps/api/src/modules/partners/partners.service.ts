import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PartnerSector } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { modelGroup, partner } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { findUnit } from '../geo/units';
import { groupFor } from '../records/records.kit';
import { provinceRecordService, provincesOf } from '../records/province.kit';
import type { PartnerInput } from './partners.schemas';

/**
 * A province's partners from the public, private and academic sectors and civil society (issue 13,
 * step 7: "ประสานบูรณาการหน่วยงานทั้งภาครัฐ เอกชน สถาบันการศึกษา"): kept by the province, read by
 * everyone working in it and by the groups they support, listed in the province's monthly report.
 */
type Deps = Pick<ModuleDeps, 'db'>;
type PartnerRow = typeof partner.$inferSelect;

async function present(db: Executor, rows: PartnerRow[]) {
  const ids = [...new Set(rows.flatMap((r) => r.groupIds))];
  const names = new Map(ids.length ? (await db.select({ id: modelGroup.id, name: modelGroup.name }).from(modelGroup).where(inArray(modelGroup.id, ids))).map((g) => [g.id, g.name]) : []);
  return rows.map((r) => ({
    id: r.id, provinceCode: r.provinceCode, name: r.name, sector: r.sector as PartnerSector, support: r.support, groupIds: r.groupIds,
    groups: r.groupIds.map((id) => ({ id, name: names.get(id) ?? '' })), from: r.from, to: r.to, notes: r.notes,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  }));
}

export const partnerService = provinceRecordService<PartnerRow, PartnerInput, Awaited<ReturnType<typeof present>>[number]>({
  noun: 'partner',
  table: partner,
  read: 'partner.read',
  write: 'partner.write',
  alsoReads: (scope, row) => row.groupIds.some((g) => scope.groups.includes(g)),
  async check(db, input) {
    if (input.to && input.to < input.from) throw new AppError('partner.bad_dates', 400, { issues: [{ path: 'to', message: `before the start (${input.from})` }] });
    if (input.groupIds.length) {
      const found = await db.select({ id: modelGroup.id, tambonCode: modelGroup.tambonCode }).from(modelGroup).where(inArray(modelGroup.id, input.groupIds));
      const ok = new Set(found.filter((g) => g.tambonCode.startsWith(input.provinceCode)).map((g) => g.id));
      const wrong = input.groupIds.map((id, i) => ({ id, i })).filter(({ id }) => !ok.has(id));
      if (wrong.length) throw new AppError('partner.group_outside', 400, { issues: wrong.map(({ i }) => ({ path: `groupIds.${i}`, message: 'not a group of this province' })) });
    }
  },
  same: ['name', 'from', 'provinceCode'],
  present,
});

/** Partners of the provinces in my scope (and those supporting my group), newest first. */
export async function listPartners(deps: Deps, ctx: Ctx, q: { province?: string; group?: string; sector?: PartnerSector; limit: number }) {
  requirePermission(ctx.actor, 'partner.read');
  if (q.province) requireInScope(ctx.actor, 'partner.read', await findUnit(deps.db, q.province));
  if (q.group) await groupFor(deps.db, ctx.actor, 'partner.read', q.group);
  const scope = scopeOf(ctx.actor, 'partner.read');
  const rows = await deps.db.select().from(partner).where(and(
    sql`${partner.deletedAt} is null`,
    scope.all ? undefined : sql`(${partner.provinceCode} = any(${sql.param(provincesOf(scope) ?? [])}::text[]) or ${partner.groupIds} && ${sql.param(scope.groups)}::uuid[])`,
    q.province ? eq(partner.provinceCode, q.province) : undefined,
    q.group ? sql`${q.group}::uuid = any(${partner.groupIds})` : undefined,
    q.sector ? eq(partner.sector, q.sector) : undefined,
  )).orderBy(sql`${partner.from} desc`, partner.name).limit(q.limit);
  return { items: await present(deps.db, rows), nextCursor: null };
}
