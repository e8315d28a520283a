import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isFieldAppPath } from '@ntag/shared';
import type { Config } from '../config';
import { AppError } from '../lib/errors';

/** apps/web/dist, found from the source tree or from the bundle in apps/api/dist. */
function defaultWebDist(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../../web/dist'), path.resolve(here, '../../web/dist')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'index.html'))) ?? candidates[0]!;
}

/**
 * Serves the built web app on the API's port. Unknown /api paths answer a JSON 404; the offline
 * field app's pages (/field, /outbox, /outbox/:id) get its own entry, field.html (docs/adr/0021);
 * every other unknown path gets index.html so that the client-side router can take it.
 */
export async function registerWebApp(app: FastifyInstance, config: Config): Promise<void> {
  const root = config.webDist ?? defaultWebDist();
  const hasWeb = fs.existsSync(path.join(root, 'index.html'));
  const hasField = fs.existsSync(path.join(root, 'field.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders(res, filePath) {
        // Hashed assets never change; index.html must always be fresh.
        res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || !hasWeb || req.method !== 'GET') {
      throw new AppError('http.not_found', 404, undefined, `No route ${req.method} ${req.url.split('?')[0]}`);
    }
    const page = hasField && isFieldAppPath(req.url.split('?')[0]!) ? 'field.html' : 'index.html';
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile(page, root);
  });
}
