import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { AppError } from '../../lib/errors';
import { IdParams } from '../common.schemas';
import { Ok } from '../auth/auth.schemas';
import { MAX_PHOTO_BYTES } from '../learning/photos';
import {
  CreateListingBody, DeleteListingQuery, ListingList, ListingListQuery, ListingOut, PhotoParams, PhotoQuery, ProposedMonthsOut, ProposedMonthsQuery, ReportParams, UpdateListingBody,
} from './listings.schemas';
import * as service from './listings.service';

/** What the groups offer (issue #14), for the group committee and its district; the public pages are modules/market. */
export async function listingRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['listings'];
  app.get('/api/listings', { schema: { tags, summary: 'Product listings of the groups in my scope, published or not (filter by group, unit)', querystring: ListingListQuery, response: { 200: ListingList } } },
    async (req) => service.listListings(deps, ctxOf(req), req.query));

  app.post('/api/listings', { schema: { tags, summary: "Offer a group's product (months left out are proposed from its กท.03 plan); `published: true` shows it in the public directory", body: CreateListingBody, response: { 200: ListingOut, 201: ListingOut } } },
    async (req, reply) => {
      const { created, listing } = await service.createListing(deps, ctxOf(req), req.body);
      return reply.status(created ? 201 : 200).send(listing);
    });

  app.get('/api/listings/proposed-months', { schema: { tags, summary: "The months a product is available by the group's กท.03 plan", querystring: ProposedMonthsQuery, response: { 200: ProposedMonthsOut } } },
    async (req) => service.getProposedMonths(deps, ctxOf(req), req.query));

  app.get('/api/listings/:id', { schema: { tags, summary: 'One listing', params: IdParams, response: { 200: ListingOut } } },
    async (req) => service.getListing(deps, ctxOf(req), req.params.id));

  app.patch('/api/listings/:id', { schema: { tags, summary: 'Change a listing; `published: false` hides it at once (send `version` to refuse a stale edit)', params: IdParams, body: UpdateListingBody, response: { 200: ListingOut } } },
    async (req) => service.updateListing(deps, ctxOf(req), req.params.id, req.body));

  app.delete('/api/listings/:id', { schema: { tags, summary: 'Remove a listing (soft; its enquiries and sales stay)', params: IdParams, querystring: DeleteListingQuery, response: { 200: Ok } } },
    async (req) => service.deleteListing(deps, ctxOf(req), req.params.id, req.query.version));

  app.post('/api/listings/:id/photos', { schema: { tags, summary: 'Add a photo (JPEG/PNG/WebP ≤ 10 MB, multipart field `file`; at most 5)', params: IdParams, response: { 201: ListingOut } } },
    async (req, reply) => {
      const file = req.isMultipart() ? await req.file({ limits: { fileSize: MAX_PHOTO_BYTES } }) : undefined;
      if (!file) throw new AppError('photo.not_image', 400, { issues: [{ path: 'file', message: 'send the image as multipart field "file"' }] });
      return reply.status(201).send(await service.addPhoto(deps, ctxOf(req), req.params.id, await file.toBuffer()));
    });

  app.get('/api/listings/:id/photos/:photoId', { schema: { tags, summary: 'A listing photo (JPEG; size full, card or thumb)', params: PhotoParams, querystring: PhotoQuery } },
    async (req, reply) => reply.type('image/jpeg').header('cache-control', 'private, max-age=86400')
      .send(await service.getPhoto(deps, ctxOf(req), req.params.id, req.params.photoId, req.query.size)));

  app.delete('/api/listings/:id/photos/:photoId', { schema: { tags, summary: 'Remove a photo', params: PhotoParams, response: { 200: ListingOut } } },
    async (req) => service.removePhoto(deps, ctxOf(req), req.params.id, req.params.photoId));

  app.post('/api/listings/:id/reports/:reportId/resolve', { schema: { tags, summary: "Mark a visitor's report about the listing as looked at", params: ReportParams, response: { 200: ListingOut } } },
    async (req) => service.resolveReport(deps, ctxOf(req), req.params.id, req.params.reportId));
}
