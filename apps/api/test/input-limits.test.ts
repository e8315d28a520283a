import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/modules/common.schemas';
import { anonymous, signIn, startTestApp, type Client, type TestContext } from './support/app';
import { farmerBody } from './support/builders';
import { formedGroup } from './support/flows';
import { countRows } from './support/races';

/**
 * Input that cannot be stored is refused with 400 naming the field, and nothing is written
 * (issue #8, finding 3): control characters in any text, numbers beyond their column, multipart
 * bodies that cannot be read.
 */
let ctx: TestContext;
let admin: Client;
let district: Client;
let tambon: Client;
let group: { id: string };
let openapi: { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; parameters?: { in: string; name: string; schema: unknown }[] }>> };
beforeAll(async () => {
  ctx = await startTestApp();
  [admin, district, tambon] = await Promise.all([signIn(ctx, 'admin'), signIn(ctx, 'district'), signIn(ctx, 'tambon')]);
  ({ group } = await formedGroup(district, await signIn(ctx, 'province')));
  openapi = (await anonymous(ctx).get('/api/openapi.json')).body;
});
afterAll(() => ctx.close());

const issuePaths = (body: { details?: { issues?: { path: string }[] } }) => (body.details?.issues ?? []).map((i) => i.path);

describe('control characters', () => {
  it('the anonymous sign-in refuses a NUL in the username with 400 naming it, and records no failed attempt', async () => {
    const audits = await countRows(ctx, sql`select 1 from audit_log`);
    const res = await anonymous(ctx).post('/api/auth/login', { username: 'demo-admin\u0000', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation.failed', details: { location: 'body', issues: [{ path: 'username', message: expect.stringContaining('U+0000') }] } });
    expect(await countRows(ctx, sql`select 1 from audit_log`)).toBe(audits);
  });

  it('a farmer with a NUL, an escape or a bell in a name is refused naming the field, and not stored; tab and new lines are text', async () => {
    for (const [field, value] of [['firstName', 'สม\u0000ใจ'], ['lastName', 'ใจดี\u001b[31m'], ['notes', 'ding\u0007']] as const) {
      const body = farmerBody({ [field]: value });
      const res = await district.post('/api/farmers', body);
      expect(res.status).toBe(400);
      expect(issuePaths(res.body)).toEqual([field]);
      expect(await countRows(ctx, sql`select 1 from farmer where id = ${body.id}`)).toBe(0);
    }
    const ok = await district.post('/api/farmers', farmerBody({ notes: 'บรรทัดแรก\r\nบรรทัดสอง\tแท็บ' }));
    expect(ok.status).toBe(201);
    expect(ok.body.notes).toBe('บรรทัดแรก\r\nบรรทัดสอง\tแท็บ');
  });

  it('names the field inside arrays and objects, and a control character in an object key', async () => {
    const nested = await district.post('/api/farmers', farmerBody({ activities: [{ kind: 'crops', detail: 'ข้าว' }, { kind: 'other', detail: 'x\u0000' }] }));
    expect(issuePaths(nested.body)).toEqual(['activities.1.detail']);
    const key = await tambon.post('/api/outlets', { id: randomUUID(), groupId: group.id, type: 'shop', name: 'ร้าน', date: '2026-09-02', answers: { 'ne\u0000eds': 'ผัก' } });
    expect(key.status).toBe(400);
    expect(issuePaths(key.body)).toEqual(['answers.ne\\u0000eds']);
  });

  it('in a query string and a path parameter as well', async () => {
    const q = await district.get('/api/farmers?q=%00');
    expect(q.status).toBe(400);
    expect(q.body.details).toMatchObject({ location: 'querystring', issues: [{ path: 'q' }] });
    const p = await district.get('/api/farmers/%00');
    expect(p.status).toBe(400);
    expect(p.body.details).toMatchObject({ location: 'params', issues: [{ path: 'id' }] });
  });

  it('on every route of the API: a NUL in a JSON body or a query answers 400, never 500', async () => {
    const results: string[] = [];
    for (const [path, methods] of Object.entries(openapi.paths)) {
      for (const method of Object.keys(methods)) {
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        const res = method === 'get'
          ? await ctx.app.inject({ method: 'GET', url: `${url}?probe=%00`, headers: { cookie: admin.cookie! } })
          : await ctx.app.inject({ method: method.toUpperCase() as 'POST', url, headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrf! }, payload: { probe: 'a\u0000b' } });
        if (res.statusCode !== 400 || !res.body.includes('U+0000')) results.push(`${method.toUpperCase()} ${path}: ${res.statusCode}`);
      }
    }
    expect(results).toEqual([]);
    expect(Object.keys(openapi.paths).length).toBeGreaterThan(60);
  });
});

describe('numbers the columns can hold', () => {
  it('a version beyond int4 answers 400 naming version; the largest int4 is a stale version (409), not an error', async () => {
    const f = (await district.post('/api/farmers', farmerBody())).body;
    const big = await district.patch(`/api/farmers/${f.id}`, { notes: 'x', version: 2 ** 31 });
    expect(big.status).toBe(400);
    expect(issuePaths(big.body)).toEqual(['version']);
    const max = await district.patch(`/api/farmers/${f.id}`, { notes: 'x', version: LIMITS.int4 });
    expect(max.status).toBe(409);
    expect(max.body.code).toBe('record.stale');
    const del = await tambon.request('DELETE', `/api/production/${randomUUID()}?version=${2 ** 53 - 1}`);
    expect(del.status).toBe(400);
    expect(issuePaths(del.body)).toEqual(['version']);
  });

  it('money beyond numeric(14,2) or with fractions of a satang is refused naming the field; the largest amount is stored', async () => {
    const base = { groupId: group.id, date: '2026-09-05', product: 'morning_glory', unit: 'kg', quantity: 1 };
    for (const value of [1e12, 10.005]) {
      const res = await tambon.post('/api/production', { id: randomUUID(), ...base, value });
      expect(res.status, String(value)).toBe(400);
      expect(issuePaths(res.body)).toEqual(['value']);
    }
    const max = await tambon.post('/api/production', { id: randomUUID(), ...base, value: LIMITS.money });
    expect(max.status).toBe(201);
    expect(max.body.value).toBe(LIMITS.money);
    const fine = await tambon.post('/api/production', { id: randomUUID(), ...base, quantity: 1.2345 });
    expect(issuePaths(fine.body)).toEqual(['quantity']);
  });

  it('a sale whose quantity × unit price passes the value column is refused naming unitPrice', async () => {
    const res = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-09-06', product: 'morning_glory', unit: 'kg', quantity: 1e9, unitPrice: 10_000, channel: 'farmers_market' });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['unitPrice']);
  });

  it('the OpenAPI document shows every integer and number a request takes with a maximum the column holds', async () => {
    const unbounded: string[] = [];
    const walk = (schema: unknown, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (s.type === 'integer' && !(typeof s.maximum === 'number' && s.maximum <= LIMITS.int4)) unbounded.push(where);
      if (s.type === 'number' && !(typeof s.maximum === 'number' && s.maximum <= LIMITS.money)) unbounded.push(where);
      for (const [k, v] of Object.entries(s)) {
        if (k === 'properties') for (const [p, ps] of Object.entries(v as object)) walk(ps, `${where}.${p}`);
        else if (typeof v === 'object') walk(v, where);
      }
    };
    for (const [path, methods] of Object.entries(openapi.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const c of Object.values(op.requestBody?.content ?? {})) walk(c.schema, `${method.toUpperCase()} ${path} body`);
        for (const p of op.parameters ?? []) walk(p.schema, `${method.toUpperCase()} ${path} ${p.in} ${p.name}`);
      }
    }
    expect(unbounded).toEqual([]);
    const money = openapi.paths['/api/production']!.post!.requestBody!.content['application/json']!.schema as { properties: Record<string, { anyOf?: unknown[]; maximum?: number; multipleOf?: number }> };
    expect(JSON.stringify(money.properties.value)).toContain('"multipleOf":0.01');
  });
});

