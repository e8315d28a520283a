import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database, Executor } from './db/client';
import type { NewNotification, NotificationRow } from './modules/notifications/notifications.repo';

/**
 * What every module needs from the application, in a file that imports no module's routes or
 * services: `app.ts` imports every module, so modules that took these types from there made the
 * whole API one import cycle. Only types live here (and `npm run lint:cycles`, madge, keeps the graph acyclic).
 */

/** The Fastify instance the routes register on, with zod as the type provider. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** Sends notifications: in-app rows, then e-mail and LINE where configured (notifications.service). */
export interface NotifierService {
  /** Insert and deliver, outside any transaction (a delivery must not hold one open). */
  notify(db: Executor, userIds: string[], n: NewNotification): Promise<NotificationRow[]>;
}

export interface ModuleDeps {
  db: Database['db'];
  /**
   * For read paths that may be served by the read replica (docs/adr/0025): the primary itself
   * without DATABASE_READ_URL; else a handle that reads the replica during a GET from a browser
   * that wrote nothing in the last READ_YOUR_WRITES_SECONDS, and runs transactions and writes on
   * the primary. The dashboard, progress, open-data and forms routes get it as their `db`.
   */
  readDb: Database['db'];
  config: Config;
  notifier: NotifierService;
}
