import { ASSESSMENT_SKILLS, type ActivityKind, type AssessmentSkill, type Channel, type QuantityUnit } from '@ntag/shared';
import type { GroupPlan, GroupPlanInput, IndividualPlan, IndividualPlanInput } from '../../api/contract';
import type { StepsT } from '../../i18n/steps';

/** A number field: '' while empty (Mantine's NumberInput), a number once typed. */
export type Num = number | '';

export const num = (v: string | number): Num => (v === '' ? '' : Number(v));
const orNull = (v: Num): number | null => (v === '' ? null : v);
const text = (v: string): string | null => v.trim() || null;

/** 1 rai = 1,600 m²: activities are entered in rai (how farmers speak), stored in m². */
export const SQM_PER_RAI = 1600;

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/* ── แบบ กท.02 ─────────────────────────────────────────────────────────────────────────────── */

export interface ActivityDraft {
  activity: string;
  kind: ActivityKind | null;
  areaRai: Num;
  headcount: Num;
  output: Num;
  unit: QuantityUnit | null;
  notes: string;
}

export interface ProductDraft {
  product: string;
  unit: QuantityUnit | null;
  quantity: Num;
  months: number[];
  shareHousehold: Num;
  shareExchange: Num;
  shareSale: Num;
  expectedIncome: Num;
}

export interface Kt02Draft {
  activities: ActivityDraft[];
  products: ProductDraft[];
  scores: Record<AssessmentSkill, number | null>;
  assessor: string;
  assessedOn: string | null;
  developmentNeeds: string;
}

export const emptyActivity = (): ActivityDraft => ({ activity: '', kind: null, areaRai: '', headcount: '', output: '', unit: null, notes: '' });
export const emptyProduct = (): ProductDraft => ({
  product: '', unit: null, quantity: '', months: [], shareHousehold: '', shareExchange: '', shareSale: '', expectedIncome: '',
});

const round2 = (n: number) => Math.round(n * 100) / 100;

export function kt02DraftOf(p: IndividualPlan, seed: { kind: ActivityKind; detail?: string }[] = []): Kt02Draft {
  const activities: ActivityDraft[] = p.currentActivities.map((a) => ({
    activity: a.activity, kind: a.kind ?? null, areaRai: a.areaSqm == null ? '' : round2(a.areaSqm / SQM_PER_RAI), headcount: a.headcount ?? '',
    output: a.output ?? '', unit: a.unit ?? null, notes: a.notes ?? '',
  }));
  return {
    // A first plan starts from the registry's activities (kind and detail), to be completed.
    activities: !p.exists && activities.length === 0 ? seed.map((s) => ({ ...emptyActivity(), kind: s.kind, activity: s.detail ?? '' })) : activities,
    products: p.plannedProducts.map((x) => ({
      product: x.product, unit: x.unit, quantity: x.quantity, months: [...x.months].sort((a, b) => a - b), shareHousehold: x.shareHousehold,
      shareExchange: x.shareExchange, shareSale: x.shareSale, expectedIncome: x.expectedIncome ?? '',
    })),
    scores: Object.fromEntries(ASSESSMENT_SKILLS.map((s) => [s, p.assessment?.scores[s] ?? null])) as Kt02Draft['scores'],
    assessor: p.assessment?.assessor ?? '',
    assessedOn: p.assessment?.assessedOn ?? null,
    developmentNeeds: p.developmentNeeds ?? '',
  };
}

export const shareSum = (p: Pick<ProductDraft, 'shareHousehold' | 'shareExchange' | 'shareSale'>): number =>
  round2(Number(p.shareHousehold || 0) + Number(p.shareExchange || 0) + Number(p.shareSale || 0));

export function kt02Input(d: Kt02Draft): Omit<IndividualPlanInput, 'version'> {
  const assessed = ASSESSMENT_SKILLS.some((s) => d.scores[s] !== null) || d.assessor.trim() || d.assessedOn;
  return {
    currentActivities: d.activities.map((a) => ({
      activity: a.activity.trim(), kind: a.kind, areaSqm: a.areaRai === '' ? null : round2(a.areaRai * SQM_PER_RAI), headcount: orNull(a.headcount),
      output: orNull(a.output), unit: a.unit, notes: text(a.notes),
    })),
    plannedProducts: d.products.map((p) => ({
      product: p.product.trim(), unit: p.unit!, quantity: Number(p.quantity), months: [...p.months].sort((a, b) => a - b),
      shareHousehold: Number(p.shareHousehold || 0), shareExchange: Number(p.shareExchange || 0), shareSale: Number(p.shareSale || 0),
      expectedIncome: orNull(p.expectedIncome),
    })),
    assessment: assessed ? { scores: d.scores, assessor: text(d.assessor), assessedOn: d.assessedOn } : null,
    developmentNeeds: text(d.developmentNeeds),
  };
}

