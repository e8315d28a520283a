import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { siteUrl } from '../enquiries/enquiries.routes';
import { DirectoryOut, DirectoryQuery, OpenListingRow, PublicGroupOut, PublicIdParams, PublicListingOut } from './market.schemas';
import * as service from './market.service';
import { marketPages } from './market.web';

/**
 * The public directory (issue #14): JSON under /api/public (no sign-in), open data under
 * /api/open, the server-rendered pages under /market, the sitemap and robots.txt. Answers are
 * never cached by shared caches for long: unpublishing must hide a product at once.
 */
export async function publicMarketRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['market (public)'];
  const publicJson = (reply: { header: (k: string, v: string) => unknown }) => {
    reply.header('cache-control', 'no-cache');
    reply.header('access-control-allow-origin', '*');
  };

  app.get('/api/public/listings', { schema: { tags, summary: 'The directory: published products, searchable in Thai (q), by province, district, category, month, certification', querystring: DirectoryQuery, response: { 200: DirectoryOut } } },
    async (req, reply) => {
      publicJson(reply);
      return service.directory(deps, req.query);
    });

  app.get('/api/public/listings/:id', { schema: { tags, summary: 'One published product with its photos and its group', params: PublicIdParams, response: { 200: PublicListingOut } } },
    async (req, reply) => {
      publicJson(reply);
      const { others: _o, updatedAt: _u, ...p } = await service.product(deps, req.params.id);
      return { ...p, seller: { ...p.seller, placeNames: undefined } };
    });

  app.get('/api/public/groups/:id', { schema: { tags, summary: 'A group that offers products, with its published products', params: PublicIdParams, response: { 200: PublicGroupOut.extend({ products: DirectoryOut.shape.items }) } } },
    async (req, reply) => {
      publicJson(reply);
      const { placeNames: _p, ...g } = await service.group(deps, req.params.id);
      return g;
    });

  app.get('/api/open/listings.json', {
    schema: { tags: ['open data'], summary: 'Open data: the published directory (products, groups, places, prices, months; no contact details)', response: { 200: z.object({ generatedAt: z.string(), rows: z.array(OpenListingRow) }) } },
    // 20,000 rows built by the service from typed rows: re-validating each on the way out costs more than building them.
    serializerCompiler: () => (data) => JSON.stringify(data),
  },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      return { generatedAt: new Date().toISOString(), rows: await service.openListings(deps) };
    });
  app.get('/api/open/listings.csv', { schema: { tags: ['open data'], summary: 'The same as CSV (UTF-8 with BOM, for Excel)' } }, async (_req, reply) =>
    reply.type('text/csv; charset=utf-8').header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*')
      .header('content-disposition', 'attachment; filename="ntag-market.csv"').send(service.openListingsCsv(await service.openListings(deps))));

  app.get('/market/sitemap.xml', { schema: { hide: true } }, async (req, reply) => {
    const site = escapeXml(siteUrl(deps, req));
    const entries = await service.sitemap(deps);
    const url = (loc: string, lastmod?: string) => `<url><loc>${site}${loc}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}</url>`;
    const body = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      url('/market'), url('/market/groups'),
      ...entries.map((e) => url(e.kind === 'product' ? service.productPath(e.id) : service.groupPath(e.id), e.updatedAt)), '</urlset>'].join('\n');
    return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(body);
  });

  app.get('/robots.txt', { schema: { hide: true } }, async (req, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send([
      'User-agent: *', 'Allow: /market', 'Disallow: /market/follow/', 'Disallow: /api/', 'Disallow: /', '', `Sitemap: ${siteUrl(deps, req)}/market/sitemap.xml`, '',
    ].join('\n')));

  await marketPages(app, deps);
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
