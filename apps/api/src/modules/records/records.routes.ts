import { z } from 'zod';
import type { App, ModuleDeps } from '../../app';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { Ok } from '../auth/auth.schemas';
import { DeleteQuery, RecordListQuery, listOf } from './records.schemas';
import type { recordService } from './records.kit';

/**
 * The five routes of a group record type: list, create (201, or 200 for a repeated id), read,
 * update (PATCH with version), delete (soft, with ?version=).
 */
export function recordRoutes<In extends object, Out>(
  app: App,
  deps: ModuleDeps,
  opts: {
    path: string;
    tag: string;
    what: string;
    service: ReturnType<typeof recordService<In, Out>>;
    create: z.ZodType;
    update: z.ZodType;
    out: z.ZodType;
  },
): void {
  const { path, service, what } = opts;
  const tags = [opts.tag];
  app.get(path, { schema: { tags, summary: `${what} in my scope (filter by group, unit, cohort, dates; paged)`, querystring: RecordListQuery, response: { 200: listOf(opts.out) } } },
    async (req) => service.list(deps, ctxOf(req), req.query));

  app.post(path, { schema: { tags, summary: `Record ${what} (idempotent on the client id)`, body: opts.create, response: { 200: opts.out, 201: opts.out } } },
    async (req, reply) => {
      const { created, record } = await service.create(deps, ctxOf(req), req.body as In & { id: string; groupId: string });
      return reply.status(created ? 201 : 200).send(record);
    });

  app.get(`${path}/:id`, { schema: { tags, summary: `One ${what} record`, params: IdParams, response: { 200: opts.out } } },
    async (req) => service.get(deps, ctxOf(req), req.params.id));

  app.patch(`${path}/:id`, { schema: { tags, summary: `Change ${what} (with the version read)`, params: IdParams, body: opts.update, response: { 200: opts.out } } },
    async (req) => service.update(deps, ctxOf(req), req.params.id, req.body as Partial<In> & { version: number }));

  app.delete(`${path}/:id`, { schema: { tags, summary: `Delete ${what} (soft, audited)`, params: IdParams, querystring: DeleteQuery, response: { 200: Ok } } },
    async (req) => service.remove(deps, ctxOf(req), req.params.id, req.query.version));
}
