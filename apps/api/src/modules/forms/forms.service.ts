import {
  ACTIVITY_LABELS, ASSESSMENT_SKILLS, ASSESSMENT_SKILL_LABELS, CHANNEL_LABELS, COMMITTEE_ROLE_LABELS, QUANTITY_UNIT_LABELS, TITLE_DEED_LABELS,
  formatRaiNganWa, type ActivityKind, type QuantityUnit, type TitleDeedType,
} from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { STEP_STATUS_LABELS, formatDate as formatDateTh } from '@ntag/shared';
import { audit, type Ctx } from '../../lib/audit';
import { signerOf } from '../auth/auth.repo';
import { groupProgress } from '../progress/progress.service';
import { listSteps } from '../program/program.repo';
import { getFarmer } from '../farmers/farmers.service';
import { fullName, addressLine } from '../farmers/farmers.rules';
import { activitiesText } from '../farmers/farmers.sheet';
import { agencyOfProvince, findUnits } from '../geo/units';
import { getGroup } from '../groups/groups.service';
import { getGroupPlan, getIndividualPlan } from '../plans/plans.service';
import { listSelection } from '../selection/selection.service';
import type { FormHeader, FormSigner, GroupBundleData, Kt01Data, Kt02Data, Kt03Data } from './forms.types';

/**
 * Gathers what each form prints, through the same services (and so the same scope checks and
 * id masking) as the screens, and resolves it to display values for the renderers.
 */
type Deps = Pick<ModuleDeps, 'db'>;

const unitLabel = (u: string | null | undefined) => (u ? (QUANTITY_UNIT_LABELS[u as QuantityUnit]?.th ?? u) : '');
const number = (n: number) => n.toLocaleString('th-TH', { maximumFractionDigits: 2 });

/** The printing officer as they sign (issue 15): their signer name and position, and their level. */
export async function printingSigner(deps: Deps, ctx: Ctx): Promise<FormSigner | null> {
  const s = await signerOf(deps.db, ctx.actor.userId);
  return s ? { ...s, level: ctx.actor.grants[0]?.role ?? null } : null;
}

async function header(deps: Deps, ctx: Ctx, cohortYear: number, tambonCode: string): Promise<FormHeader> {
  const signer = await printingSigner(deps, ctx);
  const codes = [tambonCode, tambonCode.slice(0, 4), tambonCode.slice(0, 2)];
  const agencyCode = await agencyOfProvince(deps.db, codes[2]!);
  const units = await findUnits(deps.db, [...codes, ...(agencyCode ? [agencyCode] : [])]);
  const named = (c: string) => ({ code: c, nameTh: units.get(c)?.nameTh ?? c });
  return {
    cohortYear,
    place: { tambon: named(codes[0]!), district: named(codes[1]!), province: named(codes[2]!), agency: agencyCode ? named(agencyCode) : null },
    printedAt: new Date().toISOString(),
    printedBy: signer?.name ?? ctx.actor.displayName,
    signer,
  };
}

/** Printing personal data is recorded like any export of it. */
const recordPrint = (deps: Deps, ctx: Ctx, form: string, target: string) =>
  deps.db.transaction((tx) => audit(tx, ctx, { verb: 'form.print', targetType: form, targetId: target }));

export async function kt01Data(deps: Deps, ctx: Ctx, tambon: string, cohort: number): Promise<Kt01Data> {
  const list = await listSelection(deps, ctx, { tambon, cohort });
  await recordPrint(deps, ctx, 'kt01', `${tambon}/${cohort}`);
  return {
    ...(await header(deps, ctx, cohort, tambon)),
    candidates: list.candidates.map((c, i) => ({
      no: i + 1,
      fullName: c.farmer.fullName,
      nationalId: c.farmer.nationalId,
      address: c.farmer.address,
      activities: c.farmer.activities,
      criteria: Object.fromEntries(Object.entries(c.criteria).map(([k, v]) => [k, { met: v.met, remark: v.notes ?? null }])) as Kt01Data['candidates'][number]['criteria'],
      proposal: c.proposal === 'proposed' ? 'เสนอ' : 'ไม่เสนอ',
      decision: c.decision === 'selected' ? 'คัดเลือก' : c.decision === 'not_selected' ? 'ไม่คัดเลือก' : '',
      decisionReason: c.decisionReason,
    })),
    summary: { candidates: list.summary.candidates, proposed: list.summary.proposed, selected: list.summary.selected },
  };
}

