import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { newId } from './lib/ids';
import { auditRoutes } from './modules/audit/audit.routes';
import { areaRoutes } from './modules/area/area.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { enterpriseRoutes } from './modules/enterprise/enterprise.routes';
import { farmerRoutes } from './modules/farmers/farmers.routes';
import { formRoutes } from './modules/forms/forms.routes';
import { geoRoutes } from './modules/geo/geo.routes';
import { groupRoutes } from './modules/groups/groups.routes';
import { selectionRoutes } from './modules/selection/selection.routes';
import { selectionResultRoutes } from './modules/selection/results.routes';
import { visitRoutes } from './modules/visits/visits.routes';
import { trainingRoutes } from './modules/training/training.routes';
import { partnerRoutes } from './modules/partners/partners.routes';
import { reminderRoutes } from './modules/reminders/reminders.routes';
import { healthRoutes } from './modules/health/health.routes';
import { planRoutes } from './modules/plans/plans.routes';
import { productionRoutes } from './modules/production/production.routes';
import { learningRoutes } from './modules/learning/learning.routes';
import { marketRoutes } from './modules/markets/markets.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { openRoutes } from './modules/open/open.routes';
import { listingRoutes } from './modules/listings/listings.routes';
import { enquiryRoutes } from './modules/enquiries/enquiries.routes';
import { publicMarketRoutes } from './modules/market/market.routes';
import { programRoutes } from './modules/program/program.routes';
import { reportRoutes } from './modules/reports/reports.routes';
import { progressRoutes } from './modules/progress/progress.routes';
import { salesRoutes } from './modules/sales/sales.routes';
import { syncRoutes } from './modules/sync/sync.routes';
import { userRoutes } from './modules/users/users.routes';
import { createNotifier } from './modules/notifications/notifications.service';
import type { App, ModuleDeps, NotifierService } from './module';
import { registerAuth } from './plugins/auth';
import { refuseControlCharacters, registerErrorHandling, retryLostRaces } from './plugins/errors';
import { loggableError } from './lib/db-errors';
import { registerOpenApi } from './plugins/openapi';
import { registerSecurityHeaders } from './plugins/security';
import { registerWebApp } from './plugins/web';

declare module 'fastify' {
  interface FastifyInstance {
    /** The notification sender the routes use; main.ts hands it to the job queue too. */
    notifier: NotifierService;
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  /** The secret that turns session cookies into session ids. */
  sessionSecret: string;
  logger?: boolean | object;
}

/**
 * What the log keeps of a request and of an error: the method and the path without its query
 * string (a search by name or national id is personal data), and an error's SQLSTATE, never a
 * database error's message (drizzle puts the SQL's parameters in it). Bodies are never logged.
 */
export const LOG_SERIALIZERS = {
  req: (req: { method: string; url: string; routeOptions?: { url?: string }; ip?: string }) => ({ method: req.method, url: req.url.split('?')[0], route: req.routeOptions?.url, remoteAddress: req.ip }),
  err: loggableError,
};

function loggerOptions(config: Config, given: AppDeps['logger']): boolean | object {
  if (given === false) return false;
  return { level: config.logLevel, ...(typeof given === 'object' ? given : {}), serializers: LOG_SERIALIZERS };
}

/** Builds the whole application; `main.ts` listens on it, tests call `app.inject`. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: loggerOptions(config, deps.logger),
    genReqId: () => newId(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A path that is not well-formed percent-encoding (e.g. %ED%A0%80) fails before any route
    // matches; answer it in the house shape, naming the address, not with the router's own body.
    frameworkErrors: (err, req, reply) => {
      void (reply as unknown as FastifyReply).status(400).send({
        code: 'validation.failed', message: 'The address is not valid',
        details: { location: 'url', issues: [{ path: 'url', message: err.message }] }, requestId: String(req.id),
      });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  registerErrorHandling(app);
  refuseControlCharacters(app);
  retryLostRaces(app);
  await registerSecurityHeaders(app, { hsts: config.cookieSecure });
  await app.register(cookie);
  // Phones on weak signal: JSON and the web app gzipped (the country's progress table, 4.8 MB,
  // travels as a few hundred KB). gzip only: brotli at its default quality costs too much CPU
  // for answers built per request. PDFs and workbooks are already compressed and are skipped.
  await app.register(compress, { encodings: ['gzip'], threshold: 1024 });
  // Spreadsheet uploads: one file of at most 20 MB (larger answers 413).
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5 } });
  await registerOpenApi(app);

  const authDeps = { db: deps.database.db, config, secret: deps.sessionSecret };
  registerAuth(app, authDeps);

  const notifier = createNotifier({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, lineToken: config.lineToken, lineApiBase: config.lineApiBase, publicUrl: config.publicUrl });
  const moduleDeps: ModuleDeps = { db: deps.database.db, config, notifier };
  await app.register(async (api) => {
    const a = api as unknown as App;
    await healthRoutes(a, deps.database);
    await authRoutes(a, authDeps);
    await userRoutes(a, moduleDeps);
    await geoRoutes(a, moduleDeps);
    await programRoutes(a, moduleDeps);
    await areaRoutes(a, moduleDeps);
    await auditRoutes(a, moduleDeps);
    await farmerRoutes(a, moduleDeps);
    await selectionRoutes(a, moduleDeps);
    await selectionResultRoutes(a, moduleDeps);
    await groupRoutes(a, moduleDeps);
    await planRoutes(a, moduleDeps);
    await formRoutes(a, moduleDeps);
    await productionRoutes(a, moduleDeps);
    await learningRoutes(a, moduleDeps);
    await marketRoutes(a, moduleDeps);
    await salesRoutes(a, moduleDeps);
    await enterpriseRoutes(a, moduleDeps);
    await visitRoutes(a, moduleDeps);
    await trainingRoutes(a, moduleDeps);
    await partnerRoutes(a, moduleDeps);
    await progressRoutes(a, moduleDeps);
    await reportRoutes(a, moduleDeps);
    await notificationRoutes(a, moduleDeps);
    await reminderRoutes(a, moduleDeps);
    await dashboardRoutes(a, moduleDeps);
    await openRoutes(a, moduleDeps);
    await listingRoutes(a, moduleDeps);
    await enquiryRoutes(a, moduleDeps);
    await publicMarketRoutes(a, moduleDeps);
    await syncRoutes(a, moduleDeps);
  });

  await registerWebApp(app, config);
  app.decorate('notifier', notifier);
  return app;
}

