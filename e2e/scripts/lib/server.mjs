// The built NTAG server as a child process on a database of its own: what serve.mjs runs for the
// whole set of journeys, and what a journey that kills the server (offline-field.spec.ts) starts
// for itself, so that the others' server is never touched.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const MAIN = path.join(root, 'apps/api/dist/main.js');

/**
 * A new PGlite data directory, and with DATABASE_URL a new PostgreSQL database (dropping those
 * left by runs that were killed before they could clean up: their pid is gone).
 * @param {string} tag part of the database's name
 * @returns {Promise<{ env: Record<string, string>, remove: () => Promise<void> }>}
 */
export async function ownDatabase(tag = 'e2e') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ntag-${tag}-`));
  const env = { DATA_DIR: dataDir };
  let drop = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `ntag_e2e_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
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
    drop = async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  return {
    env,
    async remove() {
      await drop().catch((e) => console.error('could not drop the e2e database:', e.message));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A server of a journey's own on `port`: started (and restarted) on the same database, killed
 * with SIGKILL as a power cut would, removed at the end.
 * @param {number} port
 */
export async function ownServer(port) {
  const db = await ownDatabase('kill');
  const env = { ...process.env, ...db.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: 'accounts', REMINDERS: 'false' };
  const url = `http://127.0.0.1:${port}`;
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  const start = async () => {
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    for (const until = Date.now() + 120_000; Date.now() < until; ) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) return;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the server did not answer within 2 minutes');
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const gone = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await gone;
  };
  await start();
  return {
    url,
    /** SIGKILL: no shutdown, no flush, as a power cut. */
    kill,
    restart: start,
    async remove() {
      const c = child;
      if (c && c.exitCode === null) {
        const gone = new Promise((r) => c.once('exit', r));
        c.kill('SIGTERM');
        await gone;
      }
      await db.remove();
    },
  };
}
