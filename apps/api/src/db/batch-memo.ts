import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Reads shared by the items of one batch (the sync push: a group's members, the product list):
 * inside `inBatch`, a read through `memo` with the same key runs once; outside, every call runs.
 * What the items write (records) is never memoised.
 */
const store = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

export function inBatch<T>(fn: () => Promise<T>): Promise<T> {
  return store.run(new Map(), fn);
}

export function memo<T>(key: string, read: () => Promise<T>): Promise<T> {
  const cache = store.getStore();
  if (!cache) return read();
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = read();
    cache.set(key, hit);
    // A failed read is not kept: the next item reads again.
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

/** Inside `inBatch`, what a read through `memo` with this key will answer (read beforehand with others, in one query); outside, nothing. */
export function remember<T>(key: string, value: T): void {
  store.getStore()?.set(key, Promise.resolve(value));
}
