import { isApiError } from '../api/ApiError';
import { db, getMeta, setMeta, type Entity, type Notice, type OutboxItem } from './db';
import { noticesFromChanges } from './notices';
import * as remote from './syncApi';

/**
 * One sync: push the outbox (in batches of 500, each item once: the server keeps the client
 * UUID, so a batch sent again after a cut connection is `duplicate`, never a second record),
 * then the photos of sessions the server now has, then pull what changed in my scope since the
 * stored cursor. Runs on the sync button, when the connection returns ('online') and every
 * minute while the app is open (useAutoSync); never two at once (navigator.locks where there
 * is one, else this module's flag).
 */
export interface SyncOutcome {
  pushed: number;
  refused: number;
  conflicts: number;
  pulled: number;
  photos: number;
  error?: unknown;
}

let running: Promise<SyncOutcome> | null = null;
const listeners = new Set<(busy: boolean) => void>();

export function onSyncBusy(fn: (busy: boolean) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function isSyncing(): boolean {
  return running !== null;
}

export function syncNow(): Promise<SyncOutcome> {
  if (running) return running;
  listeners.forEach((l) => l(true));
  const job = async () => {
    try {
      return await runSync();
    } finally {
      running = null;
      listeners.forEach((l) => l(false));
    }
  };
  const p: Promise<SyncOutcome> = navigator.locks ? (navigator.locks.request('ntag-sync', job) as unknown as Promise<SyncOutcome>) : job();
  running = p;
  return p;
}

async function runSync(): Promise<SyncOutcome> {
  const out: SyncOutcome = { pushed: 0, refused: 0, conflicts: 0, pulled: 0, photos: 0 };
  const notices: Notice[] = [];
  try {
    await pushOutbox(out, notices);
    out.photos = await pushPhotos();
    out.pulled = await pullChanges(notices);
    await refreshProducts();
    await setMeta('lastSync', new Date().toISOString());
  } catch (e) {
    out.error = e;
  }
  if (notices.length) await db.notices.bulkPut(notices);
  await setMeta('lastOutcome', { ...out, error: out.error ? errorLine(out.error) : undefined, at: new Date().toISOString() });
  return out;
}

function errorLine(e: unknown): string {
  if (isApiError(e)) return e.code;
  return e instanceof Error ? e.message : String(e);
}

async function pushOutbox(out: SyncOutcome, notices: Notice[]): Promise<void> {
  for (;;) {
    const batch = await db.outbox.where('state').anyOf('waiting', 'sending').sortBy('createdAt');
    if (batch.length === 0) return;
    const items = batch.slice(0, remote.PUSH_BATCH);
    await db.outbox.bulkUpdate(items.map((i) => ({ key: i.id, changes: { state: 'sending' as const, tries: i.tries + 1 } })));
    let results: remote.PushResult[];
    try {
      results = await remote.push(items.map(({ id, kind, baseVersion, body }) => ({ id, kind, body, ...(baseVersion !== undefined ? { baseVersion } : {}) })));
    } catch (e) {
      // The answer never came (connection cut, server gone): the items wait for the next sync,
      // which sends them again under the same ids.
      await db.outbox.bulkUpdate(items.map((i) => ({ key: i.id, changes: { state: 'waiting' as const } })));
      throw e;
    }
    const now = new Date().toISOString();
    const byId = new Map(results.map((r) => [r.id, r]));
    await db.transaction('rw', db.outbox, async () => {
      for (const item of items) {
        const r = byId.get(item.id);
        if (!r) {
          await db.outbox.update(item.id, { state: 'waiting' });
          continue;
        }
        if (r.status === 'applied' || r.status === 'duplicate') {
          out.pushed++;
          await db.outbox.update(item.id, { state: 'sent', sentAt: now, error: undefined, current: r.current });
        } else if (r.status === 'refused') {
          out.refused++;
          await db.outbox.update(item.id, { state: 'refused', error: r.error ?? { code: 'sync.refused' } });
          notices.push(notice(item, 'refused', r.error?.code));
        } else {
          out.conflicts++;
          await db.outbox.update(item.id, { state: 'conflict', current: r.current, error: r.error });
          notices.push(notice(item, 'conflict', r.error?.code));
        }
      }
    });
    if (items.length < remote.PUSH_BATCH) return;
  }
}

function notice(item: OutboxItem, kind: 'refused' | 'conflict', code?: string): Notice {
  return { id: `${kind}:${item.id}`, at: new Date().toISOString(), kind, title: item.label, detail: code, link: kind === 'conflict' ? `/outbox/${item.id}` : '/outbox' };
}

/**
 * Photos of sessions the server has. A photo whose upload was cut may have arrived: before
 * sending it again, the session's photo count tells (photos go one at a time, in order).
 */
async function pushPhotos(): Promise<number> {
  const photos = await db.photos.where('state').anyOf('waiting', 'sending').sortBy('ordinal');
  let sent = 0;
  for (const p of photos) {
    const session = await db.outbox.get(p.sessionId);
    if (session && session.state !== 'sent') continue;
    if (p.state === 'sending' && (await remote.sessionPhotoCount(p.sessionId)) > p.ordinal) {
      await db.photos.update(p.id, { state: 'sent' });
      continue;
    }
    await db.photos.update(p.id, { state: 'sending' });
    try {
      await remote.uploadPhoto(p.sessionId, p.blob, `${p.id}.jpg`);
      await db.photos.update(p.id, { state: 'sent' });
      sent++;
    } catch (e) {
      if (isApiError(e) && e.status >= 400 && e.status < 500) await db.photos.update(p.id, { state: 'refused', error: e.code });
      else throw e;
    }
  }
  // The bytes are on the server: free the phone's space.
  await db.photos.where('state').equals('sent').modify((p) => {
    p.blob = new Blob([]);
  });
  return sent;
}

async function pullChanges(notices: Notice[]): Promise<number> {
  let cursor = await getMeta<string>('cursor');
  let total = 0;
  for (let page = 0; page < 200; page++) {
    let res: remote.PullPage;
    try {
      res = await remote.pull(cursor);
    } catch (e) {
      // A server without the sync endpoints (an older version): fill from the ordinary API.
      if (isApiError(e, 404) && e.code === 'http.not_found') return primeFromApi();
      throw e;
    }
    // The cursor was made for another scope (a grant added or taken away): start from nothing.
    if (res.reset) await db.entities.clear();
    await applyChanges(res.changes as remote.Change[], notices);
    total += res.changes.length;
    cursor = res.cursor;
    await setMeta('cursor', cursor);
    if (!res.more) break;
  }
  return total;
}

export function toEntity(c: remote.Change): Entity {
  const data = (c.data ?? {}) as Record<string, unknown>;
  const groupId = (c.kind === 'group' ? c.id : (c.groupId ?? (data.groupId as string | undefined) ?? null)) as string | null;
  const version = (c.version ?? (data.version as number | undefined) ?? null) as number | null;
  return { kind: c.kind, id: c.id, groupId, version, data };
}

export async function applyChanges(changes: remote.Change[], notices: Notice[]): Promise<void> {
  if (changes.length === 0) return;
  const fresh = await noticesFromChanges(changes);
  notices.push(...fresh);
  await db.transaction('rw', db.entities, async () => {
    const gone = changes.filter((c) => c.deleted).map((c) => [c.kind, c.id] as [string, string]);
    const kept = changes.filter((c) => !c.deleted).map(toEntity);
    if (gone.length) await db.entities.bulkDelete(gone);
    if (kept.length) await db.entities.bulkPut(kept);
  });
}

async function refreshProducts(): Promise<void> {
  const list = await remote.products();
  await db.entities.bulkPut(list.map((p) => ({ kind: 'product', id: p.code, groupId: null, version: null, data: p as unknown as Record<string, unknown> })));
}

/** Groups in my scope with their members and committee, from GET /api/groups and /api/groups/{id}. */
async function primeFromApi(): Promise<number> {
  const groups = await remote.groups();
  const full = [];
  for (const g of groups.slice(0, 50)) full.push(await remote.group(g.id));
  const rows: Entity[] = full.map((g) => ({ kind: 'group', id: g.id, groupId: g.id, version: null, data: g as unknown as Record<string, unknown> }));
  await db.entities.bulkPut(rows);
  return rows.length;
}
