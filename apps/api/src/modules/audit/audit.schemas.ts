import { z } from 'zod';
import { IsoDate, Paging, paged } from '../common.schemas';

export const AuditQuery = z.object({
  userId: z.uuid().optional(),
  targetType: z.string().trim().min(1).max(50).optional(),
  targetId: z.string().trim().min(1).max(100).optional(),
  verb: z.string().trim().min(1).max(50).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  ...Paging,
});

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  verb: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export const AuditList = paged(AuditEntry);
