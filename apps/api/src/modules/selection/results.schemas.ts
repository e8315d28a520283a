import { z } from 'zod';
import { REPORT_STATES } from '@ntag/shared';
import { Version } from '../common.schemas';

/**
 * A selection result sent up (issue 13): a province's result for a cohort to its host agency,
 * or the agency's summary of its provinces to the ministry (for the subcommittee). The state
 * machine, versions and reason rules are the monthly reports' (draft → submitted → accepted, or
 * returned with a reason → submitted again as a new version).
 */
export const SelectionResultsQuery = z.object({
  /** One province's result (drafted on first sight); left out, every result in my scope. */
  province: z.string().regex(/^\d{2}$/, 'a 2-digit province code').optional(),
  cohort: z.coerce.number().int().min(2500).max(2700),
});

export const SubmitResultBody = z.object({ version: Version, notes: z.string().trim().max(5000).optional() });
export const AcceptResultBody = z.object({ version: Version });
export const ReturnResultBody = z.object({ reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000), version: Version });

const Totals = z.object({
  /** Tambons with candidates (step 1 under way). */
  tambons: z.number().int(),
  /** Tambons where the province selected at least one farmer. */
  tambonsSelected: z.number().int(),
  /** The ministry's target tambons of the cohort in the unit, and how many of them have a farmer selected. */
  targetTambons: z.number().int(),
  targetTambonsSelected: z.number().int(),
  groups: z.number().int(),
  groupsFormed: z.number().int(),
  candidates: z.number().int(),
  proposed: z.number().int(),
  selected: z.number().int(),
  notSelected: z.number().int(),
  undecided: z.number().int(),
});
export type SelectionTotals = z.output<typeof Totals>;

/** What a selection result says: per tambon for a province; per province for an agency's summary. */
export const SelectionContentOut = z.object({
  unit: z.object({ code: z.string(), kind: z.string(), nameTh: z.string() }),
  cohort: z.number().int(),
  computedAt: z.string(),
  tambons: z.array(z.object({
    code: z.string(), nameTh: z.string(), districtCode: z.string(), districtNameTh: z.string(),
    /** A target tambon of the cohort (a tambon outside the targets is allowed, and shown as such). */
    target: z.boolean(),
    candidates: z.number().int(), proposed: z.number().int(), selected: z.number().int(), notSelected: z.number().int(), undecided: z.number().int(),
    group: z.object({ id: z.uuid(), name: z.string(), formed: z.boolean(), members: z.number().int() }).nullable(),
  })),
  totals: Totals,
  /** An agency's summary: its provinces, each with its result's state and (once accepted) its totals. */
  provinces: z.array(z.object({
    code: z.string(), nameTh: z.string(), state: z.enum(REPORT_STATES).nullable(), accepted: z.boolean(), totals: Totals.nullable(),
  })).optional(),
});
export type SelectionContent = z.output<typeof SelectionContentOut>;

const VersionOut = z.object({
  number: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  notes: z.string().nullable(),
  decision: z.enum(['accepted', 'returned']).nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
});

export const SelectionResultOut = z.object({
  id: z.uuid(),
  unit: z.object({ code: z.string(), kind: z.string(), nameTh: z.string() }),
  /** Who receives it: the province's host agency, or the ministry for an agency's summary. */
  sentTo: z.object({ code: z.string(), nameTh: z.string() }).nullable(),
  cohort: z.number().int(),
  state: z.enum(REPORT_STATES),
  notes: z.string().nullable(),
  returnReason: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
  /** Live from the records while the unit holds it; the frozen snapshot once submitted. */
  content: SelectionContentOut,
  can: z.object({ submit: z.boolean(), review: z.boolean() }),
  versions: z.array(VersionOut),
  version: z.number().int(),
});

export const SelectionResultsOut = z.object({
  cohort: z.number().int(),
  results: z.array(SelectionResultOut),
  /** Every unit in my scope that sends a result for the cohort, with where it stands (null: not drafted yet). */
  units: z.array(z.object({
    code: z.string(), nameTh: z.string(), level: z.enum(['province', 'agency']), agencyCode: z.string().nullable(),
    resultId: z.uuid().nullable(), state: z.enum(REPORT_STATES).nullable(), firstSubmittedAt: z.string().nullable(),
  })),
});
