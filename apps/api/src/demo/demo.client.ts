import type { App } from '../module';
import { DEMO_PASSWORD } from '../db/seed/demo';

/**
 * The living demo enters its records through the API in process (`app.inject`), signed in as the
 * demo accounts: the same validation, authorisation, audit rows and derived tables (step facts,
 * monthly sums, anything later added to the write path) as an officer's work, and no socket.
 */
export type DemoCall = <T = any>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<T>;

export class DemoBuildError extends Error {}

export async function demoSignIn(app: App, username: string): Promise<{ call: DemoCall; signOut: () => Promise<void> }> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD }, remoteAddress: '127.0.0.1' });
  if (res.statusCode !== 200) throw new DemoBuildError(`demo sign-in ${username}: ${res.statusCode} ${res.body}`);
  const raw = res.headers['set-cookie'];
  const cookie = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = res.json() as { csrfToken: string };
  const call: DemoCall = async (method, url, body) => {
    const r = await app.inject({
      method, url, remoteAddress: '127.0.0.1',
      headers: { cookie, 'x-csrf-token': csrfToken, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    if (r.statusCode !== 200 && r.statusCode !== 201) throw new DemoBuildError(`${username} ${method} ${url}: ${r.statusCode} ${r.body.slice(0, 500)}`);
    return (r.body ? JSON.parse(r.body) : null) as never;
  };
  return { call, signOut: async () => void (await call('POST', '/api/auth/logout', {}).catch(() => null)) };
}
