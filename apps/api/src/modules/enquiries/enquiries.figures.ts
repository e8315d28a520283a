import { sql } from 'drizzle-orm';
import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { COUNTRY, areaOfUnit, findUnit, findUnits, type OrgUnit } from '../geo/units';
import * as repo from './enquiries.repo';

type Deps = Pick<ModuleDeps, 'db'>;
const DAY_MS = 86_400_000;

const empty = (): Omit<repo.FigureRow, 'key'> => ({
  received: 0, answered: 0, medianAnswerHours: null, meanAnswerHours: null, accepted: 0, delivered: 0, deliveredValue: 0, declined: 0, open: 0, late: 0,
});
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const figuresOf = ({ key: _k, ...f }: repo.FigureRow) => ({ ...f, medianAnswerHours: round1(f.medianAnswerHours), meanAnswerHours: round1(f.meanAnswerHours) });

/**
 * The dashboard's enquiry section (issue #14 item 4), kept apart from the main dashboard answer:
 * enquiries and their outcome — answered, in how many hours, accepted, delivered and for how
 * much — for a unit and one row per unit below it (provinces of the country or an agency,
 * districts of a province, groups of a district), and the oldest enquiries left unanswered for
 * more than two days. `now` is a parameter so that tests can fix the clock.
 */
export async function enquiryFigures(deps: Deps, ctx: Ctx, q: { unit?: string; cohort?: number; from?: string; to?: string }, now = new Date()) {
  const { actor } = ctx;
  requirePermission(actor, 'dashboard.read');
  const scope = scopeOf(actor, 'dashboard.read');
  const code = q.unit ?? (scope.all ? 'TH' : actor.grants.find((g) => g.unitKind !== 'group')?.unitCode ?? 'TH');
  const unit: OrgUnit | null = code === 'TH' ? COUNTRY : await findUnit(deps.db, code);
  requireInScope(actor, 'dashboard.read', unit);
  const area = await areaOfUnit(deps.db, unit!);
  const level: 'province' | 'district' | 'group' = unit!.kind === 'country' || unit!.kind === 'agency' ? 'province' : unit!.kind === 'province' ? 'district' : 'group';
  const keyOf = level === 'province' ? sql`substr(model_group.tambon_code, 1, 2)` : level === 'district' ? sql`substr(model_group.tambon_code, 1, 4)` : sql`model_group.id::text`;
  const base = { scope, area, cohort: q.cohort, from: q.from, to: q.to, now };
  const [total, rows, late] = await Promise.all([
    repo.figures(deps.db, { ...base, keyOf: sql`'all'` }),
    repo.figures(deps.db, { ...base, keyOf }),
    repo.oldestLate(deps.db, { scope, area, now, limit: 50 }),
  ]);
  // Province and district codes name geo units; group ids name groups: findUnits resolves both.
  const names = new Map([...(await findUnits(deps.db, rows.map((r) => r.key)))].map(([c, u]) => [c, u.nameTh]));
  return {
    unit: { code: unit!.code, kind: unit!.kind, nameTh: unit!.nameTh },
    totals: total[0] ? figuresOf(total[0]) : empty(),
    rows: rows.map((r) => ({ code: r.key, nameTh: names.get(r.key) ?? r.key, kind: level, ...figuresOf(r) })).sort((a, b) => a.code.localeCompare(b.code)),
    late: late.map((l) => ({
      id: l.id, groupId: l.groupId, groupName: l.groupName, product: l.product, receivedAt: l.receivedAt!.toISOString(),
      days: Math.floor((now.getTime() - l.receivedAt!.getTime()) / DAY_MS),
    })),
  };
}
