// Types of groups.mjs for the TypeScript journeys.
import type { Call } from './api.mjs';

export interface GroupToForm {
  key: string;
  tambon: string;
  cohort: number;
  name: string;
  foundedOn: string;
  pondYear: number;
  people: { first: string; last: string; nationalId: string }[];
}
export declare function formGroup(district: Call, province: Call, g: GroupToForm): Promise<{ id: string; farmerIds: string[] }>;
