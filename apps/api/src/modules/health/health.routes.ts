import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../module';
import type { Database } from '../../db/client';
import { DB_RETRY_AFTER_SECONDS } from '../../lib/db-errors';

const State = z.enum(['ok', 'unavailable']);
const HealthResponse = z.object({
  /** `ok` when NTAG can serve requests; `unavailable` (503) while its database cannot be reached. */
  status: State,
  database: z.enum(['pglite', 'postgres']),
  databaseState: State,
});

/** Longer than this and the database counts as unavailable: a health check must answer, not hang. */
const CHECK_TIMEOUT_MS = 3000;

async function databaseAnswers(database: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([database.db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Liveness and the database's state, for a load balancer or a monitor: 200 when the database
 * answers, 503 with retry-after while it does not (a restart, a failover). The process itself
 * stays up and heals by itself once the database is back.
 */
export async function healthRoutes(app: App, database: Database): Promise<void> {
  app.get('/api/health', { schema: { tags: ['health'], summary: "Liveness and the database's state (503 while the database is unavailable)", response: { 200: HealthResponse, 503: HealthResponse } } }, async (_req, reply) => {
    const ok = await databaseAnswers(database);
    if (!ok) reply.status(503).header('retry-after', String(DB_RETRY_AFTER_SECONDS));
    const state = ok ? ('ok' as const) : ('unavailable' as const);
    return { status: state, database: database.kind, databaseState: state };
  });
}
