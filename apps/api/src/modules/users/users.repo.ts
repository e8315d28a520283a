import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appUser, roleGrant, session } from '../../db/schema';
import { unitInScopeSql, type Scope } from '../../lib/authz';

export type UserRow = typeof appUser.$inferSelect;
export type GrantRow = typeof roleGrant.$inferSelect;

export interface UserFilter {
  scope: Scope;
  /** Only users whose home unit lies inside this unit's area. */
  under?: Scope;
  q?: string;
  limit: number;
  offset: number;
}

function whereOf(f: UserFilter): SQL {
  const parts: SQL[] = [unitInScopeSql(f.scope, appUser.homeUnitCode, appUser.homeUnitKind)];
  if (f.under) parts.push(unitInScopeSql(f.under, appUser.homeUnitCode, appUser.homeUnitKind));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    parts.push(or(ilike(appUser.username, like), ilike(appUser.displayName, like))!);
  }
  return and(...parts)!;
}

export async function listUsers(db: Executor, f: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  const where = whereOf(f);
  const [rows, totals] = await Promise.all([
    db.select().from(appUser).where(where).orderBy(appUser.username).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(appUser).where(where),
  ]);
  return { rows, total: Number(totals[0]?.n ?? 0) };
}

export async function findUser(db: Executor, id: string): Promise<UserRow | null> {
  return (await db.select().from(appUser).where(eq(appUser.id, id)))[0] ?? null;
}

export async function usernameExists(db: Executor, username: string): Promise<boolean> {
  return (await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username))).length > 0;
}

export async function insertUser(db: Executor, row: typeof appUser.$inferInsert): Promise<UserRow> {
  return (await db.insert(appUser).values(row).returning())[0]!;
}

/** Updates when the version still matches; null means someone else changed it first. */
export async function updateUser(db: Executor, id: string, version: number, patch: Partial<Pick<UserRow, 'displayName' | 'active' | 'email' | 'lineUserId'>>): Promise<UserRow | null> {
  const rows = await db
    .update(appUser)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` })
    .where(and(eq(appUser.id, id), eq(appUser.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function resetPassword(db: Executor, id: string, passwordHash: string): Promise<void> {
  await db
    .update(appUser)
    .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` })
    .where(eq(appUser.id, id));
}

export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.delete(session).where(eq(session.userId, userId));
}

export async function grantsOf(db: Executor, userIds: string[]): Promise<GrantRow[]> {
  if (!userIds.length) return [];
  return db.select().from(roleGrant).where(inArray(roleGrant.userId, userIds)).orderBy(desc(roleGrant.grantedAt));
}

export async function findGrant(db: Executor, userId: string, role: string, unitCode: string): Promise<GrantRow | null> {
  return (await db.select().from(roleGrant).where(and(eq(roleGrant.userId, userId), eq(roleGrant.role, role), eq(roleGrant.unitCode, unitCode))))[0] ?? null;
}

export async function findGrantById(db: Executor, userId: string, grantId: string): Promise<GrantRow | null> {
  return (await db.select().from(roleGrant).where(and(eq(roleGrant.userId, userId), eq(roleGrant.id, grantId))))[0] ?? null;
}

export async function insertGrant(db: Executor, row: typeof roleGrant.$inferInsert): Promise<GrantRow> {
  return (await db.insert(roleGrant).values(row).returning())[0]!;
}

export async function deleteGrant(db: Executor, grantId: string): Promise<void> {
  await db.delete(roleGrant).where(eq(roleGrant.id, grantId));
}
