import { z } from 'zod';
import { Period as period } from '../reports/reports.schemas';

const cohort = z.coerce.number().int().min(2500).max(2700);
export const Kt01Query = z.object({ tambon: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code'), cohort });
export const Kt02Query = z.object({ farmer: z.uuid(), cohort });
export const GroupFormQuery = z.object({ group: z.uuid(), cohort });

export const Kt05Query = z.object({ agency: z.string().min(2).max(16), period });
export const ProvinceReportQuery = z.object({ province: z.string().regex(/^\d{2}$/, 'a 2-digit province code'), period });
export const NationalSummaryQuery = z.object({ period });
export const SelectionResultQuery = z.object({ province: z.string().regex(/^\d{2}$/, 'a 2-digit province code'), cohort });
export const SelectionSummaryQuery = z.object({ agency: z.string().regex(/^[A-Z]{2,10}$/, 'an agency code such as DLD'), cohort });
