import { timingSafeEqual } from 'node:crypto';
import type { Role, UnitKind } from '@ntag/shared';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { permissionsOf, scopeOf, type Actor, type Grant } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { hmac, randomToken } from '../../lib/ids';
import { dummyHash, hashPassword, verifyPassword } from '../../lib/passwords';
import { ADDRESS_WINDOW_MS, addressKey, signInVerdict, type SignInLimits } from '../../lib/rate-limit';
import { findUnits, provincesOfAgencies } from '../geo/units';
import * as repo from './auth.repo';

export interface AuthDeps {
  db: Db;
  config: Config;
  /** The secret that turns cookie tokens into session ids. */
  secret: string;
}

/** A session is extended at most this often, not on every request. */
const EXTEND_EVERY_MS = 5 * 60_000;


export interface LoginResult {
  token: string;
  csrfToken: string;
  user: { id: string; username: string; displayName: string };
}

export const signInLimits = (config: Config): SignInLimits => ({
  maxFailures: config.loginMaxFailures, lockMs: config.loginLockMs, addressLimit: config.loginIpLimit, slowdownAfter: config.loginSlowdownAfter,
});

/**
 * Sign-in under the limits of lib/rate-limit.ts. The attempt is counted (by the name as typed
 * and the address) before the password is checked, and the limits are applied before the name
 * is looked up: a locked name and an unknown one answer the same, in the same time. Every
 * password check costs one argon2 verification, against a dummy hash for an unknown name.
 */
export async function login(
  deps: AuthDeps,
  input: { username: string; password: string; ip: string; userAgent?: string },
  requestId: string,
): Promise<LoginResult> {
  const { db, config } = deps;
  const limits = signInLimits(config);
  const name = input.username.trim().toLowerCase();
  const address = addressKey(input.ip);
  const attempt = await repo.beginAttempt(db, name, address);
  const verdict = signInVerdict(await repo.attemptCounts(db, attempt, name, address, limits), limits);
  if (!verdict.ok) {
    await repo.dropAttempt(db, attempt);
    throw new AppError(verdict.code, 429, { retryAfterSeconds: verdict.retryAfterSeconds });
  }

  const user = await repo.findUserByUsername(db, name);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      if (user) await audit(tx, { actor: { userId: user.id, username: user.username }, requestId }, { verb: 'auth.login_failed', targetType: 'user', targetId: user.id, after: { ip: input.ip } });
      await repo.pruneSignInState(tx, Math.max(limits.lockMs, ADDRESS_WINDOW_MS));
    });
    throw new AppError('auth.invalid_credentials', 401);
  }
  if (!user.active) {
    await repo.dropAttempt(db, attempt);
    throw new AppError('auth.account_disabled', 403);
  }

  const token = randomToken();
  const csrfToken = randomToken();
  await db.transaction(async (tx) => {
    await repo.signedInFrom(tx, name, address);
    await repo.insertSession(tx, {
      id: hmac(deps.secret, token), userId: user.id, csrfToken,
      expiresAt: new Date(Date.now() + config.sessionTtlMs), ip: input.ip, userAgent: input.userAgent?.slice(0, 300),
    });
    await audit(tx, { actor: { userId: user.id, username: user.username }, requestId }, { verb: 'auth.login', targetType: 'user', targetId: user.id, after: { ip: input.ip } });
  });
  return { token, csrfToken, user: { id: user.id, username: user.username, displayName: user.displayName } };
}

export async function logout(deps: AuthDeps, ctx: Ctx): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await repo.deleteSession(tx, ctx.actor.sessionId);
    await audit(tx, ctx, { verb: 'auth.logout', targetType: 'user', targetId: ctx.actor.userId });
  });
}

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
}

/** The actor behind a session cookie's token, or null when the session is gone or expired. */
export async function loadSession(deps: AuthDeps, token: string): Promise<LoadedSession | null> {
  const id = hmac(deps.secret, token);
  const found = await repo.findLiveSession(deps.db, id);
  if (!found || !found.user.active) return null;
  if (Date.now() - found.session.lastSeenAt.getTime() > EXTEND_EVERY_MS) {
    await repo.extendSession(deps.db, id, new Date(Date.now() + deps.config.sessionTtlMs));
  }
  const grants = await grantsFor(deps.db, found.user.id);
  return {
    csrfToken: found.session.csrfToken,
    actor: {
      userId: found.user.id,
      username: found.user.username,
      displayName: found.user.displayName,
      homeUnitCode: found.user.homeUnitCode,
      sessionId: id,
      grants,
      permissions: permissionsOf(grants),
    },
  };
}

async function grantsFor(db: Db, userId: string): Promise<Grant[]> {
  const rows = await repo.grantsOfUser(db, userId);
  const agencies = rows.filter((r) => r.unitKind === 'agency').map((r) => r.unitCode);
  const provinces = await provincesOfAgencies(db, agencies);
  return rows.map((r) => ({
    role: r.role as Role,
    unitCode: r.unitCode,
    unitKind: r.unitKind as UnitKind,
    ...(r.unitKind === 'agency' ? { provinces: provinces.get(r.unitCode) ?? [] } : {}),
  }));
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function changePassword(deps: AuthDeps, ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await repo.findUserById(deps.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('auth.wrong_current_password', 400, { issues: [{ path: 'currentPassword', message: 'wrong password' }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await repo.setPassword(tx, user.id, passwordHash);
    await repo.deleteOtherSessions(tx, user.id, ctx.actor.sessionId);
    await audit(tx, ctx, { verb: 'user.password_changed', targetType: 'user', targetId: user.id });
  });
}

/** What `GET /api/me` answers: the user, their roles with unit names, scope and permissions. */
export async function describeActor(db: Db, actor: Actor) {
  const units = await findUnits(db, [actor.homeUnitCode, ...actor.grants.map((g) => g.unitCode)]);
  const name = (code: string) => ({ nameTh: units.get(code)?.nameTh ?? code, nameEn: units.get(code)?.nameEn ?? null });
  const scope = scopeOf(actor, 'area.read');
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      homeUnit: { code: actor.homeUnitCode, kind: units.get(actor.homeUnitCode)?.kind ?? null, ...name(actor.homeUnitCode) },
      signer: await repo.signerOf(db, actor.userId),
    },
    roles: actor.grants.map((g) => ({ role: g.role, unitCode: g.unitCode, unitKind: g.unitKind, unitNameTh: name(g.unitCode).nameTh, unitNameEn: name(g.unitCode).nameEn })),
    scope: { all: scope.all, prefixes: [...new Set(scope.prefixes)].sort(), agencies: scope.agencies, groups: scope.groups },
    permissions: [...actor.permissions].sort(),
    demo: await repo.demoBuilt(db),
  };
}

/**
 * The caller's own signer: the real name and position printed on the signature lines of the
 * forms they print or send, instead of the account's name (issue 15). Any signed-in user, for
 * themselves only; audited.
 */
export async function setSigner(deps: AuthDeps, ctx: Ctx, input: { name: string; position: string }): Promise<{ name: string; position: string }> {
  await deps.db.transaction(async (tx) => {
    const before = await repo.signerOf(tx, ctx.actor.userId);
    await repo.setSigner(tx, ctx.actor.userId, input);
    await audit(tx, ctx, { verb: 'user.signer', targetType: 'user', targetId: ctx.actor.userId, before, after: input });
  });
  return { name: input.name, position: input.position };
}
