/**
 * Shapes of the monthly reports' answers (issue #5), written from /api/openapi.json
 * (apps/api/src/modules/reports/reports.schemas.ts and reports.content.ts).
 */
import type { NarrativeField, ReportState } from '@ntag/shared';

/** A figure for the month reported and for everything up to the end of that month. */
export interface MonthTotal {
  month: number;
  total: number;
}

export interface CohortFigures {
  cohort: number;
  /** Tambons with candidates for this cohort. */
  tambonsTargeted: number;
  groups: number;
  groupsFormed: MonthTotal;
  members: number;
  steps: { step: number; doneMonth: number; doneTotal: number; overdue: number }[];
}

export interface ProductionFigure {
  /** A product group (PRODUCT_CATEGORY_LABELS). */
  category: string;
  /** A quantity unit (QUANTITY_UNIT_LABELS), or a unit the product list names. */
  unit: string;
  /** How the produce was used (PRODUCE_USE_LABELS). */
  use: string;
  month: number;
  total: number;
}

export interface ChannelFigure {
  channel: string;
  kind: 'sale' | 'exchange';
  value: MonthTotal;
  count: MonthTotal;
}

/** What a report says: live from the records while the unit holds it, frozen once submitted. */
export interface ReportContent {
  unit: { code: string; kind: string; nameTh: string };
  period: string;
  computedAt: string;
  cohorts: CohortFigures[];
  learning: { sessions: MonthTotal; attendance: MonthTotal };
  production: ProductionFigure[];
  productionValue: MonthTotal;
  sales: ChannelFigure[];
  salesTotal: { sale: MonthTotal; exchange: MonthTotal };
  enterprises: MonthTotal;
  /** A host agency's กท.05: its provinces and whether each one's report for the month is accepted. */
  provinces?: { code: string; nameTh: string; state: ReportState | null; accepted: boolean }[];
}

export interface ReportVersion {
  number: number;
  submittedAt: string;
  submittedBy: string | null;
  decision: 'accepted' | 'returned' | null;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  /** Only in GET /api/reports/:id. */
  narrative?: Partial<Record<NarrativeField, string>>;
}

export interface Report {
  id: string;
  definition: { code: string; nameTh: string; nameEn: string; toLevel: string; dueDay: number };
  unit: { code: string; kind: string; nameTh: string };
  period: string;
  state: ReportState;
  dueOn: string;
  /** Submitted by the due day (the first submission counts); null until submitted. */
  onTime: boolean | null;
  firstSubmittedAt: string | null;
  returnReason: string | null;
  narrative: Partial<Record<NarrativeField, string>>;
  content: ReportContent;
  /** What the caller may do now. */
  can: { edit: boolean; submit: boolean; review: boolean };
  versions: ReportVersion[];
  version: number;
}

export interface ReportsOfUnit {
  unit: { code: string; nameTh: string };
  period: string;
  reports: Report[];
}

/** A unit below the reviewer and the state of its report for the month. */
export interface InboxUnit {
  unit: { code: string; nameTh: string };
  definitionCode: string;
  reportId: string | null;
  state: ReportState | null;
  dueOn: string;
  firstSubmittedAt: string | null;
  onTime: boolean | null;
  daysLate: number | null;
}

export interface Inbox {
  period: string;
  units: InboxUnit[];
}

export interface CompletenessCounts {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface Completeness {
  level: string;
  from: string;
  to: string;
  totals: CompletenessCounts;
  byAgency: (CompletenessCounts & { code: string; nameTh: string })[];
  byProvince: (CompletenessCounts & { code: string; nameTh: string })[];
  lateToday: { unit: { code: string; nameTh: string }; period: string; dueOn: string; daysLate: number; state: ReportState | null }[];
}

export type CompletenessLevel = 'province' | 'agency';
