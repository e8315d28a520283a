import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '@ntag/shared';
import type { App, ModuleDeps } from '../../module';
import { AppError } from '../../lib/errors';
import * as buyer from '../enquiries/enquiries.buyer';
import { AbuseReportBody, BuyerReplyBody, PublicEnquiryBody, TokenParams } from '../enquiries/enquiries.schemas';
import { siteUrl, visitorOf } from '../enquiries/enquiries.routes';
import { translator, type MarketKey } from './market.i18n';
import { unitName, withLang } from './market.layout';
import { errorPage, followPage, reportPage } from './market.follow';
import { directoryPage, groupPage, groupsPage } from './market.pages';
import { productPage, type FormState } from './market.product';
import { DirectoryQuery, PublicIdParams } from './market.schemas';
import * as service from './market.service';

/**
 * The server-rendered pages under /market: plain HTML forms that post back here (urlencoded,
 * parsed only inside this plugin), so that a phone without JavaScript can search, ask to buy
 * and follow the answer. Errors are pages, not JSON.
 */
type Query = Record<string, string | undefined>;
const langOf = (q: Query): Lang => (q.lang === 'en' ? 'en' : 'th');
const FIELD_ERRORS: Record<string, MarketKey> = { quantity: 'err.quantity', wantedOn: 'err.wantedOn', buyerName: 'err.buyerName', buyerContact: 'err.buyerContact', message: 'err.message' };

/** The filters of a shared link, forgiving: a value that does not parse is dropped, not a 400. */
function directoryQuery(q: Query) {
  const keys = ['q', 'province', 'district', 'category', 'month', 'cert', 'page'] as const;
  const kept: Record<string, string> = {};
  for (const k of keys) if (q[k] && DirectoryQuery.shape[k].safeParse(q[k]).success) kept[k] = q[k]!;
  return DirectoryQuery.parse(kept);
}

