import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signIn, startTestApp, type Client, type TestContext } from './support/app';
import { farmerBody } from './support/builders';

/**
 * A database that cannot be reached answers 503 db.unavailable with retry-after — never 500 — on
 * either driver (issue #8, finding 2). Here the database is closed under a running app; the
 * PostgreSQL connection-kill test (db-faults.test.ts) does it to a real server's connections.
 */
let ctx: TestContext;
let district: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  await ctx.database.close();
});
afterAll(() => ctx.app.close());

describe('the database gone', () => {
  it('health answers 503 with the database unavailable and a retry-after', async () => {
    const res = await anonymous(ctx).get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', databaseState: 'unavailable' });
    expect(res.headers['retry-after']).toBe('5');
  });

  it('reads, writes and sign-ins answer 503 db.unavailable with retry-after', async () => {
    for (const res of [await district.get('/api/farmers'), await district.post('/api/farmers', farmerBody()), await anonymous(ctx).post('/api/auth/login', { username: 'demo-admin', password: 'x' })]) {
      expect(res.status, JSON.stringify(res.body)).toBe(503);
      expect(res.body).toMatchObject({ code: 'db.unavailable', details: { retryAfterSeconds: 5 } });
      expect(res.headers['retry-after']).toBe('5');
    }
  });
});
