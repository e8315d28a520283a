import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { App } from '../src/module';
import { Client, startTestApp, type TestContext } from './support/app';
import { farmerBody, nextNationalId } from './support/builders';

/**
 * The log never holds personal data (issue #8, finding 3): drizzle puts a failed query's SQL and
 * parameters in its error's message, and Fastify's request log keeps the URL with its query.
 * An app on the test database logs into memory; a trigger makes an insert of a farmer fail.
 */
let ctx: TestContext;
let app: App;
const lines: string[] = [];
beforeAll(async () => {
  ctx = await startTestApp();
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'info', LOGIN_IP_LIMIT: '1000' });
  app = await buildApp({ config, database: ctx.database, sessionSecret: 'test-secret-test-secret-test-secret', logger: { level: 'info', stream } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('what the log keeps', () => {
  it("a failed insert is logged with its SQLSTATE, route and request id — not the farmer's name or national id", async () => {
    const district = await new Client(app).login('demo-district-4001');
    await ctx.database.db.execute(sql.raw(`create function ntag_test_fail() returns trigger language plpgsql as $$ begin raise exception 'forced failure'; end $$`));
    await ctx.database.db.execute(sql.raw('create trigger ntag_test_fail before insert on farmer for each row execute function ntag_test_fail()'));
    const body = farmerBody({ firstName: 'ลำดวนล็อก', lastName: 'ทดสอบบันทึก', nationalId: nextNationalId() });
    let res;
    try {
      lines.length = 0;
      res = await district.post('/api/farmers', body);
    } finally {
      await ctx.database.db.execute(sql.raw('drop trigger ntag_test_fail on farmer'));
      await ctx.database.db.execute(sql.raw('drop function ntag_test_fail()'));
    }
    expect(res.status).toBe(500);
    const log = lines.join('\n');
    const error = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
    expect(error).toMatchObject({ level: 50, route: '/api/farmers', requestId: res.body.requestId, err: { type: 'DatabaseError', sqlState: 'P0001' } });
    for (const personal of [body.firstName, body.lastName, body.nationalId, body.phone]) expect(log).not.toContain(personal);
    expect(log).not.toMatch(/Failed query|params:|insert into/i);
  });

  it('a search by national id or name leaves the query string out of the request log', async () => {
    const district = await new Client(app).login('demo-district-4001');
    lines.length = 0;
    const id = nextNationalId();
    expect((await district.get(`/api/farmers?q=${id}`)).status).toBe(200);
    expect((await district.get(`/api/farmers?q=${encodeURIComponent('สมใจ ใจดี')}`)).status).toBe(200);
    const log = lines.join('\n');
    expect(log).toContain('"url":"/api/farmers"');
    expect(log).not.toContain(id);
    expect(log).not.toContain('q=');
  });

  it('a password sent to sign in is never logged', async () => {
    lines.length = 0;
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'demo-admin', password: 'wrong-password-in-log' } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('wrong-password-in-log');
  });
});
