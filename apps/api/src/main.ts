import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { serveBackups } from './db/backup';
import { openConfiguredDatabase } from './db/open';
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
  const database = await openConfiguredDatabase(config, log);
  if (config.demoData !== 'off') await seedDemoData(database.db, log);
  await deleteExpiredSessions(database.db);
  const app = await buildApp({ config, database, sessionSecret: resolveSessionSecret(config) });
  // The living demo goes in through the API, before the server answers anyone (docs/adr/0023).
  if (config.demoData === 'full') {
    // A demo that cannot be built (say a record the API now refuses) must not stop the server.
    await buildLivingDemo(app, database.db, config.demoData, log, new Date(), { embedded: database.kind === 'pglite' }).catch((err: unknown) =>
      log(`living demo not built: ${err instanceof Error ? err.message : String(err)}`),
    );
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
  log(`NTAG on http://localhost:${config.port} (database: ${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''}) ready in ${Date.now() - started} ms`);
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
