import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { serveBackups } from './db/backup';
import { openConfiguredDatabase, withStartupLock } from './db/open';
import { seedDemoData } from './db/seed/demo';
import { buildLivingDemo } from './demo/demo.build';
import { deleteExpiredSessions } from './modules/auth/auth.repo';
import { startJobs } from './jobs/boss';
import { resolveSessionSecret } from './lib/secret';

/** Boot: config → database (migrate, seed) → app → listen. */
async function main() {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = (msg: string) => console.log(`[ntag] ${msg}`);
  // Migrations, the reference data and the demo accounts under one PostgreSQL advisory lock:
  // several processes started at once on an empty database take turns (docs/adr/0025).
  const database = await openConfiguredDatabase(config, log, config.demoData !== 'off' ? (db) => seedDemoData(db, log) : undefined);
  await deleteExpiredSessions(database.db);
  const app = await buildApp({ config, database, replica: database.replica, sessionSecret: resolveSessionSecret(config) });
  // The living demo goes in through the API, before the server answers anyone (docs/adr/0023);
  // on PostgreSQL under the same startup lock, so of several processes started at once one builds
  // it and the others find its marker.
  if (config.demoData === 'full') {
    const build = () =>
      buildLivingDemo(app, database.db, config.demoData, log, new Date(), { embedded: database.kind === 'pglite' }).catch((err: unknown) =>
        // A demo that cannot be built (say a record the API now refuses) must not stop the server.
        log(`living demo not built: ${err instanceof Error ? err.message : String(err)}`),
      );
    await (config.databaseUrl ? withStartupLock(config.databaseUrl, log, build) : build());
  }
  let boss: Awaited<ReturnType<typeof startJobs>> | null = null;
  // `npm run backup` asks the running server for a consistent copy of the embedded database.
  const stopBackups = database.pglite ? await serveBackups(database.pglite, config.dataDir, log) : async () => {};

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: shutting down`);
    await boss?.stop({ graceful: true, wait: true }).catch(() => {});
    await app.close().catch(() => {});
    await stopBackups().catch(() => {});
    await database.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  log(`NTAG on http://localhost:${config.port} (database: ${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''}${database.replica ? ', reads from a replica' : ''}; pid ${process.pid}) ready in ${Date.now() - started} ms`);
  // The job queue starts after the server answers: its first start creates its own tables, and
  // the daily reminders do not need to hold up sign-in.
  if (config.reminders) {
    startJobs(database, { db: database.db, config, notifier: app.notifier }, log)
      .then((b) => {
        if (closing) void b.stop({ graceful: false }).catch(() => {});
        else boss = b;
      })
      .catch((err: unknown) => log(`job queue did not start: ${err instanceof Error ? err.message : String(err)}`));
  }
}

main().catch((err) => {
  console.error('[ntag] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
