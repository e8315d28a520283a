import { describe, expect, it } from 'vitest';
import type { Db } from './client';
import { routedReadDb, runWithReadTarget, watchReplica } from './read-routing';

/** Two stand-in databases that say who answered. */
const fake = (name: string) => ({ select: () => name, execute: () => name, transaction: () => name, insert: () => name }) as unknown as Db;
const primary = fake('primary');
const replica = fake('replica');
const who = (db: Db, prop: 'select' | 'execute' | 'transaction' | 'insert') => (db[prop] as unknown as () => string)();

describe('reads routed to the replica (docs/adr/0025)', () => {
  it('a request allowed the replica reads there; its transactions and writes, and everything outside such a request, go to the primary', () => {
    const db = routedReadDb(primary, replica);
    expect(who(db, 'select')).toBe('primary');
    runWithReadTarget(true, () => {
      expect(who(db, 'select')).toBe('replica');
      expect(who(db, 'execute')).toBe('replica');
      expect(who(db, 'transaction')).toBe('primary');
      expect(who(db, 'insert')).toBe('primary');
    });
    runWithReadTarget(false, () => expect(who(db, 'select')).toBe('primary'));
  });

  it('the decision follows the request through awaits, and two requests at once keep their own', async () => {
    const db = routedReadDb(primary, replica);
    const seen = await Promise.all([true, false].map((r) => runWithReadTarget(r, async () => {
      await new Promise((res) => setTimeout(res, 5));
      return who(db, 'select');
    })));
    expect(seen).toEqual(['replica', 'primary']);
  });

  it('while the replica is not usable, every read goes to the primary', () => {
    let usable = false;
    const db = routedReadDb(primary, replica, () => usable);
    runWithReadTarget(true, () => expect(who(db, 'select')).toBe('primary'));
    usable = true;
    runWithReadTarget(true, () => expect(who(db, 'select')).toBe('replica'));
  });

  it('the watch takes the replica out while it fails, answers late, is too far behind or cut off, and back once it is fine', async () => {
    let answer: () => Promise<number | null> = async () => 20;
    const log: string[] = [];
    const watch = watchReplica(() => answer(), { maxLagMs: 1000, everyMs: 10, timeoutMs: 50, log: (m) => log.push(m) });
    await watch.ready;
    expect(watch.usable()).toBe(true);
    const after = async (next: () => Promise<number | null>) => {
      answer = next;
      await new Promise((res) => setTimeout(res, 120));
      return watch.usable();
    };
    expect(await after(async () => 5000)).toBe(false);
    expect(await after(async () => 0)).toBe(true);
    expect(await after(() => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5443')))).toBe(false);
    expect(await after(async () => 0)).toBe(true);
    expect(await after(() => new Promise(() => {}))).toBe(false);
    expect(await after(async () => 0)).toBe(true);
    expect(await after(async () => null)).toBe(false);
    watch.stop();
    expect(log.some((m) => m.includes('5000 ms behind'))).toBe(true);
    expect(log.some((m) => m.includes('ECONNREFUSED'))).toBe(true);
    expect(log.some((m) => m.includes('not streaming'))).toBe(true);
  });
});
