import { z } from 'zod';

export const NotificationsQuery = z.object({
  unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const NotificationOut = z.object({ id: z.uuid(), kind: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() });
export const NotificationList = z.object({ items: z.array(NotificationOut), unread: z.number().int() });
