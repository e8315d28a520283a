import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, unwrap } from './client';
import { isReachable, onReachability, PROBE_EVERY_MS, reportNetwork } from './reachability';

/**
 * "No signal" is what the requests meet, not only what navigator.onLine says (a captive portal
 * or a bar too weak to carry data leaves it true): a request that fails on the network turns the
 * app offline, the probe turns it back when /api/health answers, and the browser's 'online'
 * gives a fresh try at once.
 */
const events = new EventTarget();
let onLine = true;
let healthUp = false;
const healthCalls: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  onLine = true;
  healthUp = false;
  healthCalls.length = 0;
  vi.stubGlobal('navigator', { get onLine() { return onLine; } });
  vi.stubGlobal('window', { addEventListener: events.addEventListener.bind(events), removeEventListener: events.removeEventListener.bind(events) });
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const url = typeof input === 'string' ? input : input.url;
    if (url.endsWith('/api/health')) {
      healthCalls.push(url);
      if (healthUp) return new Response('{"status":"ok"}', { status: 200 });
    }
    throw new TypeError('Failed to fetch');
  });
  const Native = Request;
  vi.stubGlobal('Request', class extends Native {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://ntag.test') : input, init);
    }
  });
});
afterEach(() => {
  reportNetwork(true);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reachability', () => {
  it('a request that fails on the network means no signal, though the browser says it is online', async () => {
    const seen: boolean[] = [];
    const stop = onReachability((r) => seen.push(r));
    expect(isReachable()).toBe(true);
    const err = await unwrap(api.GET('/api/me')).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, code: 'network' });
    expect(isReachable()).toBe(false);
    expect(seen).toEqual([false]);
    stop();
  });

  it('probes /api/health while the signal is gone and says when it is back', async () => {
    const seen: boolean[] = [];
    const stop = onReachability((r) => seen.push(r));
    reportNetwork(false);
    await vi.advanceTimersByTimeAsync(PROBE_EVERY_MS);
    expect(healthCalls).toHaveLength(1);
    expect(isReachable()).toBe(false);
    healthUp = true;
    await vi.advanceTimersByTimeAsync(PROBE_EVERY_MS);
    expect(isReachable()).toBe(true);
    expect(seen).toEqual([false, true]);
    // Reachable again: no more probes.
    await vi.advanceTimersByTimeAsync(PROBE_EVERY_MS * 3);
    expect(healthCalls).toHaveLength(2);
    stop();
  });

  it("does not probe with no connection at all, and the browser's 'online' gives a fresh try at once", async () => {
    const seen: boolean[] = [];
    const stop = onReachability((r) => seen.push(r));
    reportNetwork(false);
    onLine = false;
    events.dispatchEvent(new Event('offline'));
    await vi.advanceTimersByTimeAsync(PROBE_EVERY_MS * 2);
    expect(healthCalls).toHaveLength(0);
    onLine = true;
    events.dispatchEvent(new Event('online'));
    expect(isReachable()).toBe(true);
    expect(seen).toEqual([false, false, true]);
    stop();
  });

  it('any answer from the server, even an error, means it can be reached', async () => {
    reportNetwork(false);
    vi.stubGlobal('fetch', async () => new Response('{"code":"db.unavailable","message":"x"}', { status: 503 }));
    expect(await unwrap(api.GET('/api/me')).catch((e: unknown) => e)).toMatchObject({ status: 503 });
    expect(isReachable()).toBe(true);
  });
});
