// First load of the installed field app with no connection (issue #12: under 1 s on this
// machine). Starts the built server on a fresh embedded database, signs the demo tambon worker
// in at 360 px, lets the service worker install and take the page, syncs once, then goes offline
// and times `page.goto('/field')` until the entry form is on screen (its group list and save
// button: the page has read the phone's IndexedDB), `runs` times (a new page each time: a cold
// start of the installed app, served by the service worker and IndexedDB). Since the field pages
// are their own entry (field.html, docs/adr/0021), it also lists the JavaScript the first run
// really fetched, its gzip size from apps/web/dist (to check bench/field-app-size.mjs), and that
// every request was answered by the service worker.
// Usage: npm run build && node bench/field-offline-load.mjs [runs=7]   (BENCH_PORT, default 3431;
// WEB_DIST=<another build of apps/web> times that build instead, e.g. the field page inside the
// main app before: `git archive <commit> apps/web packages/shared …`, built with vite)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'apps/api/dist/main.js');
const runs = Number(process.argv[2] ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 3431);
const base = `http://127.0.0.1:${PORT}`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-bench-offline-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), LOG_LEVEL: 'warn', NODE_ENV: 'development' };
delete env.DATABASE_URL;
const server = spawn(process.execPath, [main], { env, stdio: 'ignore' });
// Even when this script dies early (its output piped into `head`): never leave the server running.
process.on('exit', () => server.kill('SIGTERM'));
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (i > 3000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'th-TH', baseURL: base });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('ชื่อผู้ใช้').fill('demo-tambon-400101');
  await page.getByLabel('รหัสผ่าน').fill('ntag-demo');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByRole('heading', { name: 'งานของฉัน' }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.goto('/outbox');
  await page.getByText('ซิงก์ล่าสุด').first().waitFor({ timeout: 30_000 });
  await page.close();

  await context.setOffline(true);
  const times = [];
  const parts = [];
  const scripts = new Set();
  const notFromSw = [];
  for (let i = 0; i < runs; i++) {
    const p = await context.newPage();
    p.on('response', (r) => {
      const url = new URL(r.url());
      if (i === 0 && url.pathname.endsWith('.js')) scripts.add(url.pathname.replace('/assets/', ''));
      if (!r.fromServiceWorker()) notFromSw.push(url.pathname);
    });
    const t0 = performance.now();
    await p.goto('/field', { waitUntil: 'commit' });
    // The form drawn from IndexedDB: its heading, the group list filled, the save button. Timed
    // in the page too (from the navigation's start), with where the time went.
    const ready = await p.waitForFunction(
      () => {
        // (h1 or h2, no native <select> assumed: the same test times another build, WEB_DIST=…)
        const h = [...document.querySelectorAll('h1, h2')].some((e) => e.textContent === 'บันทึกภาคสนาม');
        const save = document.querySelector('[data-testid="save-offline"]');
        // The save button is enabled once the group (the demo worker has one) came from IndexedDB.
        if (!h || !save || save.disabled) return false;
        const nav = performance.getEntriesByType('navigation')[0];
        return { ready: performance.now(), html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd };
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    times.push(performance.now() - t0);
    await p.waitForLoadState('load');
    const load = await p.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    parts.push({ ...(await ready.jsonValue()), load });
    const fromSw = await p.evaluate(() => !!navigator.serviceWorker.controller && !navigator.onLine);
    if (!fromSw) throw new Error('the page was not served offline by the service worker');
    await p.close();
  }
  await browser.close();
  const assets = path.join(process.env.WEB_DIST ?? path.join(root, 'apps/web/dist'), 'assets');
  const js = [...scripts].map((f) => ({ f, g: gzipSync(fs.readFileSync(path.join(assets, f)), { level: 9 }).length })).sort((a, b) => b.g - a.g);
  console.log(`JS the first offline load fetched (${js.length} files): ${js.map((x) => `${x.f} ${(x.g / 1024).toFixed(1)}`).join(', ')}`);
  console.log(`  total ${(js.reduce((n, x) => n + x.g, 0) / 1024).toFixed(1)} kB gzip`);
  if (notFromSw.length) throw new Error(`answered by the network, not the service worker: ${notFromSw.join(', ')}`);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`offline first load of /field to the form ready (installed, ${runs} runs, wall clock from page.goto): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  const mid = (k) => [...parts.map((x) => x[k])].sort((a, b) => a - b)[Math.floor(parts.length / 2)].toFixed(0);
  console.log(`in the page (median, ms from the navigation's start): field.html from the service worker ${mid('html')}, DOMContentLoaded ${mid('dcl')}, form ready ${mid('ready')}; the load event ${mid('load')}`);
  console.log(`median ${median.toFixed(0)} ms, worst ${sorted.at(-1).toFixed(0)} ms (budget 1000 ms: ${median < 1000 ? 'within' : 'OVER'})`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
