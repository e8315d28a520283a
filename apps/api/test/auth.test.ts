import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, session } from '../src/db/schema';
import { Client, anonymous, signIn, startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => ctx.close());

describe('sign-in', () => {
  it('signs in with the right password: HttpOnly SameSite cookie, user and CSRF token', async () => {
    const res = await anonymous(ctx).post('/api/auth/login', { username: 'demo-district-4001', password: 'ntag-demo' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'demo-district-4001', displayName: expect.stringContaining('เมืองขอนแก่น') });
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^ntag_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('accepts the username in any letter case', async () => {
    const res = await anonymous(ctx).post('/api/auth/login', { username: 'Demo-Ministry', password: 'ntag-demo' });
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password and an unknown user alike with 401 auth.invalid_credentials', async () => {
    const wrong = await anonymous(ctx).post('/api/auth/login', { username: 'demo-ministry', password: 'nope-nope' });
    const unknown = await anonymous(ctx).post('/api/auth/login', { username: 'nobody-here', password: 'ntag-demo' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('auth.invalid_credentials');
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('auth.invalid_credentials');
  });

  it('names the missing fields of a bad login body', async () => {
    const res = await anonymous(ctx).post('/api/auth/login', { username: '' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['password', 'username']);
  });

  it('after repeated wrong passwords from one address, that address must wait (429 with Retry-After), even with the right password', async () => {
    const c = anonymous(ctx);
    for (let i = 0; i < 3; i++) expect((await c.post('/api/auth/login', { username: 'demo-district-5007', password: 'wrong-one' })).status).toBe(401);
    const fourth = await c.post('/api/auth/login', { username: 'demo-district-5007', password: 'ntag-demo' });
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('auth.locked');
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(800);
    const failures = await ctx.database.db.select().from(auditLog).where(eq(auditLog.verb, 'auth.login_failed'));
    expect(failures.length).toBeGreaterThanOrEqual(3);
  });
});

describe('rate limit per address', () => {
  it('answers 429 auth.rate_limited once one address has failed too often', async () => {
    const limited = await startTestApp({ LOGIN_IP_LIMIT: '2' });
    try {
      const c = anonymous(limited);
      await c.post('/api/auth/login', { username: 'x', password: 'y' });
      await c.post('/api/auth/login', { username: 'z', password: 'y' });
      const third = await c.post('/api/auth/login', { username: 'demo-admin', password: 'ntag-demo' });
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('auth.rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('session', () => {
  it('GET /api/me answers 401 without a session', async () => {
    const res = await anonymous(ctx).get('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.required');
  });

  it('GET /api/me describes the user, roles with unit names, scope and permissions', async () => {
    const c = await signIn(ctx, 'agency');
    const res = await c.get('/api/me');
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([{ role: 'agency', unitCode: 'DLD', unitKind: 'agency', unitNameTh: 'กรมปศุสัตว์', unitNameEn: 'Department of Livestock Development' }]);
    expect(res.body.scope.agencies).toEqual(['DLD']);
    // The northeast's 20 provinces (codes 30–49) as seeded.
    expect(res.body.scope.prefixes).toHaveLength(20);
    expect(res.body.scope.prefixes).toContain('40');
    expect(res.body.permissions).toContain('role.grant');
    expect(res.body.permissions).not.toContain('audit.read');
  });

  it('a stolen session table row does not give a working cookie: ids are HMACs of the token', async () => {
    const c = await signIn(ctx, 'ministry');
    const token = c.cookie!.split('=')[1]!;
    const rows = await ctx.database.db.select({ id: session.id }).from(session);
    expect(rows.map((r) => r.id)).not.toContain(token);
  });

  it('logout ends the session', async () => {
    const c = await signIn(ctx, 'ministry');
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request with a session but without the token: 403 auth.csrf, nothing written', async () => {
    const c = await signIn(ctx, 'admin');
    const res = await c.post('/api/users', { username: 'csrf-victim', password: 'long-enough', displayName: 'x' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.csrf');
    const list = await c.get('/api/users?q=csrf-victim');
    expect(list.body.total).toBe(0);
  });

  it('refuses a wrong token', async () => {
    const c = await signIn(ctx, 'admin');
    c.csrf = 'not-the-token';
    expect((await c.post('/api/auth/logout')).body.code).toBe('auth.csrf');
  });

  it('hands out the session token again at GET /api/auth/csrf', async () => {
    const c = await signIn(ctx, 'admin');
    const res = await c.get('/api/auth/csrf');
    expect(res.body.csrfToken).toBe(c.csrf);
    expect((await anonymous(ctx).get('/api/auth/csrf')).status).toBe(401);
  });
});

describe('change password', () => {
  it('needs the current password, then signs out other sessions', async () => {
    const a = await signIn(ctx, 'tambon');
    const b = await signIn(ctx, 'tambon');
    const wrong = await a.post('/api/auth/password', { currentPassword: 'not-it', newPassword: 'a-new-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('auth.wrong_current_password');
    const short = await a.post('/api/auth/password', { currentPassword: 'ntag-demo', newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.details.issues[0].path).toBe('newPassword');
    const ok = await a.post('/api/auth/password', { currentPassword: 'ntag-demo', newPassword: 'a-new-password' });
    expect(ok.status).toBe(200);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
    await new Client(ctx.app).login('demo-tambon-400101', 'a-new-password');
  });
});
