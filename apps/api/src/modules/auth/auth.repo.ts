import { and, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { appUser, loginAttempt, loginKnownAddress, roleGrant, session, systemMarker } from '../../db/schema';
import { ADDRESS_WINDOW_MS, KNOWN_ADDRESS_DAYS, type AttemptCounts, type SignInLimits } from '../../lib/rate-limit';

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

/** Records an attempt before its password is checked, so that parallel attempts count each other. */
export async function beginAttempt(db: Executor, username: string, address: string): Promise<number> {
  return (await db.insert(loginAttempt).values({ username, address }).returning({ id: loginAttempt.id }))[0]!.id;
}

/** The other recent attempts as the sign-in limits see them (lib/rate-limit.ts); times from the database's clock. */
export async function attemptCounts(db: Executor, self: number, username: string, address: string, limits: SignInLimits): Promise<AttemptCounts> {
  const lock = `${limits.lockMs} milliseconds`;
  const win = `${ADDRESS_WINDOW_MS} milliseconds`;
  const others = sql`id <> ${self}`;
  const result = await db.execute(sql`
    select
      (select count(*)::int from login_attempt where username = ${username} and address = ${address} and ${others} and at > now() - ${lock}::interval) as pair,
      (select extract(epoch from (at + ${lock}::interval - now()))::float8 from login_attempt
         where username = ${username} and address = ${address} and ${others} and at > now() - ${lock}::interval
         order by at desc offset ${limits.maxFailures - 1} limit 1) as pair_clears_in,
      (select count(*)::int from login_attempt where username = ${username} and ${others} and at > now() - ${lock}::interval) as account,
      (select extract(epoch from (now() - max(at)))::float8 from login_attempt where username = ${username} and ${others} and at > now() - ${lock}::interval) as account_idle_for,
      (select count(*)::int from login_attempt where address = ${address} and ${others} and at > now() - ${win}::interval) as address,
      (select extract(epoch from (at + ${win}::interval - now()))::float8 from login_attempt
         where address = ${address} and ${others} and at > now() - ${win}::interval
         order by at desc offset ${limits.addressLimit - 1} limit 1) as address_clears_in,
      exists (select 1 from login_known_address where username = ${username} and address = ${address}
         and last_success_at > now() - ${`${KNOWN_ADDRESS_DAYS} days`}::interval) as known`);
  const r = rowsOf<Record<string, number | string | boolean | null>>(result)[0]!;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    pair: Number(r.pair), pairClearsIn: num(r.pair_clears_in), account: Number(r.account), accountIdleFor: num(r.account_idle_for),
    address: Number(r.address), addressClearsIn: num(r.address_clears_in), known: r.known === true || r.known === 't',
  };
}

/** A refused attempt leaves no trace in the counts. */
export async function dropAttempt(db: Executor, id: number): Promise<void> {
  await db.delete(loginAttempt).where(eq(loginAttempt.id, id));
}

/** A successful sign-in: this name's attempts from this address are forgotten and the pair becomes known. */
export async function signedInFrom(db: Executor, username: string, address: string): Promise<void> {
  await db.delete(loginAttempt).where(and(eq(loginAttempt.username, username), eq(loginAttempt.address, address)));
  await db
    .insert(loginKnownAddress)
    .values({ username, address })
    .onConflictDoUpdate({ target: [loginKnownAddress.username, loginKnownAddress.address], set: { lastSuccessAt: sql`now()` } });
}

/** Attempts older than every window, and known pairs past their time, are of no further use. */
export async function pruneSignInState(db: Executor, keepMs: number): Promise<void> {
  await db.delete(loginAttempt).where(lt(loginAttempt.at, sql`now() - ${`${keepMs} milliseconds`}::interval`));
  await db.delete(loginKnownAddress).where(lt(loginKnownAddress.lastSuccessAt, sql`now() - ${`${KNOWN_ADDRESS_DAYS} days`}::interval`));
}

/** An administrator set a new password: earlier wrong ones no longer hold anyone back. */
export async function forgetAttemptsOf(db: Executor, username: string): Promise<void> {
  await db.delete(loginAttempt).where(eq(loginAttempt.username, username));
}

/** Of these names, those that some address may not try now (the pair limit is reached). */
export async function pausedNames(db: Executor, usernames: string[], limits: Pick<SignInLimits, 'maxFailures' | 'lockMs'>): Promise<Set<string>> {
  if (!usernames.length) return new Set();
  const rows = await db
    .select({ username: loginAttempt.username })
    .from(loginAttempt)
    .where(and(inArray(loginAttempt.username, usernames), gt(loginAttempt.at, sql`now() - ${`${limits.lockMs} milliseconds`}::interval`)))
    .groupBy(loginAttempt.username, loginAttempt.address)
    .having(sql`count(*) >= ${limits.maxFailures}`);
  return new Set(rows.map((r) => r.username));
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

/** The name and position a user signs forms with (null until they give them). */
export async function signerOf(db: Executor, userId: string): Promise<{ name: string; position: string } | null> {
  const [u] = await db.select({ name: appUser.signerName, position: appUser.signerPosition }).from(appUser).where(eq(appUser.id, userId));
  return u?.name ? { name: u.name, position: u.position ?? '' } : null;
}

export async function setSigner(db: Executor, userId: string, signer: { name: string; position: string }): Promise<void> {
  await db
    .update(appUser)
    .set({ signerName: signer.name, signerPosition: signer.position, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` })
    .where(eq(appUser.id, userId));
}

/** True once the living demo was built here (its marker row says how many groups it made). */
export async function demoBuilt(db: Executor): Promise<boolean> {
  const [m] = await db.select({ value: systemMarker.value }).from(systemMarker).where(eq(systemMarker.key, 'demo.built'));
  return Boolean(m && (m.value as { groups?: number }).groups);
}
