import type { FastifyRequest } from 'fastify';
import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { Ok } from '../auth/auth.schemas';
import {
  AbuseReportBody, AnswerBody, BuyerReplyBody, DeliveredBody, EnquiryFiguresOut, EnquiryFiguresQuery, EnquiryList, EnquiryListQuery, EnquiryOut, FollowOut,
  PublicEnquiryBody, PublicEnquiryOut, ReviewBody, TokenParams,
} from './enquiries.schemas';
import * as buyer from './enquiries.buyer';
import { enquiryFigures } from './enquiries.figures';
import * as service from './enquiries.service';

/** Where the site is reached: PUBLIC_URL, else the origin the request came to. */
export const siteUrl = (deps: ModuleDeps, req: FastifyRequest) => (deps.config.publicUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
export const visitorOf = (deps: ModuleDeps, req: FastifyRequest): buyer.Visitor => ({ ip: req.ip, requestId: String(req.id), baseUrl: siteUrl(deps, req) });

/** Purchase enquiries (issue #14): the buyer's routes need no sign-in (and no CSRF token: they act for nobody's session). */
export async function enquiryRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['enquiries'];
  const open = { csrf: false };

  app.post('/api/public/enquiries', { config: open, schema: { tags, summary: 'A buyer asks to buy a published product (no sign-in); answers the private follow link', body: PublicEnquiryBody, response: { 201: PublicEnquiryOut } } },
    async (req, reply) => reply.status(201).send(await buyer.submitEnquiry(deps, visitorOf(deps, req), req.body)));

  app.get('/api/public/enquiries/:token', { schema: { tags, summary: 'The buyer follows the enquiry through the private link (the token of followUrl)', params: TokenParams, response: { 200: FollowOut } } },
    async (req, reply) => {
      reply.header('x-robots-tag', 'noindex');
      return buyer.followEnquiry(deps, req.params.token);
    });

  app.post('/api/public/enquiries/:token/reply', { config: open, schema: { tags, summary: "The buyer writes back, accepts the group's counter-offer or cancels", params: TokenParams, body: BuyerReplyBody, response: { 200: FollowOut } } },
    async (req) => buyer.buyerReply(deps, visitorOf(deps, req), req.params.token, req.body));

  app.post('/api/public/abuse-reports', { config: open, schema: { tags, summary: 'Report a listing as wrong or abusive (no sign-in; the district is told)', body: AbuseReportBody, response: { 201: Ok } } },
    async (req, reply) => reply.status(201).send(await buyer.reportListing(deps, visitorOf(deps, req), req.body)));

  app.get('/api/enquiries', { schema: { tags, summary: 'Enquiries to the groups in my scope (never with contact details); filter by group, unit, status, late', querystring: EnquiryListQuery, response: { 200: EnquiryList } } },
    async (req) => service.listEnquiries(deps, ctxOf(req), req.query));

  app.get('/api/enquiries/:id', { schema: { tags, summary: "One enquiry and its thread; the buyer's contact for the group and its district (each view audited)", params: IdParams, response: { 200: EnquiryOut } } },
    async (req) => service.getEnquiry(deps, ctxOf(req), req.params.id));

  app.post('/api/enquiries/:id/answer', { schema: { tags, summary: 'The group answers: accept, counter (with the offer) or decline (with why)', params: IdParams, body: AnswerBody, response: { 200: EnquiryOut } } },
    async (req) => service.answerEnquiry(deps, ctxOf(req), req.params.id, req.body));

  app.post('/api/enquiries/:id/delivered', { schema: { tags, summary: "An accepted enquiry delivered: becomes the group's sale (answers transactionId)", params: IdParams, body: DeliveredBody, response: { 200: EnquiryOut } } },
    async (req) => service.deliverEnquiry(deps, ctxOf(req), req.params.id, req.body));

  app.post('/api/enquiries/:id/review', { schema: { tags, summary: 'The district releases a held enquiry to the group, or rejects it as spam', params: IdParams, body: ReviewBody, response: { 200: EnquiryOut } } },
    async (req) => service.reviewEnquiry(deps, ctxOf(req), req.params.id, req.body.decision));

  app.get('/api/dashboard/enquiries', { schema: { tags: ['dashboard'], summary: 'Enquiries and their outcome for a unit and the units below it; the oldest unanswered for more than two days', querystring: EnquiryFiguresQuery, response: { 200: EnquiryFiguresOut } } },
    async (req) => enquiryFigures(deps, ctxOf(req), req.query));
}
