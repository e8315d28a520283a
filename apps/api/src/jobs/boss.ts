import type PgBoss from 'pg-boss';
import { loadPgBoss } from '../lib/lazy';
import { todayIso } from '@ntag/shared';
import type { ModuleDeps } from '../module';
import { CONNECT_TIMEOUT_MS, type Database } from '../db/client';
import { loggableError } from '../lib/db-errors';
import { runReminders } from '../modules/reports/reminders';
import { runEnquiryHousekeeping } from '../modules/enquiries/enquiries.jobs';
import { runStepReminders } from '../modules/reminders/step-reminders';

export const REMINDER_QUEUE = 'report-reminders';
export const ENQUIRY_QUEUE = 'enquiry-housekeeping';

/** Who a pg-boss connection is in pg_stat_activity (the connection-kill test finds it by this). */
export const JOBS_APPLICATION_NAME = 'ntag-jobs';

/** A job-queue error as the log may keep it: no SQL parameters (see lib/db-errors). */
export function describeJobError(err: unknown): string {
  const e = loggableError(err);
  return [e.type, e.sqlState ?? e.code, e.unavailable ? 'database unavailable' : e.sqlState ? null : e.message].filter(Boolean).join(' ');
}

/**
 * pg-boss on the same database: on PostgreSQL by its own connection, on PGlite through the one
 * PGlite instance (multi-statement scripts go through exec). It keeps its tables in schema
 * `pgboss` (docs/adr/0008). The reminder run and the enquiry run are scheduled daily in Thailand time.
 *
 * A lost connection does not stop it: pg-boss runs every statement through its pool's `query`
 * (which handles the connection's error), forwards the pool's errors as its own `error` event,
 * which is handled here, and its workers and supervisor poll again on their next tick.
 */
export async function startJobs(database: Database, deps: Pick<ModuleDeps, 'db' | 'notifier' | 'config'>, log: (msg: string) => void): Promise<PgBoss> {
  // Each process's clock looks every JOBS_CRON_CHECK_SECONDS whether a schedule is due; pg-boss
  // lets one process a minute do it (a timestamp in its version row) and sends the job with a
  // 60-second singleton key, so a schedule runs once however many processes there are
  // (apps/api/test/cluster.test.ts checks it with two).
  const options: PgBoss.ConstructorOptions = { schedule: true, supervise: true, cronMonitorIntervalSeconds: deps.config.jobsCronCheckSeconds };
  if (database.kind === 'postgres') {
    options.connectionString = deps.config.databaseUrl;
    options.max = 2;
    options.application_name = JOBS_APPLICATION_NAME;
    // Passed on to its pg.Pool: a dead server fails a poll after this long instead of hanging it.
    Object.assign(options, { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  } else {
    const pglite = database.pglite!;
    options.db = {
      async executeSql(text: string, values?: unknown[]) {
        if (!values?.length) return { rows: (await pglite.exec(text)).at(-1)?.rows ?? [] };
        return { rows: (await pglite.query(text, values)).rows };
      },
    };
  }
  const boss = new (await loadPgBoss())(options);
  boss.on('error', (err) => log(`job queue error: ${describeJobError(err)}`));
  await boss.start();
  await boss.createQueue(REMINDER_QUEUE);
  await boss.schedule(REMINDER_QUEUE, deps.config.reminderCron, {}, { tz: 'Asia/Bangkok' });
  await boss.work(REMINDER_QUEUE, async () => {
    const today = todayIso();
    const result = await runReminders(deps, today);
    log(`reminders for ${result.period}: ${result.reminded} reminders, ${result.lateNotices} late notices`);
    // Beside them, the program's step deadlines (issue 13): district digests, province late lists, agency weekly counts.
    const steps = await runStepReminders(deps, today);
    log(`step reminders ${steps.today}: ${steps.districtDigests} district digests, ${steps.provinceLists} province lists, ${steps.agencyWeekly} agency weekly`);
  });
  // Purchase enquiries (issue #14): late notices to districts, expiry, the 12-month purge of buyers' contacts.
  await boss.createQueue(ENQUIRY_QUEUE);
  await boss.schedule(ENQUIRY_QUEUE, deps.config.enquiryCron, {}, { tz: 'Asia/Bangkok' });
  await boss.work(ENQUIRY_QUEUE, async () => {
    const r = await runEnquiryHousekeeping(deps);
    log(`enquiries: ${r.lateNotices} late notices, ${r.expired} expired, ${r.purged} contacts purged`);
  });
  return boss;
}
