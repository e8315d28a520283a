import path from 'node:path';
import type { Config } from '../config';
import { openDatabase, type Database } from './client';
import { acquireDataDirLock } from './lock';
import { runMigrations } from './migrate';
import { seedReferenceData } from './seed/reference';

export interface OpenedDatabase extends Database {
  /** Closes the database and releases the data-directory lock. */
  shutdown(): Promise<void>;
}

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite under
 * DATA_DIR with a lock), applies pending migrations and seeds missing reference data.
 */
export async function openConfiguredDatabase(config: Config, log: (msg: string) => void): Promise<OpenedDatabase> {
  let release = () => {};
  let database: Database;
  if (config.databaseUrl) {
    database = await openDatabase({ kind: 'postgres', url: config.databaseUrl });
  } else {
    release = acquireDataDirLock(config.dataDir);
    try {
      database = await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pgdata') });
    } catch (err) {
      release();
      throw err;
    }
  }
  try {
    await runMigrations(database);
    await seedReferenceData(database.db, log);
  } catch (err) {
    await database.close().catch(() => {});
    release();
    throw err;
  }
  return {
    ...database,
    async shutdown() {
      await database.close().catch(() => {});
      release();
    },
  };
}
