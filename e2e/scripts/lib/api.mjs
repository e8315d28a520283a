// The demo users' way into the API for the seed scripts (seed-*.mjs): sign in as the browser does,
// then call with the session cookie and the CSRF token the sign-in answered.

/** Every demo user's password (apps/api/src/db/seed/demo.ts). */
export const DEMO_PASSWORD = 'ntag-demo';

/**
 * Signs a demo user in; answers `call(method, path, body?, ok?)`, which sends JSON (or a FormData
 * as multipart), throws on a status outside `ok` (200 and 201 unless given) and answers the
 * parsed JSON (null for an empty body).
 * @param {string} base e.g. http://localhost:3000
 * @param {string} username
 */
export async function signIn(base, username) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await res.json();
  return async (method, path, body, ok = [200, 201]) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, accept: 'application/json', 'x-csrf-token': csrfToken, ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}) },
      body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (!ok.includes(r.status)) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
