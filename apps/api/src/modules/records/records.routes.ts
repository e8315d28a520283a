import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { Ok } from '../auth/auth.schemas';
import { DeleteQuery, RecordListQuery, RefuseQuery, listOf } from './records.schemas';

/** What the routes call: a service of records.kit (group records) or province.kit (province records). */
export interface RecordRouteService<Out> {
  list(deps: ModuleDeps, ctx: Ctx, q: never): Promise<{ items: Out[]; nextCursor: string | null }>;
  get(deps: ModuleDeps, ctx: Ctx, id: string): Promise<Out>;
  create(deps: ModuleDeps, ctx: Ctx, input: never): Promise<{ created: boolean; record: Out }>;
  update(deps: ModuleDeps, ctx: Ctx, id: string, input: never): Promise<Out>;
  remove(deps: ModuleDeps, ctx: Ctx, id: string, version: number, reason?: string): Promise<{ ok: true }>;
  /** Deleting someone else's record refuses it, with `?reason=` (records.kit `refusal`). */
  refusable?: boolean;
}

/**
 * The five routes of a record type: list, create (201, or 200 for a repeated id), read,
 * update (PATCH with version), delete (soft, with ?version=). Group records list with the
 * common query (group, unit, cohort, dates, cursor); other kinds pass their own `list`.
 */
export function recordRoutes<Out>(
  app: App,
  deps: ModuleDeps,
  opts: {
    path: string;
    tag: string;
    what: string;
    service: RecordRouteService<Out>;
    create: z.ZodType;
    update: z.ZodType;
    out: z.ZodType;
    list?: { query: z.ZodType; summary: string };
  },
): void {
  const { path, service, what } = opts;
  const tags = [opts.tag];
  const list = opts.list ?? { query: RecordListQuery, summary: `${what} in my scope (filter by group, unit, cohort, dates; paged)` };
  app.get(path, { schema: { tags, summary: list.summary, querystring: list.query, response: { 200: listOf(opts.out) } } },
    async (req) => service.list(deps, ctxOf(req), req.query as never));

  app.post(path, { schema: { tags, summary: `Record ${what} (idempotent on the client id)`, body: opts.create, response: { 200: opts.out, 201: opts.out } } },
    async (req, reply) => {
      const { created, record } = await service.create(deps, ctxOf(req), req.body as never);
      return reply.status(created ? 201 : 200).send(record);
    });

  app.get(`${path}/:id`, { schema: { tags, summary: `One ${what} record`, params: IdParams, response: { 200: opts.out } } },
    async (req) => service.get(deps, ctxOf(req), req.params.id));

  app.patch(`${path}/:id`, { schema: { tags, summary: `Change ${what} (with the version read)`, params: IdParams, body: opts.update, response: { 200: opts.out } } },
    async (req) => service.update(deps, ctxOf(req), req.params.id, req.body as never));

  // Someone else's field record deleted is refused: those routes also take `reason` (RefuseQuery).
  const refusing = !!service.refusable;
  app.delete(`${path}/:id`, {
    schema: {
      tags, params: IdParams, querystring: refusing ? RefuseQuery : DeleteQuery, response: { 200: Ok },
      summary: refusing ? `Delete ${what} (soft, audited); someone else's record is refused and its maker told the reason` : `Delete ${what} (soft, audited)`,
    },
  }, async (req) => {
    const q = req.query as { version: number; reason?: string };
    return service.remove(deps, ctxOf(req), req.params.id, q.version, q.reason);
  });
}
