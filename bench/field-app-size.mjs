// The JavaScript the offline field screens download (issue #12: under 150 KB gzip): the entry
// chunk, the signed-in shell, the field entry, outbox and conflict pages, the shell's offline
// parts (status, update prompt, "from the last sync" panel, sign-out dialog), the bell, the
// service worker's registration (workbox-window), and every chunk they import statically.
// Run after `npm run build -w apps/web`:
//   node bench/field-app-size.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'dist');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\/assets\/([^"]+)"/)?.[1];
const files = readdirSync(assets);
const ROOTS = ['AppLayout', 'FieldPage', 'OutboxPage', 'ConflictPage', 'OfflineStatus', 'UpdatePrompt', 'LastSyncPanel', 'SignOutDialog', 'NotificationBell', 'laterPages', 'workbox-window.prod.es5'];
const roots = [entry, ...ROOTS.map((r) => {
  const f = files.find((x) => x.startsWith(`${r}-`) && x.endsWith('.js'));
  if (!f) throw new Error(`no chunk for ${r}`);
  return f;
})];

const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(m[1]);
};
roots.forEach(visit);

let raw = 0;
let gz = 0;
const rows = [...seen].map((f) => {
  const buf = readFileSync(join(assets, f));
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  return { f, raw: buf.length, g };
}).sort((a, b) => b.g - a.g);
for (const r of rows) console.log(`${r.f.padEnd(48)} ${(r.raw / 1024).toFixed(1).padStart(7)} kB  gzip ${(r.g / 1024).toFixed(1).padStart(6)} kB`);
console.log(`${'total JS (field screens)'.padEnd(48)} ${(raw / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB  (budget 150 kB gzip: ${gz / 1024 <= 150 ? 'within' : 'OVER'})`);
process.exitCode = gz / 1024 <= 150 ? 0 : 1;
