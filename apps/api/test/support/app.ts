import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { buildApp } from '../../src/app';
import type { App } from '../../src/module';
import { loadConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/client';
import { DEMO_PASSWORD } from '../../src/db/seed/demo';
import { databaseUrl, withAdminClient } from './template';

export interface TestContext {
  app: App;
  database: Database;
  close(): Promise<void>;
}

/** A fresh copy of the seeded test database and the app on top of it. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const tpl = inject('dbTemplate');
  let database: Database;
  let dropDb = async () => {};
  if (tpl.kind === 'pglite') {
    const blob = new Blob([fs.readFileSync(tpl.file)]);
    database = await openDatabase({ kind: 'pglite', loadDataDir: blob });
  } else {
    const name = `${tpl.template}_${randomUUID().slice(0, 8)}`;
    await withAdminClient(tpl.url, (db) => db.db.execute(sql.raw(`create database ${name} template ${tpl.template}`)));
    database = await openDatabase({ kind: 'postgres', url: databaseUrl(tpl.url, name), max: 4 });
    dropDb = () => withAdminClient(tpl.url, (db) => db.db.execute(sql.raw(`drop database if exists ${name} with (force)`))).then(() => {});
  }
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', LOGIN_IP_LIMIT: '1000', ...env });
  const app = await buildApp({ config, database, sessionSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      await dropDb();
    },
  };
}

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  /** The bytes as sent (a workbook answered to an upload). */
  raw?: Buffer;
}

/** A signed-in (or anonymous) client: keeps the session cookie and sends the CSRF token. */
export class Client {
  cookie?: string;
  csrf?: string;

  /** `address`: the client's IP address as the server sees it (default 127.0.0.1). */
  constructor(private readonly app: App, readonly address?: string) {}

  async request<T = any>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, opts: { csrf?: boolean } = {}): Promise<Response<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf && opts.csrf !== false) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method, url, headers, remoteAddress: this.address, ...(body !== undefined ? { payload: body as object } : {}) });
    const setCookie = res.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first?.startsWith('ntag_session=')) this.cookie = first.split(';')[0];
    const text = res.body;
    return { status: res.statusCode, body: text && res.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text, headers: res.headers };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown, opts?: { csrf?: boolean }) {
    return this.request<T>('POST', url, body ?? {}, opts);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body ?? {});
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body ?? {});
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  /** POST a file as multipart field `file`, as a browser form does. */
  async upload<T = any>(url: string, fileName: string, content: Buffer | string, contentType = 'application/octet-stream', fields: Record<string, string> = {}): Promise<Response<T>> {
    const boundary = `----ntag${Date.now()}`;
    const before = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('');
    const head = Buffer.from(`${before}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method: 'POST', url, headers, payload: Buffer.concat([head, Buffer.from(content), tail]) });
    return { status: res.statusCode, body: (res.headers['content-type']?.toString().includes('json') ? res.json() : res.body) as T, headers: res.headers, raw: res.rawPayload };
  }

  /** GET a binary answer (xlsx, pdf). */
  async download(url: string): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    const res = await this.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.rawPayload, headers: res.headers };
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.post('/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = res.body.csrfToken;
    return this;
  }
}

/** The demo personas (see db/seed/demo.ts), signed in. */
export const PERSONAS = {
  admin: 'demo-admin',
  ministry: 'demo-ministry',
  agency: 'demo-agency-ne',
  province: 'demo-province-40',
  district: 'demo-district-4001',
  tambon: 'demo-tambon-400101',
  otherDistrict: 'demo-district-5007',
} as const;

export async function signIn(ctx: TestContext, persona: keyof typeof PERSONAS): Promise<Client> {
  return new Client(ctx.app).login(PERSONAS[persona]);
}

export const anonymous = (ctx: TestContext) => new Client(ctx.app);
