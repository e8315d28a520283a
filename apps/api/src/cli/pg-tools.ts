import { spawnSync } from 'node:child_process';

/**
 * The machine's pg_dump / pg_restore (PostgreSQL client tools). They must be at least the
 * server's major version; `apt-get install postgresql-client-15` (or the server's version).
 */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): void {
  const version = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error(`${tool} was not found: install the PostgreSQL client tools of the server's version (e.g. apt-get install postgresql-client-15)`);
  }
  const run = spawnSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`${tool} failed (exit ${run.status ?? run.signal})`);
}

/** backups/ntag-20261207-095500.<ext>, in local time, relative to where the command runs. */
export function defaultBackupFile(ext: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return `backups/ntag-${stamp}.${ext}`;
}
