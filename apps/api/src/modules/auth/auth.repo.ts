import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appUser, roleGrant, session } from '../../db/schema';

export type UserRow = typeof appUser.$inferSelect;
export type GrantRow = typeof roleGrant.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | null> {
  const rows = await db.select().from(appUser).where(eq(appUser.username, username.toLowerCase()));
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(appUser).where(eq(appUser.id, id));
  return rows[0] ?? null;
}

export async function grantsOfUser(db: Executor, userId: string): Promise<GrantRow[]> {
  return db.select().from(roleGrant).where(eq(roleGrant.userId, userId)).orderBy(roleGrant.grantedAt);
}

/** Counts a failed sign-in; locks the account when `max` is reached. Returns the new state. */
export async function recordFailedLogin(db: Executor, userId: string, max: number, lockMs: number) {
  const rows = await db
    .update(appUser)
    .set({
      failedLogins: sql`${appUser.failedLogins} + 1`,
      lockedUntil: sql`case when ${appUser.failedLogins} + 1 >= ${max} then now() + (${lockMs} || ' milliseconds')::interval else ${appUser.lockedUntil} end`,
    })
    .where(eq(appUser.id, userId))
    .returning({ failedLogins: appUser.failedLogins, lockedUntil: appUser.lockedUntil });
  return rows[0];
}

export async function clearFailedLogins(db: Executor, userId: string): Promise<void> {
  await db.update(appUser).set({ failedLogins: 0, lockedUntil: null }).where(eq(appUser.id, userId));
}

export async function insertSession(db: Executor, row: typeof session.$inferInsert): Promise<void> {
  await db.insert(session).values(row);
}

export async function findLiveSession(db: Executor, id: string) {
  const rows = await db
    .select({ session, user: appUser })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .where(and(eq(session.id, id), gt(session.expiresAt, sql`now()`)));
  return rows[0] ?? null;
}

export async function extendSession(db: Executor, id: string, expiresAt: Date): Promise<void> {
  await db.update(session).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(session.id, id));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(session).where(eq(session.id, id));
}

/** Ends every other session of the user (after a password change). */
export async function deleteOtherSessions(db: Executor, userId: string, keepId: string): Promise<void> {
  await db.delete(session).where(and(eq(session.userId, userId), ne(session.id, keepId)));
}

export async function deleteExpiredSessions(db: Executor): Promise<void> {
  await db.delete(session).where(lt(session.expiresAt, sql`now()`));
}

export async function setPassword(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db
    .update(appUser)
    .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` })
    .where(eq(appUser.id, userId));
}
