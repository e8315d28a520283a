import { api, unwrap, upload } from '../api/client';
import type { Answer, Body } from '../api/contract';

/**
 * The two sync endpoints (docs/adr/0021; the server's side is apps/api/src/modules/sync). The
 * contract is the issue's: one result per pushed item, in order; pull pages by an opaque cursor.
 */
export type PushItem = Body<'/api/sync/push', 'post'>['items'][number];
export type PushResult = Answer<'/api/sync/push', 'post'>['results'][number];
export type PullPage = Answer<'/api/sync/pull'>;
/** A pulled change as this file stores it: any kind, its data as a plain object (db.ts `entities`). */
export type Change = Omit<PullPage['changes'][number], 'data' | 'kind'> & { kind: string; data: Record<string, unknown> | null; version?: number | null; groupId?: string | null };

/** At most 500 items per call (the API's limit). */
export const PUSH_BATCH = 500;

/**
 * How long a call may take before the signal counts as too weak to carry it (a request on a bar
 * of signal can hang far longer than any answer takes): the sync stops, its items wait, and
 * api/reachability.ts says "no signal" until its probe gets through. A batch of 500 items takes a
 * few seconds on a loaded server; a page of 500 changes less.
 */
export const PUSH_TIMEOUT_MS = 90_000;
export const PULL_TIMEOUT_MS = 45_000;

export async function push(items: PushItem[], signal: AbortSignal = AbortSignal.timeout(PUSH_TIMEOUT_MS)): Promise<PushResult[]> {
  const res = await unwrap(api.POST('/api/sync/push', { body: { items }, signal }));
  return res.results;
}

export async function pull(cursor: string | undefined, signal: AbortSignal = AbortSignal.timeout(PULL_TIMEOUT_MS)): Promise<PullPage> {
  return unwrap(api.GET('/api/sync/pull', { params: { query: { cursor, limit: 500 } }, signal }));
}

/** A learning session's photo, after the session itself was applied (multipart `file`). */
export async function uploadPhoto(sessionId: string, blob: Blob, name: string): Promise<{ photos: unknown[] }> {
  const form = new FormData();
  form.append('file', blob, name);
  return upload<{ photos: unknown[] }>(`/api/learning-sessions/${sessionId}/photos`, form);
}

export async function sessionPhotoCount(sessionId: string): Promise<number> {
  const s = await unwrap(api.GET('/api/learning-sessions/{id}', { params: { path: { id: sessionId } } }));
  return s.photos.length;
}

export async function products(): Promise<Array<{ code: string; nameTh: string; nameEn: string; units: string[] }>> {
  return unwrap(api.GET('/api/products'));
}

export async function groups() {
  return unwrap(api.GET('/api/groups', { params: { query: {} } }));
}

export async function group(id: string) {
  return unwrap(api.GET('/api/groups/{id}', { params: { path: { id } } }));
}