export async function marketPages(app: App, deps: ModuleDeps): Promise<void> {
  await app.register(async (plugin: FastifyInstance) => {
    const web = plugin as unknown as App;
    web.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 32 * 1024 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    // Server time of every page, for the benchmark and for anyone looking at a slow phone.
    web.addHook('onRequest', async (req) => {
      (req as FastifyRequest & { startedAt?: bigint }).startedAt = process.hrtime.bigint();
    });
    web.addHook('onSend', async (req, reply) => {
      const started = (req as FastifyRequest & { startedAt?: bigint }).startedAt;
      if (started) reply.header('server-timing', `app;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`);
    });

    const ctx = (req: FastifyRequest) => ({ lang: langOf(req.query as Query), site: siteUrl(deps, req) });
    const send = (reply: FastifyReply, body: string, status = 200, cache = 'no-cache') =>
      reply.status(status).type('text/html; charset=utf-8').header('cache-control', cache).send(body);

    /** A page handler whose "not found" and "too many" are pages too. */
    const guarded = (handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) => async (req: FastifyRequest, reply: FastifyReply) => {
      try {
        return await handler(req, reply);
      } catch (err) {
        if (err instanceof AppError && err.status === 404) return send(reply, errorPage(ctx(req), 404), 404);
        // What the app refuses before any handler (a control character in a form): a page, not JSON.
        if (err instanceof AppError && err.status === 400) return send(reply, errorPage(ctx(req), 400), 400);
        if (err instanceof AppError && err.status === 429) {
          const wait = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
          return send(reply.header('retry-after', String(wait)), errorPage(ctx(req), 429, wait), 429);
        }
        req.log.error({ err }, 'market page failed');
        return send(reply, errorPage(ctx(req), 500), 500);
      }
    };
    const idOf = (req: FastifyRequest) => {
      const parsed = PublicIdParams.safeParse(req.params);
      if (!parsed.success) throw new AppError('listing.not_found', 404);
      return parsed.data.id;
    };

    web.get('/market', { schema: { hide: true } }, guarded(async (req, reply) => {
      const c = ctx(req);
      const q = directoryQuery(req.query as Query);
      const [result, provinces, districts] = await Promise.all([
        service.directory(deps, q), service.filterPlaces(deps), q.province ? service.filterPlaces(deps, q.province) : Promise.resolve([]),
      ]);
      return send(reply, directoryPage(c, q, result, { provinces, districts }));
    }));

    web.get('/market/groups', { schema: { hide: true } }, guarded(async (req, reply) => {
      const c = ctx(req);
      const q = directoryQuery(req.query as Query);
      const [result, provinces] = await Promise.all([service.groups(deps, { province: q.province, district: q.district, page: q.page, pageSize: 30 }), service.filterPlaces(deps)]);
      return send(reply, groupsPage(c, q, result, provinces));
    }));

    web.get('/market/groups/:id', { schema: { hide: true } }, guarded(async (req, reply) => send(reply, groupPage(ctx(req), await service.group(deps, idOf(req))))));

    web.get('/market/products/:id', { schema: { hide: true } }, guarded(async (req, reply) => {
      const { body } = productPage(ctx(req), await service.product(deps, idOf(req)), { values: {}, errors: {} });
      return send(reply, body);
    }));

    web.post('/market/products/:id/enquiry', { schema: { hide: true } }, guarded(async (req, reply) => {
      const c = ctx(req);
      const t = translator(c.lang);
      const id = idOf(req);
      const values = (req.body ?? {}) as Record<string, string>;
      const form: FormState = { values, errors: {} };
      const parsed = PublicEnquiryBody.safeParse({
        listingId: id, quantity: values.quantity ?? '', wantedOn: values.wantedOn || null, buyerName: values.buyerName ?? '', buyerContact: values.buyerContact ?? '',
        message: values.message || null, buyerType: values.buyerType || undefined, deliveryPlace: values.deliveryPlace || null, website: values.website || undefined,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) form.errors[String(issue.path[0])] ??= t(FIELD_ERRORS[String(issue.path[0])] ?? 'err.field');
      } else {
        try {
          const { followUrl } = await buyer.submitEnquiry(deps, visitorOf(deps, req), parsed.data);
          return reply.status(303).header('location', withLang(`${new URL(followUrl).pathname}?sent=1`, c.lang)).send();
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== 'validation.failed') throw err;
          const product = await service.product(deps, id);
          for (const i of (err.details as { issues: { path: string }[] }).issues) {
            form.errors[i.path] = i.path === 'quantity' && product.minOrder ? t('err.minOrder', { n: product.minOrder, unit: unitName(product.unit, c.lang) }) : t(FIELD_ERRORS[i.path] ?? 'err.field');
          }
        }
      }
      return send(reply, productPage(c, await service.product(deps, id), form).body, 400);
    }));

    const tokenOf = (req: FastifyRequest) => {
      const parsed = TokenParams.safeParse(req.params);
      if (!parsed.success) throw new AppError('enquiry.not_found', 404);
      return parsed.data.token;
    };
    /** The follow link is a secret: never cached, never indexed, never sent on as a referrer. */
    const privately = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex, nofollow');

    web.get('/market/follow/:token', { schema: { hide: true } }, guarded(async (req, reply) => {
      const token = tokenOf(req);
      const thread = await buyer.followEnquiry(deps, token);
      const html = followPage(ctx(req), withLang(`/market/follow/${token}`, langOf(req.query as Query)), thread, { sent: (req.query as Query).sent === '1', form: { values: {}, errors: {} } });
      return send(privately(reply), html, 200, 'no-store');
    }));

    web.post('/market/follow/:token', { schema: { hide: true } }, guarded(async (req, reply) => {
      const c = ctx(req);
      const token = tokenOf(req);
      const path = withLang(`/market/follow/${token}`, c.lang);
      const values = (req.body ?? {}) as Record<string, string>;
      const action = values.action === 'accept_counter' || values.action === 'cancel' ? values.action : undefined;
      const parsed = BuyerReplyBody.safeParse({ message: values.message || null, action });
      let error: string | null = parsed.success ? null : translator(c.lang)('err.message');
      if (parsed.success) {
        try {
          await buyer.buyerReply(deps, visitorOf(deps, req), token, parsed.data);
          return reply.status(303).header('location', path).send();
        } catch (err) {
          if (!(err instanceof AppError) || (err.code !== 'validation.failed' && err.code !== 'enquiry.bad_state')) throw err;
          if (err.code === 'validation.failed') error = translator(c.lang)('err.message');
        }
      }
      const thread = await buyer.followEnquiry(deps, token);
      return send(privately(reply), followPage(c, path, thread, { sent: false, form: { values, errors: error ? { message: error } : {} } }), error ? 400 : 409, 'no-store');
    }));

    const reportTarget = async (req: FastifyRequest) => {
      const p = await service.product(deps, idOf(req));
      return { id: p.id, productName: p.productNameTh, url: p.url };
    };
    web.get('/market/products/:id/report', { schema: { hide: true } }, guarded(async (req, reply) =>
      send(reply.header('x-robots-tag', 'noindex'), reportPage(ctx(req), await reportTarget(req), false, { values: {}, errors: {} }))));

    web.post('/market/products/:id/report', { schema: { hide: true } }, guarded(async (req, reply) => {
      const target = await reportTarget(req);
      const values = (req.body ?? {}) as Record<string, string>;
      const parsed = AbuseReportBody.safeParse({ listingId: target.id, reason: values.reason, message: values.message || null, website: values.website || undefined });
      if (!parsed.success) return send(reply, reportPage(ctx(req), target, false, { values, errors: { reason: 'invalid' } }), 400);
      await buyer.reportListing(deps, visitorOf(deps, req), parsed.data);
      return send(reply, reportPage(ctx(req), target, true, { values: {}, errors: {} }));
    }));

    web.get('/market/photos/:photoId/:file', { schema: { hide: true } }, guarded(async (req, reply) => {
      const { photoId, file } = req.params as { photoId: string; file: string };
      const size = ({ 'card.jpg': 'card', 'thumb.jpg': 'thumb', 'full.jpg': 'full' } as const)[file];
      if (!size || !PublicIdParams.safeParse({ id: photoId }).success) throw new AppError('record.not_found', 404);
      // Short-lived: a photo of a product unpublished now stops being served within minutes everywhere.
      return reply.type('image/jpeg').header('cache-control', 'public, max-age=300').send(await service.photo(deps, photoId, size));
    }));
  });
}
