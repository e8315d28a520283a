import { openDatabase, type Database } from '../../src/db/client';
import { runMigrations } from '../../src/db/migrate';
import { seedDemoData } from '../../src/db/seed/demo';
import { seedReferenceData } from '../../src/db/seed/reference';

/** Migrated, seeded with reference data and the demo personas: what every API test starts from. */
export async function prepare(database: Database): Promise<void> {
  await runMigrations(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db);
}

export async function withAdminClient<T>(url: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ kind: 'postgres', url, max: 1 });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** The URL of another database on the same PostgreSQL server. */
export function databaseUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}
