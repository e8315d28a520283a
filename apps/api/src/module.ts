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
  config: Config;
  notifier: NotifierService;
}
