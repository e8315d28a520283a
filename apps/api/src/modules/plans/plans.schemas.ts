import { z } from 'zod';
import { ACTIVITY_KINDS, ASSESSMENT_SKILLS, CHANNELS, QUANTITY_UNITS } from '@ntag/shared';
import { IsoDate, Version } from '../common.schemas';

const name = z.string().trim().min(1, 'required').max(200);
/** A line's free-text notes (`notes`, as on every record). */
const notes = z.string().trim().max(500).nullable().optional();
const amount = z.number().min(0, 'must not be negative').max(1e9);
const share = z.number().min(0).max(100);
const month = z.number().int().min(1, 'a month 1–12').max(12, 'a month 1–12');

export const CohortParams = z.object({ id: z.uuid(), cohort: z.coerce.number().int().min(2500).max(2700) });

export const CurrentActivity = z.object({
  activity: name,
  kind: z.enum(ACTIVITY_KINDS).nullable().optional(),
  areaSqm: amount.nullable().optional(),
  headcount: z.number().int().min(0).max(1e6).nullable().optional(),
  output: amount.nullable().optional(),
  unit: z.enum(QUANTITY_UNITS).nullable().optional(),
  notes,
});

export const PlannedProduct = z
  .object({
    product: name,
    unit: z.enum(QUANTITY_UNITS),
    quantity: amount,
    months: z.array(month).min(1, 'at least one month').max(12).refine((m) => new Set(m).size === m.length, 'each month once'),
    shareHousehold: share,
    shareExchange: share,
    shareSale: share,
    expectedIncome: amount.nullable().optional(),
  })
  .refine((p) => Math.abs(p.shareHousehold + p.shareExchange + p.shareSale - 100) < 0.01, { path: ['shareSale'], message: 'household, exchange and sale shares must add up to 100' });

const score = z.number().int().min(1, 'a score 1–5').max(5, 'a score 1–5').nullable();
export const Assessment = z.object({
  scores: z.object(Object.fromEntries(ASSESSMENT_SKILLS.map((s) => [s, score])) as Record<(typeof ASSESSMENT_SKILLS)[number], typeof score>),
  assessor: z.string().trim().max(200).nullable().optional(),
  assessedOn: IsoDate.nullable().optional(),
});

/** แบบ กท.02. `version` is required to change an existing plan (absent to create one). */
export const IndividualPlanBody = z.object({
  currentActivities: z.array(CurrentActivity).max(30).default([]),
  plannedProducts: z.array(PlannedProduct).max(30).default([]),
  assessment: Assessment.nullable().optional(),
  developmentNeeds: z.string().trim().max(2000).nullable().optional(),
  version: Version.optional(),
});
export type IndividualPlanInput = z.output<typeof IndividualPlanBody>;

export const GroupProduct = z.object({
  product: name,
  unit: z.enum(QUANTITY_UNITS),
  monthly: z.array(amount).length(12, 'twelve months, January to December'),
});

/** แบบ กท.03. */
export const GroupPlanBody = z.object({
  products: z.array(GroupProduct).max(50).default([]),
  markets: z.array(z.object({ channel: z.enum(CHANNELS), target: z.string().trim().max(300).nullable().optional(), notes })).max(30).default([]),
  /**
   * Development topics. `id` (from the plan as read) keeps a topic the same topic when it is
   * renamed, re-dated or moved, so the learning sessions that follow it stay linked; a topic
   * without an id is new unless its text equals a stored topic's. Leaving out a topic that
   * learning sessions follow answers 409 plan.topic_in_use naming it.
   */
  topics: z.array(z.object({ id: z.uuid().optional(), topic: name, plannedOn: IsoDate.nullable().optional() })).max(50).default([])
    .superRefine((topics, ctx) => {
      const seen = new Set<string>();
      topics.forEach((t, i) => {
        if (t.id && seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'the same topic twice' });
        if (t.id) seen.add(t.id);
      });
    }),
  resources: z.array(z.object({ item: name, quantity: z.string().trim().max(100).nullable().optional(), notes })).max(50).default([]),
  version: Version.optional(),
});
export type GroupPlanInput = z.output<typeof GroupPlanBody>;

const meta = { cohort: z.number().int(), exists: z.boolean(), version: z.number().int(), updatedAt: z.string().nullable() };

export const IndividualPlanOut = z.object({
  farmerId: z.uuid(),
  ...meta,
  currentActivities: z.array(CurrentActivity),
  plannedProducts: z.array(PlannedProduct),
  assessment: Assessment.nullable(),
  developmentNeeds: z.string().nullable(),
});

export const RollupLine = z.object({ product: z.string(), unit: z.enum(QUANTITY_UNITS), groupPlan: z.number(), membersPlan: z.number(), difference: z.number() });

export const GroupPlanOut = z.object({
  groupId: z.uuid(),
  ...meta,
  products: z.array(GroupProduct),
  markets: GroupPlanBody.shape.markets,
  topics: z.array(z.object({ id: z.uuid(), topic: z.string(), plannedOn: z.string().nullable().optional() })),
  resources: GroupPlanBody.shape.resources,
  /** Group plan against the sum of the members' กท.02 for the same product and unit. */
  rollup: z.array(RollupLine),
  membersWithPlan: z.number().int(),
  memberCount: z.number().int(),
});
