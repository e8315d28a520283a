import { z } from 'zod';
import { DECISIONS, PROPOSALS, SELECTION_CRITERIA } from '@ntag/shared';
import { Version } from '../common.schemas';

/** Whether the farmer meets a criterion, with the district's notes (the form's หมายเหตุ). */
const Criterion = z.object({ met: z.boolean(), notes: z.string().trim().max(500).nullable().optional() });
const Criteria = z.object(Object.fromEntries(SELECTION_CRITERIA.map((c) => [c, Criterion])) as Record<(typeof SELECTION_CRITERIA)[number], typeof Criterion>);
const Cohort = z.coerce.number().int().min(2500).max(2700);

export const SelectionQuery = z.object({
  tambon: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code'),
  cohort: Cohort,
});

export const ProposeBody = z.object({
  id: z.uuid(),
  cohort: z.number().int().min(2500).max(2700),
  farmerId: z.uuid(),
  criteria: Criteria,
  proposal: z.enum(PROPOSALS),
});
export type ProposeInput = z.output<typeof ProposeBody>;

export const UpdateCandidateBody = z.object({
  criteria: Criteria.optional(),
  proposal: z.enum(PROPOSALS).optional(),
  version: Version,
});

export const DecisionBody = z
  .object({
    decision: z.enum(DECISIONS),
    reason: z.string().trim().max(500).nullable().optional(),
    version: Version,
  })
  .refine((b) => b.decision === 'selected' || !!b.reason, { path: ['reason'], message: 'a reason is required when not selected' });

export const CandidateOut = z.object({
  id: z.uuid(),
  cohort: z.number().int(),
  tambonCode: z.string(),
  farmer: z.object({
    id: z.uuid(), fullName: z.string(), nationalId: z.string(), nationalIdMasked: z.boolean(),
    address: z.string(), pondDug: z.boolean(), pondYear: z.number().int().nullable(), activities: z.string(),
  }),
  criteria: Criteria,
  proposal: z.enum(PROPOSALS),
  proposedAt: z.string(),
  decision: z.enum(DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});

export const SelectionList = z.object({
  tambon: z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable() }),
  cohort: z.number().int(),
  candidates: z.array(CandidateOut),
  summary: z.object({ candidates: z.number().int(), proposed: z.number().int(), selected: z.number().int(), notSelected: z.number().int(), undecided: z.number().int() }),
});

export const SummaryQuery = z.object({ unit: z.string().trim().min(1).max(64).optional(), cohort: Cohort });

const SummaryRow = z.object({
  tambonsWithCandidates: z.number().int(),
  candidates: z.number().int(),
  selected: z.number().int(),
  groups: z.number().int(),
  groupsFormed: z.number().int(),
});
export const SummaryOut = z.object({
  unit: z.object({ code: z.string(), nameTh: z.string() }),
  cohort: z.number().int(),
  provinces: z.array(SummaryRow.extend({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable(), agencyCode: z.string().nullable() })),
  totals: SummaryRow,
});

export const WaitingQuery = z.object({ cohort: Cohort.optional() });
export const WaitingOut = z.object({
  tambons: z.array(z.object({
    code: z.string(), nameTh: z.string(), nameEn: z.string().nullable(), districtNameTh: z.string().nullable(),
    cohort: z.number().int(), waiting: z.number().int(), candidates: z.number().int(),
  })),
});

/** Several candidates selected at once (issue 15): all or none, each at the version the province saw. */
export const BatchDecisionBody = z.object({
  decision: z.literal('selected'),
  candidates: z.array(z.object({ id: z.uuid(), version: Version })).min(1).max(200)
    .refine((c) => new Set(c.map((x) => x.id)).size === c.length, { message: 'each candidate once' }),
});
export const BatchDecisionOut = z.object({ decided: z.number().int(), candidates: z.array(CandidateOut) });
