// Types of seed-reports.mjs for the TypeScript journeys.
export declare const REPORT_COHORT: number;
export declare const REPORT_PERIOD: string;
export declare const EXPECTED: {
  groups: number;
  members: number;
  sessions: number;
  attendance: number;
  productionValue: number;
  saleValue: number;
  exchanges: number;
  registered: number;
  funnel: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, [done: number, overdue: number]>;
};
export declare function seedReports(base?: string): Promise<{ groups: string[] }>;
