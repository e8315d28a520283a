import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { appUser, notification, notificationDelivery, roleGrant } from '../../db/schema';

export type NotificationRow = typeof notification.$inferSelect;

export interface NewNotification {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** Per user: the same key never notifies twice (a job run twice, a double click). */
  dedupeKey: string;
}

/** Inserts one notification per user; returns the ones that are new. */
export async function insertNotifications(db: Executor, userIds: string[], n: NewNotification): Promise<NotificationRow[]> {
  if (!userIds.length) return [];
  return db
    .insert(notification)
    .values([...new Set(userIds)].map((userId) => ({ id: randomUUID(), userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, dedupeKey: n.dedupeKey })))
    .onConflictDoNothing({ target: [notification.userId, notification.dedupeKey] })
    .returning();
}

/** Active users holding one of the roles on one of the units, with the unit (a user on two units comes twice). */
export async function usersWithRoleOn(db: Executor, unitCodes: string[], roles: string[]): Promise<{ id: string; unitCode: string; email: string | null; lineUserId: string | null; displayName: string }[]> {
  if (!unitCodes.length) return [];
  return db
    .selectDistinct({ id: appUser.id, unitCode: roleGrant.unitCode, email: appUser.email, lineUserId: appUser.lineUserId, displayName: appUser.displayName })
    .from(roleGrant)
    .innerJoin(appUser, eq(appUser.id, roleGrant.userId))
    .where(and(inArray(roleGrant.unitCode, unitCodes), inArray(roleGrant.role, roles), eq(appUser.active, true)));
}

export async function contactsOf(db: Executor, userIds: string[]) {
  if (!userIds.length) return [];
  return db.select({ id: appUser.id, email: appUser.email, lineUserId: appUser.lineUserId }).from(appUser).where(inArray(appUser.id, userIds));
}

export async function listForUser(db: Executor, userId: string, unreadOnly: boolean, limit: number) {
  return db.select().from(notification).where(and(eq(notification.userId, userId), unreadOnly ? isNull(notification.readAt) : undefined)).orderBy(desc(notification.createdAt)).limit(limit);
}

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  return Number((await db.select({ n: sql<number>`count(*)::int` }).from(notification).where(and(eq(notification.userId, userId), isNull(notification.readAt))))[0]?.n ?? 0);
}

export async function markRead(db: Executor, userId: string, id: string) {
  return (await db.update(notification).set({ readAt: sql`coalesce(${notification.readAt}, now())` }).where(and(eq(notification.id, id), eq(notification.userId, userId))).returning())[0] ?? null;
}

export async function logDelivery(db: Executor, notificationId: string, channel: string, status: 'sent' | 'failed', error?: string) {
  await db.insert(notificationDelivery).values({ notificationId, channel, status, error: error?.slice(0, 500) ?? null });
}
