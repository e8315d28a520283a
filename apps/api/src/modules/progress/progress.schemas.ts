import { z } from 'zod';
import { IsoDate } from '../common.schemas';
import { STEP_STATUSES } from '@ntag/shared';

export const ProgressQuery = z.object({
  unit: z.string().trim().min(1).max(64).optional(),
  cohort: z.coerce.number().int().min(2500).max(2700).optional(),
  /** With `status` or `overdue`: which step they filter on (without, `overdue` means any step). */
  step: z.coerce.number().int().min(1).max(7).optional(),
  /** Only groups whose `step` has this status (ignored without `step`). */
  status: z.enum(STEP_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Groups whose name, tambon, district or province contains this text. */
  q: z.string().trim().min(1).max(100).optional(),
  /** Groups per page (the counts always cover every group). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** `nextCursor` of the page before. */
  cursor: z.string().trim().min(1).max(200).optional(),
});

const Place = z.object({ code: z.string(), nameTh: z.string() });
export const StepOut = z.object({
  step: z.number().int(),
  status: z.enum(STEP_STATUSES),
  doneOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  overridden: z.boolean(),
  reason: z.string().nullable(),
});
export const GroupProgressOut = z.object({
  id: z.uuid(),
  name: z.string(),
  cohort: z.number().int(),
  tambon: Place,
  district: Place,
  province: Place,
  enterpriseCode: z.string().nullable(),
  /** Its tambon is a target tambon of its cohort (a group elsewhere is allowed, and shown as such). */
  inTarget: z.boolean(),
  steps: z.array(StepOut),
});
export const TotalsOut = z.object({ step: z.number().int(), done: z.number().int(), inProgress: z.number().int(), notStarted: z.number().int(), overdue: z.number().int() });
/** One area below the unit (a province of the country or of an agency, a district of a province, a tambon of a district). */
export const AreaProgressOut = z.object({
  code: z.string(),
  nameTh: z.string(),
  groups: z.number().int(),
  /** Groups with at least one step overdue. */
  overdueGroups: z.number().int(),
  allStepsDone: z.number().int(),
  steps: z.array(TotalsOut),
});
export const ProgressOut = z.object({
  unit: z.object({ code: z.string(), nameTh: z.string(), kind: z.string() }),
  cohort: z.number().int().nullable(),
  today: z.string(),
  /** The unit's own target: its target tambons, those with a group, and groups outside the targets (issue 13). */
  targets: z.object({ areaTambons: z.number().int(), areaTambonsWithGroup: z.number().int(), groupsOutsideTargets: z.number().int() }),
  /** What `areas` are: the unit's provinces, districts or tambons; null for a tambon or a group. */
  areaLevel: z.enum(['province', 'district', 'tambon']).nullable(),
  /** Step × status counts (with overdue) per area below the unit, over all its groups of the cohort. */
  areas: z.array(AreaProgressOut),
  /** Over all groups of the unit and cohort, before the step, status and overdue filters. */
  totals: z.array(TotalsOut),
  groupCount: z.number().int(),
  overdueGroups: z.number().int(),
  /** Groups that pass the filters (all pages). */
  matching: z.number().int(),
  /** One page of the groups that pass the filters, in tambon order, with their seven steps. */
  groups: z.array(GroupProgressOut),
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: z.string().nullable(),
});

export const OverrideParams = z.object({ id: z.uuid(), step: z.coerce.number().int().min(1).max(7) });
export const OverrideBody = z.object({
  status: z.enum(STEP_STATUSES),
  doneOn: IsoDate.nullable().optional(),
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
});

export const TimelineQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200), before: IsoDate.optional() });
export const TimelineOut = z.object({
  items: z.array(z.object({ date: z.string(), kind: z.string(), title: z.string(), refId: z.string().nullable() })),
  /** Pass as `before` for older items; null when there are none. */
  nextBefore: z.string().nullable(),
});
