import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase, rowsOf, type Database } from '../src/db/client';
import type { App } from '../src/module';
import { clearOpenCache } from '../src/modules/open/open.service';
import { WROTE_COOKIE } from '../src/plugins/read-routing';
import { Client } from './support/app';
import { formedGroup } from './support/flows';
import { databaseUrl, withAdminClient } from './support/template';

/**
 * DATABASE_READ_URL (issue 16, docs/adr/0025): dashboards, progress, open data and exports read
 * the replica, while a browser that has just written reads the primary. The "replica" here is a
 * read-only copy of the database taken before the test writes anything, so a read that reaches
 * it sees the old state (a replica far behind) and a write that reaches it fails: which database
 * answered is visible in the answers. (The real streaming replica runs in `npm run cluster:demo`.)
 * PostgreSQL only: PGlite has no replicas (DATABASE_READ_URL needs DATABASE_URL).
 */
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('reads from a read replica, your own writes from the primary (skipped on PGlite: no replicas)', () => {
  const names: string[] = [];
  let primary: Database;
  let replica: Database;
  let app: App;

  beforeAll(async () => {
    const tpl = inject('dbTemplate');
    if (tpl.kind !== 'postgres') throw new Error('PostgreSQL template expected');
    for (const role of ['primary', 'replica']) {
      const name = `${tpl.template}_${role}_${randomUUID().slice(0, 6)}`;
      names.push(name);
      await withAdminClient(url!, (a) => a.db.execute(sql.raw(`create database ${name} template ${tpl.template}`)));
    }
    // What a hot standby refuses, this copy refuses too.
    await withAdminClient(url!, (a) => a.db.execute(sql.raw(`alter database ${names[1]} set default_transaction_read_only = on`)));
    primary = await openDatabase({ kind: 'postgres', url: databaseUrl(url!, names[0]!), max: 4 });
    replica = await openDatabase({ kind: 'postgres', url: databaseUrl(url!, names[1]!), max: 4 });
    const config = loadConfig({
      NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', LOGIN_IP_LIMIT: '1000',
      DATABASE_URL: databaseUrl(url!, names[0]!), DATABASE_READ_URL: databaseUrl(url!, names[1]!), READ_YOUR_WRITES_SECONDS: '30',
    });
    app = await buildApp({ config, database: primary, replica, sessionSecret: 'test-secret-test-secret-test-secret', logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await primary?.close();
    await replica?.close();
    for (const n of names) await withAdminClient(url!, (a) => a.db.execute(sql.raw(`drop database if exists ${n} with (force)`)));
  });

  /** A GET as `c`, with or without the cookie a recent write left (and its value). */
  const get = (c: Client, path: string, wrote?: string) => app.inject({ method: 'GET', url: path, headers: { cookie: [c.cookie, wrote && `${WROTE_COOKIE}=${wrote}`].filter(Boolean).join('; ') } });

  it('a group just made is read back by its writer from the primary, by everyone else from the replica', async () => {
    const district = await new Client(app).login('demo-district-4001');
    const province = await new Client(app).login('demo-province-40');
    const { group, members } = await formedGroup(district, province);
    // A record, as a field worker saves it: the answer carries the read-your-writes cookie.
    const saved = await app.inject({
      method: 'POST', url: '/api/production', headers: { cookie: district.cookie!, 'x-csrf-token': district.csrf! },
      payload: { id: randomUUID(), groupId: group.id, farmerId: members[0], date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 25, uses: { sale: 25 } },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const cookie = [saved.headers['set-cookie']].flat().find((c) => c?.startsWith(`${WROTE_COOKIE}=`));
    expect(cookie).toMatch(/Max-Age=30/);
    const wrote = cookie!.split(';')[0]!.split('=')[1]!;

    // The writer, within the window: the primary — the group and its record are there.
    const mine = await get(district, `/api/groups/${group.id}/timeline`, wrote);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.some((i: { kind: string }) => i.kind === 'production')).toBe(true);
    // Someone else (no recent write): the replica, which has not caught up — no such group yet.
    expect((await get(province, `/api/groups/${group.id}/timeline`)).statusCode).toBe(404);
    expect((await get(province, `/api/groups/${group.id}/progress`)).statusCode).toBe(404);
    // The writer once the window has passed (a cookie 31 s old): the replica too.
    expect((await get(district, `/api/groups/${group.id}/progress`, String(Date.now() - 31_000))).statusCode).toBe(404);
    // Sessions are always the primary's: the replica has never heard of this sign-in, yet it works.
    expect((await get(province, '/api/me')).statusCode).toBe(200);
  });

  it('open data and the dashboard count from the replica; an export reads there and writes its audit row on the primary', async () => {
    const groups = async (db: Database) => rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from model_group where tambon_code like '40%'`))[0]!.n;
    expect(await groups(primary)).toBeGreaterThan(await groups(replica));
    clearOpenCache();
    const open = await app.inject({ method: 'GET', url: '/api/open/summary.json' });
    expect(open.statusCode).toBe(200);
    const openGroups40 = open.json().rows.filter((r: { measure: string; provinceCode: string }) => r.measure === 'groups' && r.provinceCode === '40').reduce((s: number, r: { value: number }) => s + r.value, 0);
    expect(openGroups40).toBe(await groups(replica));

    const ministry = await new Client(app).login('demo-ministry');
    const dash = await get(ministry, '/api/dashboard?unit=40');
    expect(dash.statusCode, dash.body).toBe(200);
    const sheet = await get(ministry, '/api/dashboard.xlsx?unit=40');
    expect(sheet.statusCode, sheet.body.slice(0, 300)).toBe(200);
    // The replica is read-only: the export's audit row can only have gone to the primary.
    const audited = rowsOf<{ n: number }>(await primary.db.execute(sql`select count(*)::int as n from audit_log where verb = 'dashboard.export'`))[0]!.n;
    expect(audited).toBe(1);
  });

  it('writes through the routes that read the replica still go to the primary', async () => {
    const district = await new Client(app).login('demo-district-4001');
    const [g] = rowsOf<{ id: string }>(await primary.db.execute(sql`select id from model_group where tambon_code = '400101' limit 1`));
    // A step override (progress routes): a PUT, so the primary, which has the group.
    const res = await district.put(`/api/groups/${g!.id}/steps/7`, { status: 'in_progress', reason: 'กำลังยื่นจดทะเบียน' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
