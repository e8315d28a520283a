import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, staleCurrent } from './ApiError';
import { api, setCsrfToken, unwrap } from './client';

/**
 * The typed client (ADR 0013) keeps the web's rules: the path and query filled from typed
 * parameters, the CSRF token on writes (none on sign-in) with one retry on a stale token, and
 * every failure an ApiError carrying the API's code, field issues and a 409's current record.
 */
const calls: { url: string; method: string; csrf: string | null; body: string | null }[] = [];
let answers: Response[] = [];
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  calls.length = 0;
  answers = [];
  setCsrfToken(null);
  vi.stubGlobal('location', { href: 'http://ntag.test/groups' });
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://ntag.test'), init) : input;
    calls.push({ url: request.url.replace(/^http:\/\/ntag\.test/, ''), method: request.method, csrf: request.headers.get('x-csrf-token'), body: request.body ? await request.clone().text() : null });
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next;
  });
  // Requests are built from relative paths in the browser; here they need the origin.
  const Native = Request;
  vi.stubGlobal('Request', class extends Native {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://ntag.test') : input, init);
    }
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the typed API client', () => {
  it('fills path parameters and leaves empty query values out', async () => {
    answers.push(json(200, { items: [], nextBefore: null }));
    const data = await unwrap(api.GET('/api/groups/{id}/timeline', { params: { path: { id: 'g/1 ก' }, query: { limit: 60, before: undefined } } }));
    expect(data).toEqual({ items: [], nextBefore: null });
    expect(calls).toEqual([{ url: '/api/groups/g%2F1%20%E0%B8%81/timeline?limit=60', method: 'GET', csrf: null, body: null }]);
  });

  it('fetches the CSRF token for a write, and once more when the server refuses a stale one', async () => {
    answers.push(json(200, { csrfToken: 'old' }), json(403, { code: 'auth.csrf', message: 'x' }), json(200, { csrfToken: 'new' }), json(201, { id: 'r1' }));
    const body = { id: 'r1', groupId: 'g1', date: '2026-08-10', product: 'kale', unit: 'kg' as const, quantity: 3 };
    await unwrap(api.POST('/api/production', { body }));
    expect(calls.map((c) => [c.method, c.url, c.csrf])).toEqual([
      ['GET', '/api/auth/csrf', null],
      ['POST', '/api/production', 'old'],
      ['GET', '/api/auth/csrf', null],
      ['POST', '/api/production', 'new'],
    ]);
    expect(JSON.parse(calls[3]!.body!)).toEqual(body);
  });

  it('sends no token to sign in', async () => {
    answers.push(json(200, { user: { id: 'u', username: 'u', displayName: 'u' }, csrfToken: 't' }));
    await unwrap(api.POST('/api/auth/login', { body: { username: 'u', password: 'p' } }));
    expect(calls.map((c) => [c.url, c.csrf])).toEqual([['/api/auth/login', null]]);
  });

  it('turns an error answer into an ApiError with its code, fields and, on a 409, the current record', async () => {
    setCsrfToken('t');
    answers.push(json(400, { code: 'validation.failed', message: 'Invalid body: date', details: { issues: [{ path: 'date', message: 'required' }] }, requestId: 'q1' }));
    const bad = await unwrap(api.PATCH('/api/production/{id}', { params: { path: { id: 'r1' } }, body: { version: 1 } })).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ApiError);
    expect(bad).toMatchObject({ status: 400, code: 'validation.failed', issues: [{ path: 'date', message: 'required' }], requestId: 'q1' });

    answers.push(json(409, { code: 'record.stale', message: 'x', details: { current: { id: 'r1', version: 2 } } }));
    const stale = await unwrap(api.PATCH('/api/production/{id}', { params: { path: { id: 'r1' } }, body: { version: 1 } })).catch((e: unknown) => e);
    expect(staleCurrent(stale)).toEqual({ id: 'r1', version: 2 });

    answers.push(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await unwrap(api.GET('/api/me')).catch((e: unknown) => e)).toMatchObject({ status: 502, code: 'http.502' });
  });

  it('a 401 stays a 401 for the shell to send the user to sign in; no network is status 0', async () => {
    answers.push(json(401, { code: 'auth.required', message: 'x' }));
    expect(await unwrap(api.GET('/api/me')).catch((e: unknown) => e)).toMatchObject({ status: 401, code: 'auth.required' });
    expect(await unwrap(api.GET('/api/me')).catch((e: unknown) => e)).toMatchObject({ status: 0, code: 'network' });
  });
});
