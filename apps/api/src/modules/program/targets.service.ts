import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { requirePermission } from '../../lib/authz';
import { AppError, stale } from '../../lib/errors';
import { findCohort } from './program.repo';
import { parseTargetLine, sameName } from './program.rules';
import * as repo from './targets.repo';

/**
 * The ministry's target tambons of a cohort (กำหนดพื้นที่เป้าหมายดำเนินการ). Everyone signed in
 * reads them, as the rest of the plan (a district needs to know where its groups are expected);
 * only the ministry and the administrator change them. A province's or an agency's target is
 * the count of its target tambons (dashboard, progress, reports).
 */
type Deps = Pick<ModuleDeps, 'db'>;

async function cohortOr404(deps: Deps, cohort: number) {
  const row = await findCohort(deps.db, cohort);
  if (!row) throw new AppError('program.cohort_not_found', 404, { issues: [{ path: 'cohort', message: `no cohort ${cohort}` }] });
  return row;
}

export async function getTargets(deps: Deps, ctx: Ctx, cohort: number, q: { unit?: string }) {
  requirePermission(ctx.actor, 'program.read');
  const c = await cohortOr404(deps, cohort);
  const tambons = await repo.targetTambons(deps.db, cohort, q.unit);
  return { cohort, tambonTarget: c.tambonTarget, tambonCodes: tambons.map((t) => t.code), tambons, version: c.version };
}

/** Replaces the cohort's target list (codes checked against the geography), audited with what was added and removed. */
export async function putTargets(deps: Deps, ctx: Ctx, cohort: number, input: { tambonCodes: string[]; version?: number }) {
  requirePermission(ctx.actor, 'cohort.plan');
  const before = await cohortOr404(deps, cohort);
  const codes = [...new Set(input.tambonCodes)];
  const known = await repo.existingTambons(deps.db, codes);
  const unknown = input.tambonCodes.map((c, i) => ({ c, i })).filter(({ c }) => !known.has(c));
  if (unknown.length) {
    throw new AppError('program.unknown_tambon', 400, { issues: unknown.slice(0, 50).map(({ c, i }) => ({ path: `tambonCodes.${i}`, message: `no active tambon ${c}` })) });
  }
  await deps.db.transaction(async (tx) => {
    const row = await repo.bumpCohort(tx, cohort, input.version ?? null);
    if (!row) throw stale({ cohort, version: (await findCohort(tx, cohort))?.version ?? before.version });
    const { added, removed } = await repo.replaceTargets(tx, cohort, codes, ctx.actor.userId);
    await audit(tx, ctx, { verb: 'cohort.targets', targetType: 'cohort', targetId: String(cohort), before: { version: before.version }, after: { version: row.version, added, removed, count: codes.length } });
  });
  return getTargets(deps, ctx, cohort, {});
}

/**
 * A list pasted or imported by the ministry, line by line: what each line names (a code, or
 * tambon/district/province names) and the lines that name no tambon or several. Nothing is written.
 */
export async function resolveTambons(deps: Deps, ctx: Ctx, cohort: number, input: { lines: string[] }) {
  requirePermission(ctx.actor, 'cohort.plan');
  await cohortOr404(deps, cohort);
  const parsed = input.lines.map((text, i) => ({ text, line: i + 1, p: parseTargetLine(text) })).filter((x) => x.p);
  const codes = parsed.flatMap((x) => ('code' in x.p! ? [x.p.code] : []));
  const names = parsed.flatMap((x) => ('tambon' in x.p! ? [x.p.tambon] : []));
  const [byCode, byName, current] = await Promise.all([repo.tambonsCoded(deps.db, codes), repo.tambonsNamed(deps.db, names), repo.targetCodes(deps.db, cohort)]);
  const targets = new Set(current);
  const matched: { line: number; code: string; nameTh: string; districtNameTh: string; provinceNameTh: string; alreadyTarget: boolean }[] = [];
  const problems: { line: number; text: string; message: string; candidates: typeof byName }[] = [];
  for (const { text, line, p } of parsed) {
    const hits = 'code' in p! ? byCode.filter((t) => t.code === p.code) : byName.filter((t) => t.nameTh === p!.tambon && sameName(p!.district, t.districtNameTh) && sameName(p!.province, t.provinceNameTh));
    if (hits.length === 1) matched.push({ line, ...hits[0]!, alreadyTarget: targets.has(hits[0]!.code) });
    else if (!hits.length) problems.push({ line, text, message: 'code' in p! ? `no active tambon ${p.code}` : 'no tambon of this name (check the district and province)', candidates: [] });
    else problems.push({ line, text, message: `${hits.length} tambons have this name: add the district and province`, candidates: hits.slice(0, 20) });
  }
  return { matched, problems };
}


