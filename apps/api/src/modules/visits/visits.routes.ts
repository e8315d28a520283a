import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { AppError } from '../../lib/errors';
import { IdParams } from '../common.schemas';
import { MAX_PHOTO_BYTES } from '../learning/photos';
import { recordRoutes } from '../records/records.routes';
import { CreateVisitBody, FollowUpsOut, FollowUpsQuery, UpdateVisitBody, VisitOut, VisitPhotoParams } from './visits.schemas';
import * as service from './visits.service';

export async function visitRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['visits'];
  // Before the record routes: /api/visits/follow-ups is not a visit id.
  app.get('/api/visits/follow-ups', { schema: { tags, summary: 'Follow-ups whose day has passed with no later visit (the district’s home)', querystring: FollowUpsQuery, response: { 200: FollowUpsOut } } },
    async (req) => service.followUps(deps, ctxOf(req), req.query));
  recordRoutes(app, deps, { path: '/api/visits', tag: 'visits', what: "the district's advisory visits to groups (steps 4 and 6)", service: service.visitService, create: CreateVisitBody, update: UpdateVisitBody, out: VisitOut });

  app.post('/api/visits/:id/photos', { schema: { tags, summary: 'Add a photo of the visit (JPEG/PNG/WebP ≤ 10 MB, multipart field `file`; at most 5)', params: IdParams, response: { 201: VisitOut } } },
    async (req, reply) => {
      const file = req.isMultipart() ? await req.file({ limits: { fileSize: MAX_PHOTO_BYTES } }) : undefined;
      if (!file) throw new AppError('photo.not_image', 400, { issues: [{ path: 'file', message: 'send the image as multipart field "file"' }] });
      return reply.status(201).send(await service.addPhoto(deps, ctxOf(req), req.params.id, await file.toBuffer()));
    });
  app.get('/api/visits/:id/photos/:photoId', { schema: { tags, summary: 'A visit photo (JPEG)', params: VisitPhotoParams }, }, async (req, reply) => {
    const photo = await service.getPhoto(deps, ctxOf(req), req.params.id, req.params.photoId);
    return reply.type(photo.mime).header('cache-control', 'private, max-age=86400').send(photo.bytes);
  });
  app.delete('/api/visits/:id/photos/:photoId', { schema: { tags, summary: 'Remove a visit photo', params: VisitPhotoParams, response: { 200: VisitOut } } },
    async (req) => service.removePhoto(deps, ctxOf(req), req.params.id, req.params.photoId));
}
