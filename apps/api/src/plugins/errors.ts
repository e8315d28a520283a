import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, FieldIssue } from '@ntag/shared';
import { AppError } from '../lib/errors';

/**
 * One error shape for the whole API: `{ code, message, details?, requestId }`. Validation
 * errors name each field; anything unexpected is logged with the request id and answered as
 * `internal` without SQL or stack traces.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const requestId = String(req.id);
    const send = (status: number, body: Omit<ErrorBody, 'requestId'>) =>
      reply.status(status).send({ ...body, requestId } satisfies ErrorBody);

    if (err instanceof AppError) {
      if (err.status === 429 && err.details && typeof err.details === 'object' && 'retryAfterSeconds' in err.details) {
        reply.header('retry-after', String((err.details as { retryAfterSeconds: number }).retryAfterSeconds));
      }
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
    if (err.code?.startsWith('FST_ERR_CTP_') || err.code === 'FST_ERR_VALIDATION') {
      // Unparseable JSON, an empty body with a JSON content type, an unsupported media type.
      return send(400, {
        code: 'validation.failed',
        message: `Invalid body: ${err.message}`,
        details: { location: 'body', issues: [{ path: 'body', message: err.message }] },
      });
    }
    if (err.statusCode === 429) return send(429, { code: 'auth.rate_limited', message: 'Too many requests' });
    req.log.error({ err, requestId }, 'unhandled error');
    return send(500, { code: 'internal', message: 'Internal error; quote the requestId' });
  });
}
