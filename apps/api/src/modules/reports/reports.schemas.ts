import { z } from 'zod';
import { NARRATIVE_FIELDS, REPORT_STATES } from '@ntag/shared';
import { Version } from '../common.schemas';

export const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM (Gregorian)');

export const ReportsQuery = z.object({ unit: z.string().trim().min(1).max(64), period: Period });
export const InboxQuery = z.object({ period: Period });
export const CompletenessQuery = z.object({
  level: z.enum(['district', 'province', 'agency']),
  from: Period,
  to: Period,
  unit: z.string().trim().min(1).max(64).optional(),
});

const Narrative = z.object(Object.fromEntries(NARRATIVE_FIELDS.map((f) => [f, z.string().max(5000).optional()])) as Record<(typeof NARRATIVE_FIELDS)[number], z.ZodOptional<z.ZodString>>);
export const NarrativeBody = z.object({ narrative: Narrative, version: Version });
export const ActionBody = z.object({ version: Version });
export const ReturnBody = z.object({ reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000), version: Version });

/** A figure for the month reported and for everything up to the end of that month. */
const MonthTotal = z.object({ month: z.number(), total: z.number() });

/**
 * What a report says (reports.content.ts computes it): live from the records while the unit
 * holds the report, the frozen snapshot of a version once submitted.
 */
export const ReportContentOut = z.object({
  unit: z.object({ code: z.string(), kind: z.string(), nameTh: z.string() }),
  period: z.string(),
  computedAt: z.string(),
  cohorts: z.array(z.object({
    cohort: z.number().int(),
    /** The ministry's target tambons of the cohort inside the unit: its own target (issue 13). */
    targetTambons: z.number().int(),
    /** Groups of the cohort in a target tambon (a group elsewhere is allowed, and counted in `groups`). */
    groupsInTargets: z.number().int(),
    /** Tambons with candidates for this cohort (step 1 under way). */
    tambonsWithCandidates: z.number().int(),
    groups: z.number().int(),
    groupsFormed: MonthTotal,
    members: z.number().int(),
    steps: z.array(z.object({ step: z.number().int(), doneMonth: z.number().int(), doneTotal: z.number().int(), overdue: z.number().int() })),
  })),
  learning: z.object({ sessions: MonthTotal, attendance: MonthTotal }),
  /** Quantities by product group, unit and use: one row per use (household, exchange, sale, processing, loss). */
  production: z.array(z.object({ category: z.string(), unit: z.string(), use: z.string(), month: z.number(), total: z.number() })),
  productionValue: MonthTotal,
  sales: z.array(z.object({ channel: z.string(), kind: z.enum(['sale', 'exchange']), value: MonthTotal, count: MonthTotal })),
  salesTotal: z.object({ sale: MonthTotal, exchange: MonthTotal }),
  enterprises: MonthTotal,
  /**
   * Advice and support (issue 13): the district's visits to the groups and the training their
   * lecturers attended (absent from reports frozen before they were counted).
   */
  support: z.object({ visits: MonthTotal, lecturerTrainings: MonthTotal, trainingHours: MonthTotal }).optional(),
  /** A province's partners working with it during the month (step 7). */
  partners: z.array(z.object({ name: z.string(), sector: z.string(), support: z.string(), groups: z.number().int(), from: z.string(), to: z.string().nullable() })).optional(),
  /** A host agency's report (กท.05): its provinces and whether each one's report for the month is accepted. */
  provinces: z.array(z.object({ code: z.string(), nameTh: z.string(), state: z.enum(REPORT_STATES).nullable(), accepted: z.boolean() })).optional(),
});

const VersionOut = z.object({
  number: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  decision: z.enum(['accepted', 'returned']).nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  snapshot: ReportContentOut.optional(),
  narrative: Narrative.optional(),
});

export const ReportOut = z.object({
  id: z.uuid(),
  definition: z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string(), toLevel: z.string(), dueDay: z.number().int() }),
  unit: z.object({ code: z.string(), kind: z.string(), nameTh: z.string() }),
  period: z.string(),
  state: z.enum(REPORT_STATES),
  dueOn: z.string(),
  /** Submitted by the due day (the first submission counts); null until submitted. */
  onTime: z.boolean().nullable(),
  firstSubmittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  narrative: Narrative,
  /** Live from the records while the unit holds it; the frozen snapshot once submitted. */
  content: ReportContentOut,
  /** What the caller may do now. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
  versions: z.array(VersionOut),
  version: z.number().int(),
});

export const ReportsOut = z.object({ unit: z.object({ code: z.string(), nameTh: z.string() }), period: z.string(), reports: z.array(ReportOut) });

const Status = z.object({
  unit: z.object({ code: z.string(), nameTh: z.string() }),
  definitionCode: z.string(),
  reportId: z.uuid().nullable(),
  state: z.enum(REPORT_STATES).nullable(),
  dueOn: z.string(),
  firstSubmittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  daysLate: z.number().int().nullable(),
});
export const InboxOut = z.object({ period: z.string(), units: z.array(Status) });

const Counts = z.object({ expected: z.number().int(), received: z.number().int(), onTime: z.number().int(), late: z.number().int(), missing: z.number().int() });
export const CompletenessOut = z.object({
  level: z.string(),
  from: z.string(),
  to: z.string(),
  totals: Counts,
  byAgency: z.array(Counts.extend({ code: z.string(), nameTh: z.string() })),
  byProvince: z.array(Counts.extend({ code: z.string(), nameTh: z.string() })),
  lateToday: z.array(z.object({ unit: z.object({ code: z.string(), nameTh: z.string() }), period: z.string(), dueOn: z.string(), daysLate: z.number().int(), state: z.enum(REPORT_STATES).nullable() })),
});
