/**
 * Whether the API can be reached — not only whether the browser says it has a connection.
 *
 * `navigator.onLine` is true whenever the phone has *a* network: on a captive portal, on a bar
 * of signal too weak to carry data, or on a Wi-Fi without internet it stays true while every
 * request fails or hangs. So the app also counts what its requests met: a request that failed on
 * the network (or timed out) marks the API unreachable; any answer from the server, even an
 * error, marks it reachable again. While unreachable with `navigator.onLine` still true, a small
 * probe (`GET /api/health`) runs every PROBE_EVERY_MS and says when the signal is back, so the
 * app syncs by itself then, as it does on the browser's 'online' event (docs/adr/0021).
 *
 * No React, no Dexie: the API client imports it on every page.
 */
export const PROBE_EVERY_MS = 10_000;
/** A probe that has not answered by then met a signal too weak to use. */
export const PROBE_TIMEOUT_MS = 8_000;

let failing = false;
let probe: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<(reachable: boolean) => void>();

/** The API answered (any status) or a request failed on the network. Called by the API client. */
export function reportNetwork(answered: boolean): void {
  if (answered === !failing) return;
  failing = !answered;
  if (failing) startProbe();
  else stopProbe();
  const now = isReachable();
  listeners.forEach((l) => l(now));
}

/** Reachable as far as we know: the browser has a connection and the last request did not fail on it. */
export function isReachable(): boolean {
  return browserOnline() && !failing;
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** Called with the new state whenever the browser's connection or the requests' outcome changes it. */
export function onReachability(fn: (reachable: boolean) => void): () => void {
  listeners.add(fn);
  const browser = (e: Event) => {
    // A connection that has just come up deserves a fresh try, whatever failed on the last one.
    if (e.type === 'online' && failing) {
      failing = false;
      stopProbe();
    }
    fn(isReachable());
  };
  window.addEventListener('online', browser);
  window.addEventListener('offline', browser);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('online', browser);
    window.removeEventListener('offline', browser);
  };
}

function startProbe(): void {
  if (probe) return;
  probe = setInterval(() => {
    // With no connection at all the browser's 'online' event will say when it is back.
    if (!browserOnline()) return;
    fetch('/api/health', { cache: 'no-store', credentials: 'same-origin', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
      () => reportNetwork(true),
      () => undefined,
    );
  }, PROBE_EVERY_MS);
}

function stopProbe(): void {
  if (probe) clearInterval(probe);
  probe = null;
}

/**
 * A fetch that threw met the network (no answer, or none before its timeout), unless the caller
 * aborted it: that is a choice, not a lost signal.
 */
export function isNetworkFailure(e: unknown): boolean {
  return !(e instanceof DOMException && e.name === 'AbortError');
}
