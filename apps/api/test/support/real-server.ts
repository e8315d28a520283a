import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo';
import { databaseUrl, withAdminClient } from './template';

/**
 * The real server as a child process (`node --import tsx apps/api/src/main.ts`): what the kill
 * and backup tests start, SIGKILL and restart. Not app.inject: a killed process has to be a process.
 */

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = path.join(ROOT, 'apps/api/src/main.ts');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Where a server keeps its data: a temporary DATA_DIR and, with DATABASE_URL set, a database of its own. */
export interface ServerHome {
  env: Record<string, string>;
  dataDir: string;
  kind: 'pglite' | 'postgres';
  /** The PostgreSQL URL of this home's database (postgres only). */
  databaseUrl?: string;
  remove(): Promise<void>;
}

/**
 * A home starts as a copy of the run's migrated and seeded test database (global-setup.ts), so the
 * server's first start does not seed the geography again.
 */
export async function serverHome(extraEnv: Record<string, string> = {}): Promise<ServerHome> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-server-'));
  const port = await freePort();
  const tpl = inject('dbTemplate');
  let url: string | undefined;
  let dropDb = async () => {};
  if (tpl.kind === 'pglite') {
    const pglite = await PGlite.create({ dataDir: path.join(dataDir, 'pgdata'), loadDataDir: new Blob([fs.readFileSync(tpl.file)]) });
    await pglite.close();
  } else {
    const base = tpl.url;
    const name = `${tpl.template}_srv_${randomUUID().slice(0, 8)}`;
    await withAdminClient(base, (db) => db.db.execute(sql.raw(`create database ${name} template ${tpl.template}`)));
    url = databaseUrl(base, name);
    dropDb = () => withAdminClient(base, (db) => db.db.execute(sql.raw(`drop database if exists ${name} with (force)`))).then(() => {});
  }
  const env: Record<string, string> = {
    NODE_ENV: 'development', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', REMINDERS: 'false',
    LOGIN_IP_LIMIT: '100000', DEMO_DATA: 'accounts', WEB_DIST: path.join(dataDir, 'no-web'),
    ...(url ? { DATABASE_URL: url } : {}),
    ...extraEnv,
  };
  return {
    env, dataDir, kind: url ? 'postgres' : 'pglite', databaseUrl: url,
    async remove() {
      await dropDb();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** stdout and stderr so far, for failure messages. */
  output(): string;
  /** SIGKILL now; does not wait for the process to be reaped. */
  kill(): void;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Starts the server on a home and resolves once /api/health answers 200. */
export async function startServer(home: ServerHome, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: ROOT, env: { ...process.env, ...home.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${home.env.PORT}`;
  const server: ServerProcess = {
    url, child, exited,
    output: () => out,
    kill: () => void child.kill('SIGKILL'),
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited during start:\n${out}`);
    // A previous server on the same port may still be dying: only this child's answer counts.
    if (out.includes('ready in')) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) return server;
      } catch {
        /* not listening yet */
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start in ${timeoutMs} ms:\n${out}`);
}

/** A signed-in HTTP client of a server process (cookie and CSRF token kept), surviving restarts. */
export class HttpClient {
  cookie = '';
  csrf = '';
  constructor(public base: string) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(this.base + url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('ntag_session=')) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    return { status: res.status, body: res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text };
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = res.body.csrfToken;
    return this;
  }
}
