import { z } from 'zod';

const cohort = z.coerce.number().int().min(2500).max(2700);
export const Kt01Query = z.object({ tambon: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code'), cohort });
export const Kt02Query = z.object({ farmer: z.uuid(), cohort });
export const GroupFormQuery = z.object({ group: z.uuid(), cohort });
