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
  /** JSON, or FormData for a file upload (sent as multipart; the browser sets the boundary). */
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** false for sign-in: there is no session yet, so no token to send. */
  csrf?: boolean;
  /** What the answer should be; JSON unless a file is downloaded. */
  accept?: string;
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
  const multipart = opts.body instanceof FormData;
  const headers: Record<string, string> = { accept: opts.accept ?? 'application/json' };
  // No content-type for FormData: the browser writes multipart/form-data with its boundary.
  if (opts.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && opts.csrf !== false) headers['x-csrf-token'] = await ensureCsrfToken();
  try {
    return await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : multipart ? (opts.body as FormData) : JSON.stringify(opts.body),
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

/** Sends the request; a 403 `auth.csrf` (a token from an earlier session) is retried once. */
async function sendWithRetry(path: string, opts: RequestOptions): Promise<Response> {
  let res = await send(path, opts);
  // A token from an earlier session (signed in again in another tab): fetch it once more.
  if (res.status === 403 && UNSAFE.has(opts.method ?? 'GET') && opts.csrf !== false) {
    const err = await toError(res.clone());
    if (err.code === 'auth.csrf') {
      csrfToken = null;
      res = await send(path, opts);
    }
  }
  return res;
}

/** Calls the API and returns its JSON, or throws ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await sendWithRetry(path, opts);
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** `attachment; filename*=UTF-8''%E0%B8%...xlsx` or `filename="x.xlsx"` → the file's name. */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(cd);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a file the API builds (Excel template, export) and hands it to the browser as a
 * download. Fetched rather than linked so that an error (403, 404 out of scope, 5xx) is an
 * ApiError shown in Thai on the page, not a page of JSON.
 */
export async function download(path: string, opts: { query?: Query; fallbackName: string; signal?: AbortSignal }): Promise<void> {
  const res = await sendWithRetry(path, { query: opts.query, signal: opts.signal, accept: '*/*' });
  if (!res.ok) throw await toError(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileNameOf(res, opts.fallbackName);
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser a moment to start the download before the blob goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export interface UploadOptions {
  query?: Query;
  signal?: AbortSignal;
  /** Bytes sent so far of `total`; the answer may still take a while after the last byte. */
  onProgress?: (sent: number, total: number) => void;
}

/** One multipart POST through XMLHttpRequest: fetch cannot report upload progress. */
function xhrPost(path: string, body: FormData, token: string, opts: UploadOptions): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, opts.query));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', token);
    // No content-type: the browser writes multipart/form-data with its boundary.
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded, e.total);
    };
    xhr.onload = () => {
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
        }),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR_CODE, 'Network error'));
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    if (opts.signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/**
 * Uploads a file as multipart/form-data and returns the JSON answer, or throws ApiError. Same
 * session and CSRF rules as api() (the token header, one retry on a 403 `auth.csrf`).
 */
export async function upload<T>(path: string, body: FormData, opts: UploadOptions = {}): Promise<T> {
  let res = await xhrPost(path, body, await ensureCsrfToken(), opts);
  if (res.status === 403) {
    const err = await toError(res.clone());
    if (err.code === 'auth.csrf') {
      csrfToken = null;
      res = await xhrPost(path, body, await ensureCsrfToken(), opts);
    }
  }
  if (!res.ok) throw await toError(res);
  return (await res.json()) as T;
}