/** The API's rules, checked first; keys are the API's issue paths so errors land in one place. */
export function validateKt02(d: Kt02Draft, t: StepsT): Record<string, string> {
  const e: Record<string, string> = {};
  d.activities.forEach((a, i) => {
    if (!a.activity.trim()) e[`currentActivities.${i}.activity`] = t('plan.required');
  });
  d.products.forEach((p, i) => {
    const at = `plannedProducts.${i}`;
    if (!p.product.trim()) e[`${at}.product`] = t('plan.required');
    if (!p.unit) e[`${at}.unit`] = t('plan.required');
    if (p.quantity === '') e[`${at}.quantity`] = t('plan.required');
    if (p.months.length === 0) e[`${at}.months`] = t('plan02.monthsRequired');
    if (Math.abs(shareSum(p) - 100) >= 0.01) e[`${at}.shareSale`] = t('plan02.sharesBad', { sum: shareSum(p) });
  });
  return e;
}

/* ── แบบ กท.03 ─────────────────────────────────────────────────────────────────────────────── */

export interface GroupProductDraft {
  product: string;
  unit: QuantityUnit | null;
  monthly: Num[];
}

export interface Kt03Draft {
  products: GroupProductDraft[];
  markets: { channel: Channel | null; target: string; notes: string }[];
  /** `id` comes back from the server so that an edited topic stays the topic its learning sessions follow. */
  topics: { id?: string; topic: string; plannedOn: string | null }[];
  resources: { item: string; quantity: string; notes: string }[];
}

export const emptyGroupProduct = (product = '', unit: QuantityUnit | null = null): GroupProductDraft => ({ product, unit, monthly: MONTHS.map(() => '') });

export function kt03DraftOf(p: GroupPlan): Kt03Draft {
  return {
    products: p.products.map((x) => ({ product: x.product, unit: x.unit, monthly: MONTHS.map((_, i) => x.monthly[i] ?? '') })),
    markets: p.markets.map((m) => ({ channel: m.channel, target: m.target ?? '', notes: m.notes ?? '' })),
    topics: p.topics.map((x) => ({ id: x.id, topic: x.topic, plannedOn: x.plannedOn ?? null })),
    resources: p.resources.map((r) => ({ item: r.item, quantity: r.quantity ?? '', notes: r.notes ?? '' })),
  };
}

export const monthlyTotal = (p: GroupProductDraft): number => round2(p.monthly.reduce<number>((a, b) => a + Number(b || 0), 0));

export function kt03Input(d: Kt03Draft): Omit<GroupPlanInput, 'version'> {
  return {
    products: d.products.map((p) => ({ product: p.product.trim(), unit: p.unit!, monthly: p.monthly.map((m) => Number(m || 0)) })),
    markets: d.markets.map((m) => ({ channel: m.channel!, target: text(m.target), notes: text(m.notes) })),
    topics: d.topics.map((x) => ({ ...(x.id ? { id: x.id } : {}), topic: x.topic.trim(), plannedOn: x.plannedOn })),
    resources: d.resources.map((r) => ({ item: r.item.trim(), quantity: text(r.quantity), notes: text(r.notes) })),
  };
}

export function validateKt03(d: Kt03Draft, t: StepsT): Record<string, string> {
  const e: Record<string, string> = {};
  d.products.forEach((p, i) => {
    if (!p.product.trim()) e[`products.${i}.product`] = t('plan.required');
    if (!p.unit) e[`products.${i}.unit`] = t('plan.required');
  });
  d.markets.forEach((m, i) => {
    if (!m.channel) e[`markets.${i}.channel`] = t('plan.required');
  });
  d.topics.forEach((x, i) => {
    if (!x.topic.trim()) e[`topics.${i}.topic`] = t('plan.required');
  });
  d.resources.forEach((r, i) => {
    if (!r.item.trim()) e[`resources.${i}.item`] = t('plan.required');
  });
  return e;
}
