import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signIn, startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('health, contract and error shape', () => {
  it('answers health with the database kind and state', async () => {
    const res = await anonymous(ctx).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', databaseState: 'ok' });
  });

  it('gzips large answers for clients that accept it (phones on weak signal), and only those', async () => {
    const plain = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const body = zlib.gunzipSync(zipped.rawPayload);
    expect(JSON.parse(body.toString()).openapi).toMatch(/^3\./);
    expect(zipped.rawPayload.length).toBeLessThan(body.length / 4);
  });

  it('serves an OpenAPI 3 document generated from the schemas', async () => {
    const res = await anonymous(ctx).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/geo/provinces', '/api/users/{id}/roles', '/api/audit']));
    const login = res.body.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
  });

  it('answers an unknown /api route with a JSON 404 and a request id', async () => {
    const res = await anonymous(ctx).get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'http.not_found' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('serves the web app for other paths, so that the client-side router can take them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-web-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="th"><title>NTAG</title></html>');
    const web = await startTestApp({ WEB_DIST: dir });
    try {
      const page = await web.app.inject({ method: 'GET', url: '/users?unit=50' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('lang="th"');
      const api = await web.app.inject({ method: 'GET', url: '/api/users/nothing/here' });
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe('http.not_found');
    } finally {
      await web.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("serves the offline field app's own entry (field.html) for /field, /outbox and /outbox/:id", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-web-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>main app</title>');
    fs.writeFileSync(path.join(dir, 'field.html'), '<!doctype html><title>field entry</title>');
    const web = await startTestApp({ WEB_DIST: dir });
    try {
      for (const url of ['/field', '/outbox', '/outbox/0b9f0c4e-2f51-4c8e-9a57-1d2c3b4a5f60', '/field?x=1']) {
        const page = await web.app.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toContain('field entry');
      }
      for (const url of ['/fields', '/outbox/a/b', '/groups/field', '/']) {
        expect((await web.app.inject({ method: 'GET', url })).body, url).toContain('main app');
      }
    } finally {
      await web.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends security headers', async () => {
    const res = await anonymous(ctx).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('never leaks SQL or a stack trace: a database error becomes `internal` with a request id', async () => {
    const admin = await signIn(ctx, 'admin');
    // Break the query under the geography list for this one request.
    await ctx.database.db.execute(sql.raw('alter table province_agency rename to province_agency_gone'));
    try {
      const res = await admin.get('/api/geo/provinces');
      expect(res.status).toBe(500);
      expect(res.body.code).toBe('internal');
      expect(JSON.stringify(res.body)).not.toMatch(/select|province_agency|at .*\.ts/i);
      expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await ctx.database.db.execute(sql.raw('alter table province_agency_gone rename to province_agency'));
    }
  });

  it('answers malformed JSON with a 400 naming the body', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation.failed', details: { location: 'body' } });
  });
});
