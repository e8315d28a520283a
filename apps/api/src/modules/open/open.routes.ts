import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { openSummary, toCsv } from './open.service';

const Row = z.object({
  measure: z.enum(['groups', 'groups_formed', 'step_done', 'step_overdue', 'sales_value', 'exchange_count']),
  provinceCode: z.string(), provinceNameTh: z.string(), cohort: z.number().nullable(), step: z.number().nullable(),
  month: z.string().nullable(), channel: z.string().nullable(), value: z.number(),
});

/** No sign-in: aggregate figures only (docs/adr/0009). Cached a minute, so hits are cheap. */
export async function openRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['open data'];
  app.get('/api/open/summary.json', { schema: { tags, summary: 'Open data: groups, steps and sales by province, cohort, month and channel (no personal data)', response: { 200: z.object({ generatedAt: z.string(), rows: z.array(Row) }) } } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      return { generatedAt: new Date().toISOString(), rows: await openSummary(deps) };
    });
  app.get('/api/open/summary.csv', { schema: { tags, summary: 'The same as CSV (UTF-8 with BOM, for Excel)' } }, async (_req, reply) =>
    reply.type('text/csv; charset=utf-8').header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*')
      .header('content-disposition', 'attachment; filename="ntag-summary.csv"').send(toCsv(await openSummary(deps))));
}
