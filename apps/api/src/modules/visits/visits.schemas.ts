import { z } from 'zod';
import { IsoDate, patchBody } from '../common.schemas';
import { TambonPlaces } from '../geo/geo.schemas';

/**
 * A district's advisory visit to a group (issue 13's published fields: `groupId`, `visitedOn`,
 * `step`, `advice`, `problems`, `followUpOn`; `visitors` is who went).
 */
const visitFields = {
  visitedOn: IsoDate,
  /** The step the visit supported: 4 (production) and 6 (selling) above all, any of the seven. */
  step: z.number().int().min(1).max(7),
  visitors: z.string().trim().min(1, 'required').max(300),
  advice: z.string().trim().min(1, 'required').max(2000),
  problems: z.string().trim().max(2000).transform((v) => v || null).nullable().optional(),
  /** When the district means to come back; the next visit to the group closes it. */
  followUpOn: IsoDate.nullable().optional(),
};
export const CreateVisitBody = z.strictObject({ id: z.uuid(), groupId: z.uuid(), ...visitFields });
export const UpdateVisitBody = patchBody(visitFields).strict();
export type VisitInput = Omit<z.output<typeof UpdateVisitBody>, 'version'>;

export const FOLLOW_UP_STATES = ['none', 'due', 'overdue', 'done'] as const;
export const VisitPhotoOut = z.object({ id: z.uuid(), url: z.string(), width: z.number().int(), height: z.number().int() });
export const VisitOut = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  visitedOn: z.string(),
  step: z.number().int(),
  visitors: z.string(),
  advice: z.string(),
  problems: z.string().nullable(),
  followUpOn: z.string().nullable(),
  /** none: no follow-up set; due: not yet; overdue: its day has passed with no later visit; done: a later visit was made (its date in `followedUpOn`). */
  followUp: z.enum(FOLLOW_UP_STATES),
  followedUpOn: z.string().nullable(),
  photos: z.array(VisitPhotoOut),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const FollowUpsQuery = z.object({ unit: z.string().trim().min(1).max(64).optional() });
export const FollowUpsOut = z.object({
  today: z.string(),
  items: z.array(z.object({
    visitId: z.uuid(),
    groupId: z.uuid(),
    groupName: z.string(),
    ...TambonPlaces,
    step: z.number().int(),
    visitedOn: z.string(),
    followUpOn: z.string(),
    daysLate: z.number().int(),
    advice: z.string(),
  })),
});

export const VisitPhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
