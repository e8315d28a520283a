import type { FieldIssue } from '@ntag/shared';
import { ApiError, NETWORK_ERROR_CODE } from './ApiError';

/**
 * The one fetch wrapper. The session is an httpOnly cookie (same origin), so this file only
 * has to carry the CSRF token: it is kept in memory (never in localStorage, where any script
 * could read it), set from the login answer, and fetched again from /api/auth/csrf after a
 * page reload, the first time a state-changing request needs it.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** false for sign-in: there is no session yet, so no token to send. */
  csrf?: boolean;
}

/** `/api/users` + `{ q: 'x', page: 2, unit: undefined }` → `/api/users?q=x&page=2`. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && opts.csrf !== false) headers['x-csrf-token'] = await ensureCsrfToken();
  try {
    return await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, NETWORK_ERROR_CODE, e instanceof Error ? e.message : 'Network error');
  }
}

async function toError(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: Record<string, unknown>; requestId?: string } = {};
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML error page: keep the status, invent nothing.
  }
  const details = body.details ?? null;
  const issues = Array.isArray(details?.issues) ? (details.issues as FieldIssue[]) : [];
  return new ApiError(res.status, body.code ?? `http.${res.status}`, body.message ?? res.statusText, issues, body.requestId ?? null, details);
}

async function ensureCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) throw await toError(res);
  csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  return csrfToken;
}

/** Calls the API and returns its JSON, or throws ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  let res = await send(path, opts);
  // A token from an earlier session (signed in again in another tab): fetch it once more.
  if (res.status === 403 && UNSAFE.has(opts.method ?? 'GET') && opts.csrf !== false) {
    const err = await toError(res.clone());
    if (err.code === 'auth.csrf') {
      csrfToken = null;
      res = await send(path, opts);
    }
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
