import { z } from 'zod';
import { IsoDate, patchBody } from '../common.schemas';
import { fieldNumber } from '../records/records.schemas';

const ids = z.array(z.uuid()).max(200);

export const CentreBody = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  mainLecturerId: z.uuid().nullable().optional(),
  assistantLecturerIds: ids.default([]),
  /** Absent to create the centre; the version read to change it. */
  version: z.number().int().min(1).optional(),
});

const Person = z.object({ farmerId: z.uuid(), fullName: z.string() });
export const CentreOut = z.object({
  groupId: z.uuid(),
  exists: z.boolean(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  mainLecturer: Person.nullable(),
  assistantLecturers: z.array(Person),
  version: z.number().int(),
});

const sessionFields = {
  heldOn: IsoDate,
  topic: z.string().trim().max(300).optional(),
  /** Links the session to a development topic of the group's กท.03 (its cohort and position). */
  planCohort: z.number().int().min(2500).max(2700).nullable().optional(),
  planTopicIndex: z.number().int().min(0).max(49).nullable().optional(),
  lecturerIds: ids.default([]),
  attendeeIds: ids.default([]),
  outsideParticipants: fieldNumber.pipe(z.number().int().min(0).max(100_000)).default(0),
  notes: z.string().trim().max(2000).nullable().optional(),
};
export const CreateSessionBody = z.object({ id: z.uuid(), groupId: z.uuid(), ...sessionFields });
export const UpdateSessionBody = patchBody(sessionFields);
export type SessionInput = Omit<z.output<typeof UpdateSessionBody>, 'version'>;

export const PhotoOut = z.object({ id: z.uuid(), url: z.string(), width: z.number().int(), height: z.number().int() });
export const SessionOut = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  heldOn: z.string(),
  topic: z.string(),
  planCohort: z.number().int().nullable(),
  planTopicIndex: z.number().int().nullable(),
  lecturers: z.array(Person),
  attendees: z.array(Person),
  outsideParticipants: z.number().int(),
  /** Members present plus outside participants. */
  participants: z.number().int(),
  notes: z.string().nullable(),
  photos: z.array(PhotoOut),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const PhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