async function kt02Of(deps: Deps, ctx: Ctx, f: Awaited<ReturnType<typeof getFarmer>>, cohort: number, groupName: string | null): Promise<Kt02Data> {
  const plan = await getIndividualPlan(deps, ctx, f.id, cohort);
  const size = (a: (typeof plan.currentActivities)[number]) =>
    [a.areaSqm ? formatRaiNganWa(a.areaSqm) : null, a.headcount ? `${number(a.headcount)} ตัว` : null].filter(Boolean).join(', ');
  return {
    ...(await header(deps, ctx, cohort, f.tambonCode)),
    groupName,
    farmer: {
      fullName: fullName(f),
      nationalId: f.nationalId,
      birthDate: f.birthDate,
      sex: f.sex === 'male' ? 'ชาย' : f.sex === 'female' ? 'หญิง' : null,
      phone: f.phone,
      address: addressLine(f),
      householdSize: f.householdSize,
      farmerRegistryNo: f.farmerRegistryNo,
      plotArea: f.plotAreaSqm !== null ? formatRaiNganWa(f.plotAreaSqm) : null,
      titleDeed: f.titleDeedType ? TITLE_DEED_LABELS[f.titleDeedType as TitleDeedType].th : null,
      pond: f.pondDug ? `ขุดแล้ว${f.pondYear ? ` ปี พ.ศ. ${f.pondYear}` : ''}${f.pondVolumeM3 ? ` ขนาด ${number(f.pondVolumeM3)} ลูกบาศก์เมตร` : ''}` : 'ยังไม่ได้ขุดสระ',
      activities: activitiesText(f.activities),
    },
    currentActivities: plan.currentActivities.map((a) => ({
      activity: `${a.kind ? `${ACTIVITY_LABELS[a.kind as ActivityKind].th}: ` : ''}${a.activity}`,
      size: size(a),
      output: a.output !== null && a.output !== undefined ? `${number(a.output)} ${unitLabel(a.unit)}` : '',
    })),
    plannedProducts: plan.plannedProducts.map((p) => ({ ...p, unit: unitLabel(p.unit), expectedIncome: p.expectedIncome ?? null })),
    assessment: {
      skills: ASSESSMENT_SKILLS.map((s) => ({ label: ASSESSMENT_SKILL_LABELS[s].th, score: plan.assessment?.scores[s] ?? null })),
      assessor: plan.assessment?.assessor ?? null,
      assessedOn: plan.assessment?.assessedOn ?? null,
    },
    developmentNeeds: plan.developmentNeeds,
  };
}

export async function kt02Data(deps: Deps, ctx: Ctx, farmerId: string, cohort: number): Promise<Kt02Data> {
  const f = await getFarmer(deps, ctx, farmerId);
  const groupName = f.groupId ? (await findUnits(deps.db, [f.groupId])).get(f.groupId)?.nameTh ?? null : null;
  const data = await kt02Of(deps, ctx, f, cohort, groupName);
  await recordPrint(deps, ctx, 'kt02', `${farmerId}/${cohort}`);
  return data;
}

async function kt03Of(deps: Deps, ctx: Ctx, groupId: string, cohort: number) {
  const [g, plan] = await Promise.all([getGroup(deps, ctx, groupId), getGroupPlan(deps, ctx, groupId, cohort)]);
  const contact = [g.phone && `โทร ${g.phone}`, g.facebookPage && `Facebook ${g.facebookPage}`, g.lineOaId && `LINE ${g.lineOaId}`, g.website].filter(Boolean).join(' · ');
  const data: Kt03Data = {
    ...(await header(deps, ctx, cohort, g.tambon.code)),
    group: {
      name: g.name, foundedOn: g.foundedOn, memberCount: g.memberCount,
      committee: g.committee.map((s) => ({ role: s.role === 'other' ? (s.title ?? COMMITTEE_ROLE_LABELS.other.th) : COMMITTEE_ROLE_LABELS[s.role].th, fullName: s.fullName })),
      contact,
      enterpriseCode: g.enterpriseCode,
    },
    products: plan.products.map((p) => ({ product: p.product, unit: unitLabel(p.unit), monthly: p.monthly, total: p.monthly.reduce((a, b) => a + b, 0) })),
    markets: plan.markets.map((m) => ({ channel: CHANNEL_LABELS[m.channel].th, target: m.target ?? null, note: m.notes ?? null })),
    topics: plan.topics.map((t) => ({ topic: t.topic, plannedOn: t.plannedOn ?? null })),
    resources: plan.resources.map((r) => ({ item: r.item, quantity: r.quantity ?? null, note: r.notes ?? null })),
    rollup: plan.rollup.map((r) => ({ ...r, unit: unitLabel(r.unit) })),
  };
  return { data, group: g };
}

export async function kt03Data(deps: Deps, ctx: Ctx, groupId: string, cohort: number): Promise<Kt03Data> {
  const { data } = await kt03Of(deps, ctx, groupId, cohort);
  await recordPrint(deps, ctx, 'kt03', `${groupId}/${cohort}`);
  return data;
}

/** A whole group: its กท.03 and every member's กท.02, as the members' plans stand. */
export async function groupBundleData(deps: Deps, ctx: Ctx, groupId: string, cohort: number): Promise<GroupBundleData> {
  const { data, group } = await kt03Of(deps, ctx, groupId, cohort);
  const members: Kt02Data[] = [];
  for (const m of group.members) members.push(await kt02Of(deps, ctx, await getFarmer(deps, ctx, m.farmerId), cohort, group.name));
  // The cover's summary (issue 15): the seven steps as the progress page shows them, and the enterprise.
  const [progress, steps] = await Promise.all([groupProgress(deps, ctx, groupId), listSteps(deps.db)]);
  const stepName = new Map(steps.map((x) => [x.number, x.nameTh]));
  const step7 = progress.steps.find((x) => x.step === 7);
  const enterprise = group.enterpriseCode
    ? `จดทะเบียนวิสาหกิจชุมชนแล้ว รหัส ${group.enterpriseCode}`
    : step7?.status === 'in_progress' ? 'อยู่ระหว่างการจดทะเบียนวิสาหกิจชุมชน' : 'ยังไม่ได้เริ่มจดทะเบียนวิสาหกิจชุมชน';
  await recordPrint(deps, ctx, 'group', `${groupId}/${cohort}`);
  return {
    kt03: data,
    members,
    cover: {
      steps: progress.steps.map((x) => ({
        step: x.step,
        name: stepName.get(x.step) ?? `ขั้นตอนที่ ${x.step}`,
        status: STEP_STATUS_LABELS[x.status].th,
        date: x.doneOn ? `เมื่อ ${formatDateTh(x.doneOn, 'th')}` : x.dueOn ? `กำหนด ${formatDateTh(x.dueOn, 'th')}` : null,
        overdue: x.overdue,
      })),
      enterprise,
    },
  };
}
