// What the living demo adds to a first start (issue 15, docs/adr/0023): time from process start
// to the first answer of GET /api/health on an empty PGlite data directory with DEMO_DATA=accounts
// (the accounts only) and DEMO_DATA=full (accounts and the living demo), runs interleaved; and
// the demo's own build time as the server logs it.
// Usage: npm run build && node bench/demo-startup.mjs [runs=3]   (BENCH_PORT, default 3450)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'apps/api/dist/main.js');
const runs = Number(process.argv[2] ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3450);

/** Starts the built server on a new data directory; answers the time to /api/health and the demo's logged build time. */
async function firstStart(mode) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-demo-bench-'));
  const started = performance.now();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), LOG_LEVEL: 'warn', DEMO_DATA: mode, REMINDERS: 'false' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  let ms;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (res.ok) {
        ms = performance.now() - started;
        break;
      }
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
  const built = /living demo built: .*\((\d+) ms/.exec(out);
  return { ms, demoMs: built ? Number(built[1]) : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const accounts = [];
const full = [];
const demo = [];
for (let i = 0; i < runs; i++) {
  accounts.push((await firstStart('accounts')).ms);
  const f = await firstStart('full');
  full.push(f.ms);
  demo.push(f.demoMs);
}
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`first start, DEMO_DATA=accounts: median ${median(accounts).toFixed(0)} ms (runs: ${fmt(accounts)})`);
console.log(`first start, DEMO_DATA=full:     median ${median(full).toFixed(0)} ms (runs: ${fmt(full)})`);
console.log(`the living demo's build (logged): median ${median(demo).toFixed(0)} ms (runs: ${fmt(demo)}); added to the first start: ${(median(full) - median(accounts)).toFixed(0)} ms`);
