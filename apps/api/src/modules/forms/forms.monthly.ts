import {
  CHANNEL_LABELS, NARRATIVE_FIELDS, NARRATIVE_LABELS, PARTNER_SECTOR_LABELS, PRODUCE_USE_LABELS, type PartnerSector, PRODUCT_CATEGORY_LABELS, QUANTITY_UNIT_LABELS, REPORT_STATE_LABELS, formatDate,
  type Channel, type ProduceUse, type QuantityUnit, type ReportState,
} from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { requirePermission, scopeOf } from '../../lib/authz';
import { AppError, forbidden } from '../../lib/errors';
import { agencyOfProvince, findUnit } from '../geo/units';
import { listAgencies, listSteps } from '../program/program.repo';
import type { ReportContent } from '../reports/reports.content';
import { reportsOf } from '../reports/reports.service';
import type { MonthlyReportData, NationalSummaryData } from './forms.types';
import { versionSigner } from './forms.repo';
import { printingSigner } from './forms.service';

/**
 * What the monthly report forms print (the province report and แบบ กท.05), gathered through the
 * reports service — the same scope checks and the same numbers as the screen. A submitted or
 * accepted report prints its frozen version; a draft or a returned one prints the live figures
 * and is marked as a draft by the renderer.
 */
type Deps = Pick<ModuleDeps, 'db' | 'notifier'>;

const NOT_DRAFTED = 'ยังไม่ได้จัดทำรายงาน';
const stateTh = (s: string | null) => (s ? (REPORT_STATE_LABELS[s as ReportState]?.th ?? s) : NOT_DRAFTED);
const useTh = (u: string) => (u === 'total' ? 'ผลผลิตทั้งหมด' : (PRODUCE_USE_LABELS[u as ProduceUse]?.th ?? u));

/** Step number → Thai name: read once per printed document, however many reports it holds. */
async function stepNames(deps: Deps) {
  return new Map((await listSteps(deps.db)).map((s) => [s.number, s.nameTh]));
}

/** The host agency a report goes to: the agency itself for กท.05, the province's host agency otherwise. */
async function agencyOf(deps: Deps, unit: { code: string; kind: string; nameTh: string }) {
  if (unit.kind === 'agency') return { code: unit.code, nameTh: unit.nameTh };
  const code = await agencyOfProvince(deps.db, unit.code.slice(0, 2));
  return code ? { code, nameTh: (await findUnit(deps.db, code))?.nameTh ?? code } : null;
}

async function monthlyReportData(deps: Deps, ctx: Ctx, unitCode: string, period: string, kind: MonthlyReportData['kind'], stepName: Map<number, string>): Promise<MonthlyReportData> {
  const { reports } = await reportsOf(deps, ctx, { unit: unitCode, period });
  const r = reports.find((x) => x.unit.kind === kind);
  if (!r) {
    const field = kind === 'agency' ? 'agency' : 'province';
    throw new AppError('report.not_reporting_unit', 400, { issues: [{ path: field, message: `${unitCode} is not a ${kind === 'agency' ? 'host agency' : 'province'}` }] });
  }
  // reportsOf already presents a submitted or accepted report with its latest version's snapshot,
  // and its narrative can only change while the report is a draft or returned: so the row's
  // narrative is the frozen one, and there is no need to read the report again (which would
  // compute its live figures a second time).
  const latest = r.versions.at(-1);
  const frozen = (r.state === 'submitted' || r.state === 'accepted') && latest ? latest : null;
  const content = r.content as ReportContent;
  const narrative = r.narrative as Record<string, string | undefined>;
  // ผู้รายงาน signs with the real name and position they gave (issue 15): the submitter of the
  // printed version, or — for a draft — the officer of the reporting level who prints it.
  const printer = await printingSigner(deps, ctx);
  const reporter = frozen
    ? await versionSigner(deps.db, r.id, frozen.number)
    : printer && printer.level === kind ? printer : null;
  return {
    kind,
    unit: { code: r.unit.code, nameTh: r.unit.nameTh },
    agency: await agencyOf(deps, r.unit),
    period: r.period,
    dueOn: r.dueOn,
    state: stateTh(r.state),
    versionNumber: frozen?.number ?? null,
    submittedAt: frozen?.submittedAt ?? null,
    submittedBy: reporter?.name ?? frozen?.submittedBy ?? null,
    submittedByPosition: reporter?.position ?? null,
    decision: frozen?.decision === 'accepted' && frozen.decidedAt ? `รับรายงานเมื่อ ${formatDate(frozen.decidedAt)}${frozen.decidedBy ? ` โดย ${frozen.decidedBy}` : ''}` : null,
    printedAt: new Date().toISOString(),
    printedBy: printer?.name ?? ctx.actor.displayName,
    cohorts: content.cohorts.map((c) => ({ ...c, targetTambons: c.targetTambons ?? 0, steps: c.steps.map((s) => ({ ...s, label: stepName.get(s.step) ?? `ขั้นตอนที่ ${s.step}` })) })),
    learning: content.learning,
    production: content.production.map((p) => ({
      ...p,
      category: PRODUCT_CATEGORY_LABELS[p.category]?.th ?? p.category,
      unit: QUANTITY_UNIT_LABELS[p.unit as QuantityUnit]?.th ?? p.unit,
      use: useTh(p.use),
    })),
    productionValue: content.productionValue,
    sales: content.sales.map((s) => ({ ...s, channel: CHANNEL_LABELS[s.channel as Channel]?.th ?? s.channel })),
    salesTotal: content.salesTotal,
    enterprises: content.enterprises,
    support: content.support ?? null,
    partners: content.partners ? content.partners.map((p) => ({ ...p, sector: PARTNER_SECTOR_LABELS[p.sector as PartnerSector]?.th ?? p.sector })) : null,
    ...(content.provinces ? { provinces: content.provinces.map((p) => ({ code: p.code, nameTh: p.nameTh, state: stateTh(p.state), accepted: p.accepted })) } : {}),
    narrative: NARRATIVE_FIELDS.map((f) => ({ label: NARRATIVE_LABELS[f].th, text: narrative[f] ?? '' })),
  };
}

/** A province's or an agency's monthly report, for printing (audited like every printed form). */
export async function reportFormData(deps: Deps, ctx: Ctx, unitCode: string, period: string, kind: MonthlyReportData['kind']): Promise<MonthlyReportData> {
  const data = await monthlyReportData(deps, ctx, unitCode, period, kind, await stepNames(deps));
  await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'form.print', targetType: kind === 'agency' ? 'kt05' : 'province_report', targetId: `${unitCode}/${period}` }));
  return data;
}

/** Every host agency's กท.05 for a month, one sheet each: the ministry's (whole-country) view only. */
export async function nationalSummaryData(deps: Deps, ctx: Ctx, period: string): Promise<NationalSummaryData> {
  requirePermission(ctx.actor, 'report.read');
  if (!scopeOf(ctx.actor, 'report.read').all) throw forbidden();
  const stepName = await stepNames(deps);
  const agencies = [];
  for (const a of await listAgencies(deps.db)) agencies.push(await monthlyReportData(deps, ctx, a.code, period, 'agency', stepName));
  await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'form.print', targetType: 'national_summary', targetId: period }));
  return { period, printedAt: new Date().toISOString(), agencies };
}
