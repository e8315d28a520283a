import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { onReachability } from '../api/reachability';
import { db, getMeta, type Entity, type OutboxItem } from './db';
import { useOnline } from './online';
import { isSyncing, onSyncBusy, syncNow } from './sync';

export { useOnline };

const RECORD_KINDS = ['production', 'transaction', 'learningSession', 'outlet'] as const;

export function useOutbox(): OutboxItem[] | undefined {
  return useLiveQuery(() => db.outbox.orderBy('createdAt').reverse().toArray(), []);
}

export function useUnsentCount(): number {
  return useLiveQuery(() => db.outbox.where('state').anyOf('waiting', 'sending', 'conflict', 'refused').count(), [], 0);
}

export function useNotices() {
  return useLiveQuery(async () => (await db.notices.orderBy('at').reverse().toArray()).filter((n) => !n.dismissed), [], []);
}

export function useLocalGroups(): Entity[] | undefined {
  return useLiveQuery(() => db.entities.where('kind').equals('group').toArray(), []);
}

export function useProducts(): Entity[] {
  return useLiveQuery(() => db.entities.where('kind').equals('product').toArray(), [], []);
}

/** The group's records as last pulled (newest first), for an edit made offline. */
export function useGroupRecords(groupId: string | null): Entity[] {
  return useLiveQuery(
    async () => {
      if (!groupId) return [];
      const rows = await db.entities.where('groupId').equals(groupId).toArray();
      return rows
        .filter((r) => (RECORD_KINDS as readonly string[]).includes(r.kind))
        .sort((a, b) => String(b.data.date ?? '').localeCompare(String(a.data.date ?? '')))
        .slice(0, 30);
    },
    [groupId],
    [],
  );
}

export interface SyncInfo {
  lastSync?: string;
  usage?: number;
  persisted?: boolean;
  lastOutcome?: { pushed: number; refused: number; conflicts: number; pulled: number; error?: string; at: string };
}

/** The time of the last sync, what the last one did, and how much this site stores on the phone. */
export function useSyncInfo(): SyncInfo {
  const meta = useLiveQuery(async () => ({ lastSync: await getMeta<string>('lastSync'), lastOutcome: await getMeta<SyncInfo['lastOutcome']>('lastOutcome') }), [], {} as Partial<SyncInfo>);
  const [storage, setStorage] = useState<{ usage?: number; persisted?: boolean }>({});
  useEffect(() => {
    let live = true;
    void (async () => {
      const est = await navigator.storage?.estimate?.();
      const persisted = await navigator.storage?.persisted?.();
      if (live) setStorage({ usage: est?.usage, persisted });
    })();
    return () => {
      live = false;
    };
  }, [meta.lastSync]);
  return { ...meta, ...storage };
}

export function useSyncBusy(): boolean {
  const [busy, setBusy] = useState(isSyncing);
  useEffect(() => onSyncBusy(setBusy), []);
  return busy;
}

/** Every minute while the app is open and online. */
const SYNC_EVERY_MS = 60_000;

/**
 * Sync by itself: once when the signed-in shell opens, when the API can be reached again (the
 * browser's 'online', or the probe of api/reachability.ts after requests failed on a connection
 * the browser called good; Safari has no Background Sync), and every minute while the page is
 * open — that try is made whenever the browser says it has a connection, since a sync is also
 * the best test of a weak one. Also asks the browser to keep this site's data
 * (navigator.storage.persist()).
 */
export function useAutoSync(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    void navigator.storage?.persist?.().catch(() => false);
    const run = () => {
      if (navigator.onLine) void syncNow();
    };
    run();
    const stop = onReachability((reachable) => {
      if (reachable) run();
    });
    const timer = window.setInterval(run, SYNC_EVERY_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [enabled]);
}
