// Start-up benchmark: time from process start to the first answer of GET /api/health, on an
// empty data directory (migrations + geography seed + demo accounts) and on an existing one;
// then the gzip size of the JavaScript and of the fonts the browser loads for the sign-in page.
// Usage: npm run build && node bench/startup.mjs [runs=3]   (BENCH_PORT, default 3200)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'apps/api/dist/main.js');
const runs = Number(process.argv[2] ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3200);

/** Starts the built server on the embedded database in `dataDir`; resolves once /api/health answers. */
async function startServer(dataDir) {
  const started = performance.now();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { env, stdio: 'ignore' });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (res.ok) return { child, ms: performance.now() - started };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function stopServer(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function timeToFirstResponse(dataDir) {
  const { child, ms } = await startServer(dataDir);
  await stopServer(child);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const empty = [];
const existing = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-bench-'));
  empty.push(await timeToFirstResponse(dir));
  existing.push(await timeToFirstResponse(dir));
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`start-up to first response, empty data directory: median ${median(empty).toFixed(0)} ms (runs: ${empty.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`start-up to first response, existing data directory: median ${median(existing).toFixed(0)} ms (runs: ${existing.map((x) => x.toFixed(0)).join(', ')})`);

// Sign-in page JavaScript and fonts, as the browser fetches them (Thai locale, as the users).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-bench-'));
const { child: server } = await startServer(dir);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ locale: 'th-TH' });
const fetched = { script: new Map(), font: new Map() };
page.on('response', async (res) => {
  const kind = fetched[res.request().resourceType()];
  if (kind) kind.set(res.url(), await res.body());
});
await page.goto(`http://127.0.0.1:${PORT}/login`, { waitUntil: 'networkidle' });
await browser.close();
await stopServer(server);
fs.rmSync(dir, { recursive: true, force: true });
for (const [kind, files] of [['JavaScript', fetched.script], ['fonts', fetched.font]]) {
  let raw = 0;
  let gz = 0;
  for (const [url, body] of files) {
    const z = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += z;
    console.log(`  ${new URL(url).pathname}: ${(body.length / 1024).toFixed(1)} KiB, gzip ${(z / 1024).toFixed(1)} KiB`);
  }
  console.log(`sign-in page ${kind}: ${files.size} files, ${(raw / 1024).toFixed(1)} KiB, gzip ${(gz / 1024).toFixed(1)} KiB`);
}
