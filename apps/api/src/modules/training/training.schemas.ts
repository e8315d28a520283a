import { z } from 'zod';
import { patchBody } from '../common.schemas';
import { fieldNumber, recordDate } from '../records/records.schemas';

/** A course a lecturer of the group's learning centre attended (step 3: developing the lecturers). */
const trainingFields = {
  /** The lecturer: the centre's main or an assistant lecturer. */
  farmerId: z.uuid(),
  /** The day the course was held (its first day). */
  date: recordDate,
  course: z.string().trim().min(1, 'required').max(300),
  organiser: z.string().trim().min(1, 'required').max(300),
  /** Hours of training, in steps of 0.1 (numeric(6,1)). */
  hours: fieldNumber(z.number().gt(0, 'must be more than 0').max(1000).multipleOf(0.1, 'at most 1 decimal')),
  notes: z.string().trim().max(2000).transform((v) => v || null).nullable().optional(),
};
export const CreateTrainingBody = z.strictObject({ id: z.uuid(), groupId: z.uuid(), ...trainingFields });
export const UpdateTrainingBody = patchBody(trainingFields).strict();
export type TrainingInput = Omit<z.output<typeof UpdateTrainingBody>, 'version'>;

export const TrainingOut = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  farmerId: z.uuid(),
  fullName: z.string(),
  date: z.string(),
  course: z.string(),
  organiser: z.string(),
  hours: z.number(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
