// Starts the built NTAG server for the browser journeys on a database of its own, and removes
// that database when the journeys end (Playwright stops this process).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const main = path.join(root, 'apps/api/dist/main.js');
if (!fs.existsSync(main)) {
  console.error('apps/api/dist/main.js is missing: run `npm run build` first');
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-e2e-'));
// The journeys make their own records in the demo accounts' areas: they start from the accounts
// only, unless DEMO_DATA says otherwise (the living-demo journey's server sets DEMO_DATA=full).
const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: process.env.DEMO_DATA ?? 'accounts' };
let cleanupDb = async () => {};
if (process.env.DATABASE_URL) {
  const name = `ntag_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  // Databases left by runs that were killed before they could clean up (their pid is gone).
  const { rows } = await admin.query("select datname from pg_database where datname like 'ntag_e2e_%'");
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      /* gone */
    }
    if (!alive) await admin.query(`drop database if exists ${datname} with (force)`);
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanupDb = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
}

const server = spawn(process.execPath, [main], { env, stdio: 'inherit' });
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await cleanupDb().catch((e) => console.error('could not drop the e2e database:', e.message));
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
server.on('exit', (code) => {
  if (!stopping) stop(code ?? 1);
});
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => void stop(0));
