/** The program's fixed vocabulary: the seven steps (their dates are data, in the database). */
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

/** Report directions (their due days are data). */
export const REPORT_LEVELS = ['district', 'province', 'agency'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];
