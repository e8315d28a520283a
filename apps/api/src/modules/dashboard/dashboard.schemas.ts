import { z } from 'zod';

export const DashboardQuery = z.object({
  unit: z.string().trim().min(1).max(64).optional(),
  cohort: z.coerce.number().int().min(2500).max(2700).optional(),
});

/** The dashboard's charts, each downloadable as the table of its numbers. */
export const DASHBOARD_CHARTS = ['targets', 'coverage', 'funnel', 'monthly', 'channels', 'provinces', 'districts', 'enterprises', 'reporting'] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];
export const DashboardSheetQuery = DashboardQuery.extend({ chart: z.enum(DASHBOARD_CHARTS).optional() });

const Figures = {
  groups: z.number(), formed: z.number(), members: z.number(), allStepsDone: z.number(), overdueGroups: z.number(),
  registered: z.number(), salesValue: z.number(), exchanges: z.number(), productionValue: z.number(),
};

export const DashboardOut = z.object({
  unit: z.object({ code: z.string(), kind: z.string(), nameTh: z.string() }),
  cohort: z.number().int().nullable(),
  generatedAt: z.string(),
  targets: z.object({
    /** National figures: the program's target (4,009) and the cohorts' targets (788 a year). */
    programTambons: z.number().nullable(),
    cohortTargetTotal: z.number(),
    cohorts: z.array(z.object({
      cohort: z.number(), tambonTarget: z.number(), tambonsWithGroup: z.number(),
      /** The cohort's target tambons inside the unit, and those with the cohort's model group. */
      areaTambons: z.number(), areaTambonsWithGroup: z.number(),
    })),
    tambonsWithGroup: z.number(),
    /** The area's own target: the count of target tambons inside the unit (the cohort's, or all cohorts'). */
    areaTambons: z.number(),
    /** Of those, the ones with a model group of their cohort. */
    areaTambonsWithGroup: z.number(),
    /** Groups in a tambon that is not a target of their cohort (allowed; shown as such). */
    groupsOutsideTargets: z.number(),
    /** A province's or a district's target tambons with no group of their cohort yet (null for other units). */
    targetTambonsWithoutGroup: z.array(z.object({ code: z.string(), nameTh: z.string(), districtNameTh: z.string(), cohort: z.number() })).nullable(),
  }),
  /**
   * Where model groups are still missing: provinces and districts without a group (and without a
   * target tambon); the "at least one group per province" indicator. For the country, a host
   * agency and a province; null below.
   */
  coverage: z.object({
    provinces: z.number(),
    provincesWithGroup: z.number(),
    provincesWithoutGroup: z.array(z.string()),
    provincesWithoutTarget: z.array(z.string()),
    /** Every province of the area: what the tile map colours by coverage. */
    byProvince: z.array(z.object({ code: z.string(), nameTh: z.string(), groups: z.number(), targetTambons: z.number(), targetTambonsWithGroup: z.number() })),
    districtsWithoutGroup: z.array(z.object({ code: z.string(), nameTh: z.string(), provinceCode: z.string(), targetTambons: z.number() })),
    districtsWithoutTarget: z.array(z.string()),
  }).nullable(),
  totals: z.object(Figures),
  funnel: z.array(z.object({ step: z.number(), done: z.number(), inProgress: z.number(), notStarted: z.number(), overdue: z.number() })),
  byAgency: z.array(z.object({ code: z.string(), shortTh: z.string(), nameTh: z.string(), provinces: z.number(), ...Figures })),
  /** One row per province with groups in the area: what the tile map colours. */
  byProvince: z.array(z.object({ code: z.string(), nameTh: z.string(), agencyCode: z.string().nullable(), ...Figures })),
  /** A province's districts (all active ones, zeros where no group): the map's drill-down. Null for other units. */
  byDistrict: z.array(z.object({ code: z.string(), nameTh: z.string(), ...Figures })).nullable(),
  monthly: z.array(z.object({ month: z.string(), productionValue: z.number(), salesValue: z.number(), exchangeCount: z.number(), sessions: z.number(), byChannel: z.record(z.string(), z.number()) })),
  byChannel: z.array(z.object({ channel: z.string(), kind: z.enum(['sale', 'exchange']), value: z.number(), count: z.number() })),
  enterprises: z.object({ informed: z.number(), applied: z.number(), registered: z.number() }),
  reporting: z.object({ from: z.string(), to: z.string(), totals: z.object({ expected: z.number(), received: z.number(), onTime: z.number(), late: z.number(), missing: z.number() }), lateToday: z.number() }).nullable(),
});
