import { api, unwrap, upload } from '../api/client';
import type { OutboxKind } from './db';

/**
 * The two sync endpoints (docs/adr/0021; the server's side is apps/api/src/modules/sync). The
 * contract is the issue's: one result per pushed item, in order; pull pages by an opaque cursor.
 */
export interface PushItem {
  id: string;
  kind: OutboxKind;
  baseVersion?: number;
  body: Record<string, unknown>;
}
export interface PushResult {
  id: string;
  status: 'applied' | 'duplicate' | 'refused' | 'conflict';
  version?: number;
  error?: { code: string; field?: string; [k: string]: unknown };
  current?: Record<string, unknown>;
}
export interface Change {
  kind: string;
  id: string;
  version?: number | null;
  groupId?: string | null;
  deleted?: boolean;
  data?: Record<string, unknown> | null;
  [k: string]: unknown;
}
export interface PullPage {
  changes: Change[];
  cursor: string;
  more: boolean;
  reset?: boolean;
}

/** At most 500 items per call (the API's limit). */
export const PUSH_BATCH = 500;

export async function push(items: PushItem[], signal?: AbortSignal): Promise<PushResult[]> {
  const res = await unwrap(api.POST('/api/sync/push' as '/api/production', { body: { items } as never, signal }));
  return (res as unknown as { results: PushResult[] }).results;
}

export async function pull(cursor: string | undefined, signal?: AbortSignal): Promise<PullPage> {
  const res = await unwrap(api.GET('/api/sync/pull' as '/api/production', { params: { query: { cursor, limit: 500 } as never }, signal }));
  return res as unknown as PullPage;
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
