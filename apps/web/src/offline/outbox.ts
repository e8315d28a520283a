import { db, type OutboxItem, type OutboxKind } from './db';

/** Whole minutes, hours or days since an ISO time, for "ซิงก์ล่าสุด 5 นาทีที่แล้ว". */
export function agoParts(iso: string | undefined, now = Date.now()): { key: 'off.justNow' | 'off.minutesAgo' | 'off.hoursAgo' | 'off.daysAgo'; n: number } | null {
  if (!iso) return null;
  const min = Math.floor((now - Date.parse(iso)) / 60_000);
  if (min < 1) return { key: 'off.justNow', n: 0 };
  if (min < 60) return { key: 'off.minutesAgo', n: min };
  if (min < 48 * 60) return { key: 'off.hoursAgo', n: Math.floor(min / 60) };
  return { key: 'off.daysAgo', n: Math.floor(min / 1440) };
}

/**
 * Puts a record in the outbox. A new record carries its client UUID (`id`, also in the body, as
 * the record's own POST takes it); an edit carries the version it was based on. An item edited
 * again before it was sent is replaced in place (still one record on the server).
 */
export async function enqueue(input: { id: string; kind: OutboxKind; body: Record<string, unknown>; label: string; groupId: string | null; baseVersion?: number }): Promise<OutboxItem> {
  const prev = await db.outbox.get(input.id);
  const item: OutboxItem = {
    ...input,
    // Still unsent: an edit of my own new record stays a create (no version on the server yet).
    baseVersion: prev && prev.state !== 'sent' ? prev.baseVersion : input.baseVersion,
    body: prev && prev.state !== 'sent' ? { ...prev.body, ...input.body } : input.body,
    state: 'waiting',
    createdAt: prev && prev.state !== 'sent' ? prev.createdAt : new Date().toISOString(),
    tries: 0,
  };
  await db.outbox.put(item);
  return item;
}

/** A conflict settled on screen: the chosen values go again, based on the server's version. */
export async function resolveConflict(id: string, body: Record<string, unknown>, serverVersion: number | undefined): Promise<void> {
  await db.outbox.update(id, { body, baseVersion: serverVersion, state: 'waiting', current: undefined, error: undefined, tries: 0 });
}

/** The server's version was taken: nothing of mine goes. */
export async function dropItem(id: string): Promise<void> {
  await db.transaction('rw', db.outbox, db.photos, async () => {
    await db.outbox.delete(id);
    await db.photos.where('sessionId').equals(id).delete();
  });
}

export async function clearSent(): Promise<void> {
  const sent = await db.outbox.where('state').equals('sent').primaryKeys();
  await db.outbox.bulkDelete(sent);
}

/** Bytes as "1.2 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
