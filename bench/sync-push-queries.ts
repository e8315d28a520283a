/**
 * Where the sync push's time goes in the database (docs/PERFORMANCE.md): runs bench/sync-push.ts
 * with node-postgres's `Client.query` wrapped, and prints, when the push phase ends, the statements
 * it sent by shape — how many and their summed time (client side: waits included) — busiest first.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/sync-push-queries.ts
 * Same environment as bench/sync-push.ts (LANES=1 shows each statement's own time).
 */
import pg from 'pg';

const stats = new Map<string, { n: number; ms: number }>();
let counting = true;
type Query = (...args: unknown[]) => unknown;
const query = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function (this: unknown, ...args: unknown[]) {
  const first = args[0] as string | { text?: string };
  const shape = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ').trim().slice(0, 80);
  const started = performance.now();
  const done = () => {
    if (!counting) return;
    const s = stats.get(shape) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += performance.now() - started;
    stats.set(shape, s);
  };
  // pg.Pool's own query (drizzle's reads outside a transaction) passes a callback.
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (...answer: unknown[]) => {
      done();
      return (callback as (...a: unknown[]) => unknown)(...answer);
    };
  }
  const result = query.apply(this, args);
  if (result instanceof Promise) result.then(done, () => {});
  return result;
};

// The push phase ends when sync-push.ts prints its line "1. sync push: …".
const log = console.log;
console.log = (...args: unknown[]) => {
  log(...args);
  if (!String(args[0]).startsWith('1. sync push')) return;
  counting = false;
  const rows = [...stats].filter(([shape]) => !/^(CREATE|ALTER|--|DO )/i.test(shape)).sort((a, b) => b[1].ms - a[1].ms);
  log(`   statements since the start (setup included): ${[...stats.values()].reduce((n, s) => n + s.n, 0)}; busiest:`);
  for (const [shape, s] of rows.slice(0, 15)) log(`   ${String(s.n).padStart(6)} ${s.ms.toFixed(0).padStart(7)} ms  ${shape}`);
};

await import('./sync-push');
