import { z } from 'zod';
import { IsoDate, Paging, paged } from '../common.schemas';

export const AuditQuery = z.object({
  userId: z.uuid().optional(),
  targetType: z.string().trim().min(1).max(50).optional(),
  targetId: z.string().trim().min(1).max(100).optional(),
  verb: z.string().trim().min(1).max(50).optional(),
  kind: z.string().trim().min(1).max(50).optional().describe('A kind of action: the verb before its dot (selection, farmer, auth…)'),
  person: z.string().trim().min(1).max(100).optional().describe("Part of the actor's username or name"),
  unit: z.string().trim().regex(/^\d{2,6}$/, 'a DOPA code of 2 to 6 digits').optional().describe('An area: the target lies in it'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  ...Paging,
});

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorName: z.string().nullable(),
  verb: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /** The target by name (a user, farmer, group, unit, report), resolved in SQL; null when it has none. */
  targetName: z.string().nullable(),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export const AuditList = paged(AuditEntry);
