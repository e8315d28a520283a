import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../module';
import type { Database } from '../../db/client';
import { AppError } from '../../lib/errors';

const HealthResponse = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

export async function healthRoutes(app: App, database: Database): Promise<void> {
  app.get('/api/health', { schema: { tags: ['health'], summary: 'Liveness and database check', response: { 200: HealthResponse } } }, async () => {
    try {
      await database.db.execute(sql`select 1`);
    } catch {
      throw new AppError('internal', 503, undefined, 'The database does not answer');
    }
    return { status: 'ok' as const, database: database.kind };
  });
}
