import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './lock';

/**
 * Backups of the embedded database (PGlite). Its data directory cannot be copied with `cp` while
 * NTAG runs: files change under the copy and one process at a time may open it. So the running
 * server takes the dump itself, between transactions, and hands it out on a local socket
 * (`DATA_DIR/backup.sock`, owner-only) to `npm run backup`; with no server running the command
 * opens the directory itself under the lock. PostgreSQL uses pg_dump / pg_restore (cli/backup.ts).
 * docs/OPERATIONS.md and docs/adr/0016 say why.
 */

export const socketPath = (dataDir: string) => path.join(dataDir, 'backup.sock');
/** Unix socket paths are limited to about 107 bytes. */
const MAX_SOCKET_PATH = 100;

/**
 * A consistent dump (gzipped tar of the data directory): taken while no transaction is open (the
 * transaction mutex, which PGlite's plain statements take too) and no statement runs
 * (dumpDataDir holds the query mutex), so the copy is the database between two commits. A
 * checkpoint just before keeps the WAL that opening the copy replays short.
 */
export async function dumpPglite(pglite: PGlite): Promise<Buffer> {
  await pglite.exec('checkpoint');
  return pglite._runExclusiveTransaction(async () => {
    const blob = await pglite.dumpDataDir('gzip');
    return Buffer.from(await blob.arrayBuffer());
  });
}

/**
 * The running server's side: answers "backup" on the socket with "ok <bytes>\n" and the dump, or
 * "error <message>\n". The caller holds the data-directory lock, so a socket file left behind
 * by a killed server is stale and removed.
 */
export async function serveBackups(pglite: PGlite, dataDir: string, log: (msg: string) => void): Promise<() => Promise<void>> {
  const file = socketPath(dataDir);
  if (file.length > MAX_SOCKET_PATH) {
    log(`backups of the running server are off: ${file} is too long for a socket (stop NTAG to back up)`);
    return async () => {};
  }
  fs.rmSync(file, { force: true });
  const server = net.createServer((conn) => {
    conn.once('data', (data) => {
      if (String(data).trim() !== 'backup') return void conn.end('error unknown command\n');
      dumpPglite(pglite).then(
        (dump) => {
          conn.write(`ok ${dump.length}\n`);
          conn.end(dump);
        },
        (err: unknown) => conn.end(`error ${err instanceof Error ? err.message : String(err)}\n`),
      );
    });
    conn.on('error', () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(file, { force: true });
    });
}

/** The command's side: the running server's dump, or null when no server answers on the socket. */
export async function backupFromServer(dataDir: string): Promise<Buffer | null> {
  const file = socketPath(dataDir);
  if (!fs.existsSync(file)) return null;
  return new Promise((resolve, reject) => {
    const conn = net.createConnection(file);
    const chunks: Buffer[] = [];
    conn.on('connect', () => conn.write('backup\n'));
    conn.on('data', (d) => chunks.push(d));
    conn.on('error', (err: NodeJS.ErrnoException) => {
      // A socket file without a server behind it: left by a killed process.
      if (err.code === 'ECONNREFUSED' || err.code === 'ENOENT') resolve(null);
      else reject(err);
    });
    conn.on('end', () => {
      const all = Buffer.concat(chunks);
      const nl = all.indexOf(10);
      const head = all.subarray(0, nl).toString();
      if (head.startsWith('error ')) return reject(new Error(`the server could not take the backup: ${head.slice(6)}`));
      const m = /^ok (\d+)$/.exec(head);
      const body = all.subarray(nl + 1);
      if (!m || body.length !== Number(m[1])) return reject(new Error('the backup from the server was cut short'));
      resolve(body);
    });
  });
}

/** With no server running: open the directory under the lock, dump, close. */
export async function backupOffline(dataDir: string): Promise<Buffer> {
  const release = acquireDataDirLock(dataDir, { waitMs: 0 });
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    if (!fs.existsSync(pgdata)) throw new Error(`there is no database in ${dataDir}`);
    const pglite = await PGlite.create({ dataDir: pgdata });
    try {
      return await dumpPglite(pglite);
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces DATA_DIR/pgdata with a dump. Refused while NTAG runs (the lock); the directory it
 * replaces is kept beside it as pgdata.before-restore-<time>, so a wrong restore can be undone.
 */
export async function restorePglite(dataDir: string, dump: Buffer, now = new Date()): Promise<{ kept: string | null; users: number }> {
  const release = acquireDataDirLock(dataDir, { waitMs: 0 });
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    const incoming = path.join(dataDir, 'pgdata.restoring');
    fs.rmSync(incoming, { recursive: true, force: true });
    // Load into a new directory first: a dump that does not open leaves the current data alone.
    const pglite = await PGlite.create({ dataDir: incoming, loadDataDir: new Blob([dump]) });
    let users: number;
    try {
      users = Number((await pglite.query<{ n: number }>('select count(*)::int as n from app_user')).rows[0]!.n);
      await pglite.exec('checkpoint');
    } finally {
      await pglite.close();
    }
    let kept: string | null = null;
    if (fs.existsSync(pgdata)) {
      kept = path.join(dataDir, `pgdata.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
      fs.renameSync(pgdata, kept);
    }
    fs.renameSync(incoming, pgdata);
    return { kept, users };
  } finally {
    release();
  }
}
