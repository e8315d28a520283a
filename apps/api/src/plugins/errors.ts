import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, FieldIssue } from '@ntag/shared';
import { DB_RETRY_AFTER_SECONDS, conflictOf, isDatabaseUnavailable, isLostRace, loggableError, sqlStateOf } from '../lib/db-errors';
import { AppError } from '../lib/errors';
import { findControlCharacter } from '../lib/input';

/**
 * Errors of the multipart parser (busboy) for a body it cannot read: no boundary, a boundary it
 * cannot use, a body that ends early. They carry no code, only these messages.
 */
const MALFORMED_MULTIPART = /^(Multipart: |Boundary required|The needle cannot|Unexpected end of multipart data|.* terminated early due to unexpected end of multipart data|Malformed)/;

/** SQLSTATEs of input the database refused: data exceptions (class 22), null, foreign key, check. */
const BAD_INPUT_STATES = /^(22...|23502|23503|23514)$/;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The field a refused value came from, where PostgreSQL names its column (never the value). */
function fieldOfDatabaseError(err: unknown): string {
  for (let e = err as Record<string, unknown> | undefined; e && typeof e === 'object'; e = e.cause as Record<string, unknown> | undefined) {
    if (typeof e.column === 'string') return camel(e.column);
    const key = typeof e.detail === 'string' ? /^Key \(([a-z_]+)\)=/.exec(e.detail) : null;
    if (key) return camel(key[1]!);
  }
  return 'body';
}

/**
 * One error shape for the whole API: `{ code, message, details?, requestId }`. Validation
 * errors name each field; anything unexpected is logged with its SQLSTATE, route and request id
 * (never the SQL's parameters or the body) and answered as `internal` without SQL or stack traces.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const requestId = String(req.id);
    // Plain JSON, never the route's response schema: an error can have the status of an answer
    // the route declares (health's 503) without its shape.
    const send = (status: number, body: Omit<ErrorBody, 'requestId'>) =>
      reply.status(status).type('application/json; charset=utf-8').serializer(JSON.stringify).send({ ...body, requestId } satisfies ErrorBody);

    if (err instanceof AppError) {
      const retryAfter = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if ((err.status === 429 || err.status === 503) && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return send(err.status, { code: err.code, message: err.message, details: err.details });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const location = err.validationContext ?? 'body';
      const issues: FieldIssue[] = err.validation.flatMap((v) => {
        const at = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        // A strict body (the field records) names each field it does not know, e.g. a retired
        // alias such as `recordedOn`, instead of dropping it silently.
        if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params?.keys)) {
          return (v.params.keys as string[]).map((k) => ({ path: at ? `${at}.${k}` : k, message: 'not a field of this resource (see /api/openapi.json)' }));
        }
        return [{ path: at || location, message: v.message ?? 'invalid' }];
      });
      const fields = [...new Set(issues.map((i) => i.path))].join(', ');
      return send(400, {
        code: 'validation.failed',
        message: `Invalid ${location}: ${fields}`,
        details: { location, issues },
      });
    }
    if (err.statusCode === 413) return send(413, { code: 'http.payload_too_large', message: 'The request body is too large' });
    const malformedUpload = req.isMultipart() && !err.statusCode && MALFORMED_MULTIPART.test(err.message ?? '');
    if (malformedUpload || err.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || err.code === 'FST_MP_PREMATURE_CLOSE' || err.code === 'FST_PROTO_VIOLATION') {
      return send(400, {
        code: 'validation.failed',
        message: 'Invalid body: a multipart/form-data body that cannot be read',
        details: { location: 'body', issues: [{ path: 'file', message: `not a readable multipart/form-data body (${err.message})` }] },
      });
    }
    if (err.code?.startsWith('FST_ERR_CTP_') || err.code === 'FST_ERR_VALIDATION') {
      // Unparseable JSON, an empty body with a JSON content type, an unsupported media type.
      return send(400, {
        code: 'validation.failed',
        message: `Invalid body: ${err.message}`,
        details: { location: 'body', issues: [{ path: 'body', message: err.message }] },
      });
    }
    if (err.statusCode === 429) return send(429, { code: 'auth.rate_limited', message: 'Too many requests' });
    const logged = { err: loggableError(err), route: req.routeOptions.url, requestId };
    if (isDatabaseUnavailable(err)) {
      req.log.warn(logged, 'database unavailable');
      reply.header('retry-after', String(DB_RETRY_AFTER_SECONDS));
      return send(503, { code: 'db.unavailable', message: 'The database is unavailable for a moment; try again shortly', details: { retryAfterSeconds: DB_RETRY_AFTER_SECONDS } });
    }
    if (isLostRace(err)) {
      // A race that running the use case again did not settle (or an upload, which cannot be re-read).
      req.log.warn(logged, 'unique conflict');
      const { code, path } = conflictOf(err);
      return send(409, { code, message: 'Someone saved the same thing at the same moment; reload and try again', details: { issues: [{ path, message: 'saved by another request at the same moment' }] } });
    }
    const state = sqlStateOf(err);
    if (state && BAD_INPUT_STATES.test(state)) {
      // A value the validation let through but the column cannot hold: still the client's input.
      req.log.warn(logged, 'input refused by the database');
      const path = fieldOfDatabaseError(err);
      return send(400, { code: 'validation.failed', message: `Invalid fields: ${path}`, details: { issues: [{ path, message: 'a value that cannot be stored' }] } });
    }
    req.log.error(logged, 'unhandled error');
    return send(500, { code: 'internal', message: 'Internal error; quote the requestId' });
  });
}

/**
 * Text with a C0 control character (NUL and the like; tab, line feed and carriage return are
 * fine) cannot be stored — PostgreSQL refuses NUL in text and jsonb — and has no business in a
 * form. One hook refuses it in every route's body, query and path parameters before validation,
 * so no route can forget it (including the anonymous sign-in).
 */
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    for (const [location, value] of [['body', req.body], ['querystring', req.query], ['params', req.params]] as const) {
      const found = findControlCharacter(value);
      if (found) {
        const path = found.path || location;
        throw new AppError('validation.failed', 400, { location, issues: [{ path, message: `contains the control character ${found.character}` }] }, `Invalid ${location}: ${path}`);
      }
    }
  });
}

/** Enough for a handful of identical writes at once (each round settles at least one of them). */
const ATTEMPTS = 5;

/**
 * A write that lost a race to an identical one (the same client id twice at once, the same
 * national id, a tambon's group, a first save) fails on a unique key the other has just
 * committed. Routes are thin — a schema and one use case — so running the handler again runs the
 * use case again, which now sees the winner's row and answers as it would have one after the
 * other: an idempotent replay, a 409 with the current record, or the domain's own 409. Uploads
 * are not run again (their body is a stream read once); they fall through to the 409 above.
 */
export function retryLostRaces(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = async function retried(this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await (handler as (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) => unknown).call(this, req, reply);
        } catch (err) {
          if (attempt >= ATTEMPTS || !isLostRace(err) || reply.sent || req.isMultipart()) throw err;
          req.log.info({ sqlState: sqlStateOf(err), attempt }, 'lost a race; running the use case again');
          // A random pause, so that the losers of one round do not collide again in the next.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    };
  });
}
