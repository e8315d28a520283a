/**
 * npm run restore -- FILE
 * Puts a backup made by `npm run backup` back. Stop NTAG first.
 * PostgreSQL: pg_restore --clean in one transaction (all or nothing) into DATABASE_URL.
 * PGlite: replaces DATA_DIR/pgdata, keeping the replaced directory beside it
 * (pgdata.before-restore-<time>); refused while NTAG runs on the directory.
 */
import fs from 'node:fs';
import { loadConfig } from '../config';
import { restorePglite } from '../db/backup';
import { runPgTool } from './pg-tools';

async function main() {
  const config = loadConfig();
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file || !fs.existsSync(file)) {
    console.error('usage: npm run restore -- FILE   (a file written by npm run backup)');
    process.exit(2);
  }
  if (config.databaseUrl) {
    runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${config.databaseUrl}`, file]);
    console.log(`restored ${file} into the PostgreSQL database`);
  } else {
    const { kept, users } = await restorePglite(config.dataDir, fs.readFileSync(file));
    console.log(`restored ${file} into ${config.dataDir} (${users} users)${kept ? `; the data it replaced is kept in ${kept}` : ''}`);
  }
}

main().catch((err) => {
  console.error(`restore failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
