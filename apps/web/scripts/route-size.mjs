// Prints the JS and CSS a route downloads: the entry chunk plus the route's lazy chunk and
// everything they import statically. Run after `vite build`:
//   node apps/web/scripts/route-size.mjs LoginPage
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\/assets\/([^"]+)"/)?.[1];
const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
const wanted = process.argv.slice(2);
const files = readdirSync(assets);
const roots = [entry, ...wanted.map((w) => files.find((f) => f.startsWith(`${w}-`) && f.endsWith('.js')))].filter(Boolean);

const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  // Static imports only (`import ... from "./x.js"` / `import "./x.js"`), not import().
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(m[1]);
};
roots.forEach(visit);

let raw = 0;
let gz = 0;
const rows = [...seen, ...css].map((f) => {
  const buf = readFileSync(join(assets, f));
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  return `${f.padEnd(48)} ${(buf.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(g / 1024).toFixed(1).padStart(6)} kB`;
});
console.log(rows.join('\n'));
console.log(`${'total'.padEnd(48)} ${(raw / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB`);
