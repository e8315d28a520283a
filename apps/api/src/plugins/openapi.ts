import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * Shapes the routes' own schemas cannot carry (a JSON multipart field, such as the import's
 * `mapping`), published under components.schemas; modules add to it as they register.
 */
export const publishedSchemas: Record<string, Record<string, unknown>> = {};

/** OpenAPI 3 generated from the routes' zod schemas, served at /api/openapi.json. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'NTAG API', description: '1 Tambon 1 New-Theory Agriculture Group program system', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ntag_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
        schemas: publishedSchemas as never,
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
