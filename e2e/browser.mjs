// Which Chromium the browser journeys, the screenshot scripts and the benchmarks launch. Never a
// downloaded browser (`npx playwright install` cannot reach its servers), and nothing from apt
// required, so that `npm test` passes on a machine that has only Node.js:
//   1. CHROMIUM_PATH, when set (an error if it is not an executable file);
//   2. Debian's /usr/bin/chromium, when it is an executable file;
//   3. the Chromium inside the npm package @sparticuz/chromium (147.0.0: the last release whose
//      engines accept Node 20). Its binary ships brotli-compressed in the package tarball; it is
//      decompressed once into a cache folder, with the NSS/expat libraries the package ships for
//      it (so it does not need them from the system either).
// It says which one it chose, once per run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The flags every launch uses: no sandbox (root in CI), no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync',
];

/** A regular file this process may execute: a path bind-mounted over by /dev/null (CI's fresh-machine step) is not. */
function isExecutableFile(p) {
  try {
    if (!fs.statSync(p).isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The regular files of a ustar archive (the package's .tar.br files hold nothing else) written under `dir`. */
function untar(archive, dir) {
  for (let at = 0; at + 512 <= archive.length; ) {
    const field = (from, len) => archive.subarray(at + from, at + from + len).toString('latin1').replace(/\0.*$/s, '');
    const name = field(0, 100);
    if (!name) break;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const full = path.join(dir, field(345, 155), name);
    if (!full.startsWith(dir + path.sep)) throw new Error(`unexpected path in the Chromium package: ${name}`);
    if (type === '5') fs.mkdirSync(full, { recursive: true });
    else if (type === '0') {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, archive.subarray(at + 512, at + 512 + size), { mode: parseInt(field(100, 8).trim() || '644', 8) & 0o777 });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

const unbrotli = (file) => zlib.brotliDecompressSync(fs.readFileSync(file));

/**
 * The packaged Chromium, decompressed into `<tmp>/ntag-chromium-<version>` on first use (about 2 s).
 * A staging folder renamed into place makes it safe for two processes to do this at once.
 */
function packagedChromium() {
  const require = createRequire(import.meta.url);
  let main;
  try {
    main = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error('No Chromium found: set CHROMIUM_PATH, install Debian\'s chromium, or run `npm install` (e2e needs @sparticuz/chromium).');
  }
  const pkgDir = path.resolve(path.dirname(main), '../..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const bin = path.join(pkgDir, 'bin');
  const dir = process.env.NTAG_CHROMIUM_CACHE ?? path.join(os.tmpdir(), `ntag-chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  if (!isExecutableFile(executablePath)) {
    const staging = fs.mkdtempSync(`${dir}.tmp-`);
    try {
      fs.writeFileSync(path.join(staging, 'chromium'), unbrotli(path.join(bin, 'chromium.br')), { mode: 0o755 });
      untar(unbrotli(path.join(bin, 'al2023.tar.br')), staging); // lib/: libnss3, libnspr4, libexpat …
      untar(unbrotli(path.join(bin, 'fonts.tar.br')), staging); // fonts/Open_Sans, for machines without fontconfig
      // The package's fonts.conf names Lambda's folders; this one names ours.
      fs.writeFileSync(
        path.join(staging, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${path.join(dir, 'fonts')}</dir><cachedir>${path.join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`,
      );
      fs.renameSync(staging, dir);
    } catch (e) {
      fs.rmSync(staging, { recursive: true, force: true });
      // Another process put it in place first: use theirs.
      if (!isExecutableFile(executablePath)) throw e;
    }
  }
  const env = { ...process.env, LD_LIBRARY_PATH: [path.join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  // Without a system fontconfig setup Chromium would have no fallback font at all; the app brings
  // its own Thai and Latin fonts, the rest (e.g. a raw error page) gets Open Sans.
  if (!fs.existsSync('/etc/fonts/fonts.conf') && !process.env.FONTCONFIG_FILE && !process.env.FONTCONFIG_PATH) {
    env.FONTCONFIG_FILE = path.join(dir, 'fonts.conf');
  }
  return { executablePath, env, source: `@sparticuz/chromium ${version} (decompressed in ${dir})` };
}

let chosen;

/**
 * The browser to launch: `{ executablePath, env?, source }`. Pass `executablePath`, `env` and
 * CHROMIUM_ARGS to Playwright's `chromium.launch()` (see launchOptions()).
 */
export function findChromium() {
  if (chosen) return chosen;
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (!isExecutableFile(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} is not an executable file`);
    chosen = { executablePath: wanted, env: undefined, source: `CHROMIUM_PATH (${wanted})` };
  } else if (isExecutableFile(DEBIAN_CHROMIUM)) {
    chosen = { executablePath: DEBIAN_CHROMIUM, env: undefined, source: `Debian's Chromium (${DEBIAN_CHROMIUM})` };
  } else {
    chosen = packagedChromium();
  }
  // Playwright loads its config in the runner and again in each worker: say it once per run.
  if (!process.env.NTAG_BROWSER_SAID) {
    process.env.NTAG_BROWSER_SAID = '1';
    console.log(`browser: ${chosen.source}`);
  }
  return chosen;
}

/** Options for Playwright's chromium.launch() / use.launchOptions. */
export function launchOptions() {
  const { executablePath, env } = findChromium();
  return { executablePath, args: CHROMIUM_ARGS, ...(env ? { env } : {}) };
}
