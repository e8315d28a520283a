/**
 * The dashboard's answer (GET /api/dashboard), written from /api/openapi.json
 * (apps/api/src/modules/dashboard/dashboard.schemas.ts).
 */
import type { CompletenessCounts } from '../reports/types';

/** What the map colours and the area tables list, for a province, a district or an agency. */
export interface AreaFigures {
  groups: number;
  formed: number;
  members: number;
  allStepsDone: number;
  overdueGroups: number;
  registered: number;
  salesValue: number;
  exchanges: number;
  productionValue: number;
}

export type AreaMeasure = keyof AreaFigures;

export interface Dashboard {
  unit: { code: string; kind: string; nameTh: string };
  cohort: number | null;
  generatedAt: string;
  targets: {
    programTambons: number | null;
    cohortTotal: number;
    cohorts: { cohort: number; target: number; tambonsWithGroup: number }[];
    tambonsWithGroup: number;
  };
  totals: AreaFigures;
  funnel: { step: number; done: number; inProgress: number; notStarted: number; overdue: number }[];
  byAgency: (AreaFigures & { code: string; shortTh: string; nameTh: string; provinces: number })[];
  /** One row per province with groups in the area: what the tile map colours. */
  byProvince: (AreaFigures & { code: string; nameTh: string; agencyCode: string | null })[];
  /** A province's districts (all active ones, zeros where no group); null for other units. */
  byDistrict: (AreaFigures & { code: string; nameTh: string })[] | null;
  monthly: { month: string; productionValue: number; salesValue: number; exchangeCount: number; sessions: number; byChannel: Record<string, number> }[];
  byChannel: { channel: string; kind: 'sale' | 'exchange'; value: number; count: number }[];
  enterprises: { informed: number; applied: number; registered: number };
  reporting: { from: string; to: string; totals: CompletenessCounts; lateToday: number } | null;
}

/** The charts whose tables GET /api/dashboard.xlsx?chart= returns as a sheet. */
export type DashboardChart = 'targets' | 'funnel' | 'monthly' | 'channels' | 'provinces' | 'districts' | 'enterprises' | 'reporting';
