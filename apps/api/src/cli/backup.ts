/**
 * npm run backup -- [FILE]
 * PostgreSQL (DATABASE_URL set): pg_dump in its custom format (FILE defaults to backups/ntag-<time>.dump).
 * PGlite: a consistent copy of DATA_DIR's database as a .tar.gz — from the running server when
 * NTAG runs (it takes the dump between transactions), else by opening the directory under its
 * lock. Restore with `npm run restore -- FILE`; docs/OPERATIONS.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { backupFromServer, backupOffline } from '../db/backup';
import { defaultBackupFile, runPgTool } from './pg-tools';

async function main() {
  const config = loadConfig();
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const file = path.resolve(arg ?? defaultBackupFile(config.databaseUrl ? 'dump' : 'tar.gz'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  let how: string;
  if (config.databaseUrl) {
    // pg_dump reads one snapshot: the copy is consistent while NTAG keeps running.
    runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${config.databaseUrl}`]);
    how = 'pg_dump of the PostgreSQL database';
  } else {
    const fromServer = await backupFromServer(config.dataDir);
    const dump = fromServer ?? (await backupOffline(config.dataDir));
    fs.writeFileSync(partial, dump);
    how = fromServer ? `the running server's copy of ${config.dataDir}` : `${config.dataDir} (no server running)`;
  }
  // Written aside and renamed: a file under the final name is always a whole backup.
  fs.renameSync(partial, file);
  console.log(`backup written: ${file} (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${how})`);
}

main().catch((err) => {
  console.error(`backup failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
