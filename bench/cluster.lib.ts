/**
 * What the reporting-day load test and the cluster demo share (issue 16, docs/DEPLOY.md): API
 * processes started as the real server (`node --import tsx apps/api/src/main.ts`), a small
 * reverse proxy in Node (round robin, health checks, a dead upstream taken out), and a
 * PostgreSQL primary with a streaming replica in temporary directories.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAIN = path.join(ROOT, 'apps/api/src/main.ts');

export const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ApiProcess {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no goodbye, as a crash or a pulled cable. */
  kill(): void;
  stop(): Promise<void>;
}

/** Environment of a production-like API process on `databaseUrl` (and the replica, if any). */
export function apiEnv(o: { databaseUrl: string; readUrl?: string; port: number; dataDir: string; extra?: Record<string, string> }): Record<string, string> {
  return {
    NODE_ENV: 'production', SESSION_SECRET: 'load-test-secret-load-test-secret-0123456789', COOKIE_SECURE: 'false',
    DATABASE_URL: o.databaseUrl, ...(o.readUrl ? { DATABASE_READ_URL: o.readUrl } : {}),
    PORT: String(o.port), HOST: '127.0.0.1', DATA_DIR: o.dataDir, WEB_DIST: path.join(o.dataDir, 'no-web'),
    LOG_LEVEL: 'warn', TRUST_PROXY: 'true', LOGIN_IP_LIMIT: '100000',
    ...o.extra,
  };
}

/** Starts an API process and waits for /api/health to answer 200. */
export async function startApi(name: string, env: Record<string, string>, timeoutMs = 120_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = Number(env.PORT);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const api: ApiProcess = {
    name, port, url, child,
    output: () => out,
    kill: () => void child.kill('SIGKILL'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${out}`);
    if (out.includes('ready in')) {
      try {
        if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return api;
      } catch {
        /* not yet */
      }
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not start in ${timeoutMs} ms:\n${out}`);
}

export interface Proxy {
  url: string;
  /** Answers each upstream gave, by its port. */
  served: Map<number, number>;
  /** Requests refused with 502 (no upstream answered). */
  failed: number;
  close(): Promise<void>;
}

/**
 * A small reverse proxy (nginx or Caddy do the same in production: docs/DEPLOY.md): round robin
 * over the upstreams that pass their health check (`GET /api/health` every second; a process is
 * taken out when its port refuses connections, or after two checks in a row fail or take over
 * 5 s — a busy process answers slowly, it is not dead); a request whose upstream refuses the
 * connection (a dead process: nothing was sent) goes to the next one; a request already sent to
 * an upstream that then dies is answered 502 — it is not replayed, because it may have been
 * carried out (a POST is the client's to retry, with the same id). When every upstream is marked
 * down, each is still tried (a check may be wrong; a refusal is cheap).
 */
export async function startProxy(port: number, upstreams: number[]): Promise<Proxy> {
  const healthy = new Map(upstreams.map((p) => [p, true]));
  const misses = new Map(upstreams.map((p) => [p, 0]));
  const served = new Map(upstreams.map((p) => [p, 0]));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const pick = (tried: Set<number>) => {
    for (const wantHealthy of [true, false]) {
      for (let i = 0; i < upstreams.length; i++) {
        const p = upstreams[(next + i) % upstreams.length]!;
        if (!tried.has(p) && (healthy.get(p) || !wantHealthy)) {
          next = (next + i + 1) % upstreams.length;
          return p;
        }
      }
    }
    return null;
  };
  const miss = (p: number) => {
    misses.set(p, (misses.get(p) ?? 0) + 1);
    if (misses.get(p)! >= 2) healthy.set(p, false);
  };
  const checks = setInterval(() => {
    for (const p of upstreams) {
      const req = http.get({ host: '127.0.0.1', port: p, path: '/api/health', timeout: 5000 }, (res) => {
        if (res.statusCode === 200) {
          misses.set(p, 0);
          healthy.set(p, true);
        } else miss(p);
        res.resume();
      });
      req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNREFUSED' ? healthy.set(p, false) : miss(p)));
      req.on('timeout', () => req.destroy(new Error('health check timed out')));
    }
  }, 1000);
  const proxy: Proxy = { url: `http://127.0.0.1:${port}`, served, failed: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const tried = new Set<number>();
      const send = () => {
        const p = pick(tried);
        if (p === null) {
          proxy.failed++;
          res.writeHead(502, { 'content-type': 'application/json' }).end('{"code":"proxy.no_upstream"}');
          return;
        }
        tried.add(p);
        const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1', 'x-forwarded-proto': 'http' };
        const up = http.request({ host: '127.0.0.1', port: p, method: req.method, path: req.url, headers, agent }, (ur) => {
          served.set(p, (served.get(p) ?? 0) + 1);
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          ur.pipe(res);
          ur.on('error', () => res.destroy());
        });
        up.on('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'ECONNREFUSED') {
            // Nothing reached that process: take it out and try the next one.
            healthy.set(p, false);
            send();
            return;
          }
          // Sent, and the connection died before the answer: unknown outcome, not replayed.
          proxy.failed++;
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"code":"proxy.upstream_lost"}');
          else res.destroy();
        });
        up.end(body);
      };
      send();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  proxy.close = async () => {
    clearInterval(checks);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    agent.destroy();
  };
  return proxy;
}

