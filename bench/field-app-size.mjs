// The JavaScript the offline field screens download (issue #12: under 150 KB gzip). Since the
// field pages became their own entry (apps/web/field.html: /field, /outbox, /outbox/:id;
// docs/adr/0021) that is: the entry script of field.html, every chunk it imports statically
// (what field.html preloads), and what the first render imports dynamically: the service
// worker's registration (workbox-window, for the update offer). The English catalogue
// (texts.en) is counted apart: only a user who chose English fetches it. Every other dynamic
// import reachable from the entry is listed, so nothing is left out unseen.
// bench/field-offline-load.mjs checks the same in the browser: the JS the page really fetched.
// Run after `npm run build -w apps/web`:
//   node bench/field-app-size.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'dist');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'field.html'), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\/assets\/([^"]+)"/)?.[1];
if (!entry) throw new Error('field.html has no entry script');
const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]);

/** Static imports of a chunk, and its dynamic ones (`import("./x.js")` and Vite's `__vite__mapDeps` list). */
function importsOf(file) {
  const code = readFileSync(join(assets, file), 'utf8');
  const statics = [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
  const mapped = code.match(/__vite__mapDeps=[^\n]*?\[([^\]]*)\]/)?.[1] ?? '';
  dynamics.push(...[...mapped.matchAll(/"assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  return { statics, dynamics };
}

function closure(roots) {
  const seen = new Set();
  const dyn = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const { statics, dynamics } = importsOf(f);
    statics.forEach(visit);
    dynamics.forEach((d) => dyn.add(d));
  };
  roots.forEach(visit);
  return { files: seen, dynamics: dyn };
}

const stat = closure([entry, ...preloaded]);
// The first render registers the service worker (virtual:pwa-register → workbox-window).
const registering = (set) => [...set].filter((f) => /^(virtual_pwa-register|workbox-window)/.test(f));
const firstRender = registering(stat.dynamics);
firstRender.push(...registering(closure(firstRender).dynamics));
const counted = closure([entry, ...preloaded, ...firstRender]).files;
const english = closure([...stat.dynamics].filter((f) => f.startsWith('texts.en'))).files;
const uncounted = [...closure([...stat.dynamics]).files].filter((f) => !counted.has(f) && !english.has(f));

const size = (f) => {
  const buf = readFileSync(join(assets, f));
  return { f, raw: buf.length, g: gzipSync(buf, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const table = (files) => {
  const rows = [...files].map(size).sort((a, b) => b.g - a.g);
  for (const r of rows) console.log(`${r.f.padEnd(44)} ${kb(r.raw)} kB  gzip ${kb(r.g)} kB`);
  return rows.reduce((s, r) => ({ raw: s.raw + r.raw, g: s.g + r.g }), { raw: 0, g: 0 });
};
console.log(`field.html → ${entry}, ${preloaded.length} preloaded chunks, first render: ${firstRender.join(', ') || 'nothing'}`);
const total = table(counted);
console.log(`${'total JS (field screens)'.padEnd(44)} ${kb(total.raw)} kB  gzip ${kb(total.g)} kB  (budget 150 kB gzip: ${total.g / 1024 <= 150 ? 'within' : 'OVER'})`);
const cssTotal = css.map(size).reduce((s, r) => s + r.g, 0);
console.log(`${'CSS (not JS; fonts come as unicode-range woff2)'.padEnd(44)} ${' '.repeat(17)}gzip ${kb(cssTotal)} kB  (${css.join(', ')})`);
const en = [...english].filter((f) => !counted.has(f)).map(size).reduce((s, r) => s + r.g, 0);
console.log(`${'+ English catalogue, only for English users'.padEnd(44)} ${' '.repeat(17)}gzip ${kb(en)} kB`);
if (uncounted.length) console.log(`other dynamic imports reachable, not loaded by the field screens' first render: ${uncounted.join(', ')}`);
process.exitCode = total.g / 1024 <= 150 ? 0 : 1;