describe('multipart bodies that cannot be read', () => {
  const send = (url: string, contentType: string, payload: string) =>
    ctx.app.inject({ method: 'POST', url, headers: { cookie: district.cookie!, 'x-csrf-token': district.csrf!, 'content-type': contentType }, payload });

  it('no boundary, a body that ends early or is not multipart at all: 400 naming the file, on the upload routes and on JSON routes', async () => {
    const session = await district.post('/api/learning-sessions', { id: randomUUID(), groupId: group.id, date: '2026-09-07', topic: 'ปุ๋ยหมัก' });
    expect(session.status).toBe(201);
    const cases: [string, string, string][] = [
      ['/api/farmers/import?dryRun=true', 'multipart/form-data', 'abc'],
      ['/api/farmers/import?dryRun=true', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc'],
      ['/api/farmers/import?dryRun=true', 'multipart/form-data; boundary=xyz', 'garbage'],
      ['/api/farmers/import?dryRun=true', `multipart/form-data; boundary=${'x'.repeat(300)}`, 'garbage'],
      [`/api/learning-sessions/${session.body.id}/photos`, 'multipart/form-data', 'abc'],
      [`/api/learning-sessions/${session.body.id}/photos`, 'multipart/form-data; boundary=xyz', 'garbage'],
    ];
    for (const [url, type, payload] of cases) {
      const res = await send(url, type, payload);
      expect(res.statusCode, `${url} ${type}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation.failed', details: { issues: [{ path: 'file' }] } });
    }
    const json = await send('/api/farmers', 'multipart/form-data', 'abc');
    expect(json.statusCode).toBe(400);
    expect(await countRows(ctx, sql`select 1 from learning_photo`)).toBe(0);
  });
});