/** The PostgreSQL server programs of this machine (Debian: /usr/lib/postgresql/<major>/bin). */
export function pgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const majors = fs.readdirSync(base).filter((d) => fs.existsSync(path.join(base, d, 'bin/pg_basebackup'))).sort((a, b) => Number(b) - Number(a));
  return majors.length ? path.join(base, majors[0]!, 'bin') : null;
}

/** Runs a PostgreSQL program; as the `postgres` user when we are root (initdb and postgres refuse root). */
export function pgRun(bin: string, program: string, args: string[], opts: { allowFail?: boolean } = {}): { ok: boolean; out: string } {
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? 'runuser' : path.join(bin, program);
  const full = asRoot ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args;
  const r = spawnSync(cmd, full, { encoding: 'utf8', cwd: '/tmp' });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const ok = r.status === 0;
  if (!ok && !opts.allowFail) throw new Error(`${program} ${args.join(' ')} failed (${r.status}):\n${out}`);
  return { ok, out };
}

export interface PgPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Where each runs, for the report. */
  describe: string;
  /** Stops the replica at once (a crash of its server). */
  stopReplica(): void;
  /** Stops both servers and removes their directories. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL primary and a streaming hot-standby replica, each in a temporary directory on its
 * own port, both made here: `initdb` (wal_level replica and a `host replication` trust line for
 * 127.0.0.1), then `pg_basebackup -R` of it into the replica's directory and `pg_ctl start`.
 * Why not a replica of the machine's own server (127.0.0.1:5432): its pg_hba.conf has no
 * `replication` line, which ALTER SYSTEM cannot add (docs/DEPLOY.md says what to add there),
 * and a base backup copies every database of that server.
 */
export async function startPgPair(o: { primaryPort: number; replicaPort: number; log: (m: string) => void }): Promise<PgPair> {
  const bin = pgBin();
  if (!bin) throw new Error('no PostgreSQL server programs under /usr/lib/postgresql/*/bin (apt install postgresql)');
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-cluster-pg-'));
  fs.chmodSync(top, 0o755);
  const primaryDir = path.join(top, 'primary');
  const replicaDir = path.join(top, 'replica');
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres', top]);
  const started: string[] = [];
  const remove = async () => {
    for (const dir of started.reverse()) pgRun(bin, 'pg_ctl', ['-D', dir, '-m', 'immediate', 'stop'], { allowFail: true });
    fs.rmSync(top, { recursive: true, force: true });
  };
  try {
    o.log(`initdb ${primaryDir} (${path.basename(path.dirname(bin))})`);
    pgRun(bin, 'initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    fs.appendFileSync(path.join(primaryDir, 'postgresql.conf'), [
      '', `port = ${o.primaryPort}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${top}'`,
      'wal_level = replica', 'max_wal_senders = 5', 'hot_standby = on', 'shared_buffers = 256MB', 'max_connections = 200',
      'fsync = on', 'synchronous_commit = on', '',
    ].join('\n'));
    fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    pgRun(bin, 'pg_ctl', ['-D', primaryDir, '-l', path.join(top, 'primary.log'), '-w', 'start']);
    started.push(primaryDir);
    o.log(`pg_basebackup -h 127.0.0.1 -p ${o.primaryPort} -D ${replicaDir} -R -X stream`);
    pgRun(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(o.primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast']);
    fs.appendFileSync(path.join(replicaDir, 'postgresql.conf'), `\nport = ${o.replicaPort}\nhot_standby_feedback = on\n`);
    pgRun(bin, 'pg_ctl', ['-D', replicaDir, '-l', path.join(top, 'replica.log'), '-w', 'start']);
    started.push(replicaDir);
  } catch (err) {
    await remove();
    throw err;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${o.primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${o.replicaPort}/postgres`,
    describe: `primary 127.0.0.1:${o.primaryPort} and streaming replica 127.0.0.1:${o.replicaPort} in ${top}`,
    stopReplica: () => void pgRun(bin, 'pg_ctl', ['-D', replicaDir, '-m', 'immediate', 'stop'], { allowFail: true }),
    remove,
  };
}
