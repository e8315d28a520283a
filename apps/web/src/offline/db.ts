import Dexie, { type Table } from 'dexie';

/**
 * The phone's own copy of what its user needs to work with no signal (docs/adr/0021), in
 * IndexedDB through Dexie:
 * - `entities`: what GET /api/sync/pull gave (groups, members, committee, products, step status,
 *   recent records, open notifications), one row per kind and id, with the server's version;
 * - `outbox`: what was recorded here and not yet accepted by the server, each with its client UUID;
 * - `photos`: a learning session's photos, already resized on the phone, sent after the session;
 * - `notices`: what the last sync brought back (a returned report, a refused record, a step
 *   overridden), for the home screen's "จากการซิงก์ครั้งล่าสุด" panel;
 * - `meta`: the pull cursor, the time of the last sync, whose data this is.
 * Signing out clears all of it (signOut.ts).
 */
export type OutboxKind = 'transaction' | 'production' | 'learningSession' | 'outlet' | 'farmer';
export type OutboxState = 'waiting' | 'sending' | 'sent' | 'refused' | 'conflict';

export interface OutboxItem {
  /** The record's client UUID: the same id twice is one record on the server. */
  id: string;
  kind: OutboxKind;
  /** For an edit: the version the edit was based on. */
  baseVersion?: number;
  /** What the record's own POST (or PATCH, for an edit) takes. */
  body: Record<string, unknown>;
  state: OutboxState;
  /** A short line for the list: the product and quantity, the farmer's name… */
  label: string;
  groupId: string | null;
  createdAt: string;
  sentAt?: string;
  error?: { code: string; field?: string; registeredIn?: { tambon?: { nameTh: string }; district?: { nameTh: string }; province?: { nameTh: string } }; [k: string]: unknown };
  /** The server's record, for a conflict. */
  current?: Record<string, unknown>;
  tries: number;
}

export interface PhotoItem {
  id: string;
  sessionId: string;
  ordinal: number;
  blob: Blob;
  width: number;
  height: number;
  state: 'waiting' | 'sending' | 'sent' | 'refused';
  error?: string;
}

export interface Entity {
  kind: string;
  id: string;
  groupId: string | null;
  version: number | null;
  data: Record<string, unknown>;
}

export interface Notice {
  id: string;
  at: string;
  kind: 'returned' | 'refused' | 'overridden' | 'conflict' | 'notification';
  title: string;
  detail?: string;
  link?: string;
  /** Closed by the user: kept so the same notice does not come back. */
  dismissed?: boolean;
}

export interface Meta {
  key: string;
  value: unknown;
}

export class OfflineDb extends Dexie {
  entities!: Table<Entity, [string, string]>;
  outbox!: Table<OutboxItem, string>;
  photos!: Table<PhotoItem, string>;
  notices!: Table<Notice, string>;
  meta!: Table<Meta, string>;

  constructor(name = 'ntag-offline') {
    super(name);
    this.version(1).stores({
      entities: '[kind+id], kind, groupId',
      outbox: 'id, state, createdAt',
      photos: 'id, sessionId, state',
      notices: 'id, at',
      meta: 'key',
    });
  }
}

export const db = new OfflineDb();

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** Items the server has not accepted yet (what signing out would lose). */
export async function unsentCount(): Promise<number> {
  const waiting = await db.outbox.where('state').anyOf('waiting', 'sending', 'conflict').count();
  const photos = await db.photos.where('state').anyOf('waiting', 'sending').count();
  return waiting + photos;
}

/** Everything this user had on the phone: signing out on a shared phone. */
export async function clearAll(): Promise<void> {
  await db.transaction('rw', [db.entities, db.outbox, db.photos, db.notices, db.meta], async () => {
    await Promise.all([db.entities.clear(), db.outbox.clear(), db.photos.clear(), db.notices.clear(), db.meta.clear()]);
  });
}
