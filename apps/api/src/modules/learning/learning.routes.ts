import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { AppError } from '../../lib/errors';
import { IdParams } from '../common.schemas';
import { recordRoutes } from '../records/records.routes';
import { DeleteQuery } from '../records/records.schemas';
import { Ok } from '../auth/auth.schemas';
import { CentreBody, CentreOut, CreateSessionBody, PhotoParams, SessionOut, UpdateSessionBody } from './learning.schemas';
import { MAX_PHOTO_BYTES } from './photos';
import * as service from './learning.service';

export async function learningRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['learning'];
  app.get('/api/groups/:id/learning-centre', { schema: { tags, summary: "The group's learning centre and lecturers (step 3)", params: IdParams, response: { 200: CentreOut } } },
    async (req) => service.getCentre(deps, ctxOf(req), req.params.id));
  app.put('/api/groups/:id/learning-centre', { schema: { tags, summary: 'Set the learning centre (no version to create, the version read to change)', params: IdParams, body: CentreBody, response: { 200: CentreOut } } },
    async (req) => service.putCentre(deps, ctxOf(req), req.params.id, req.body));

  app.delete('/api/groups/:id/learning-centre', { schema: { tags, summary: 'Delete the learning centre (soft, with ?version=)', params: IdParams, querystring: DeleteQuery, response: { 200: Ok } } },
    async (req) => service.deleteCentre(deps, ctxOf(req), req.params.id, req.query.version));

  recordRoutes(app, deps, { path: '/api/learning-sessions', tag: 'learning', what: 'learning sessions (step 3)', service: service.sessionService, create: CreateSessionBody, update: UpdateSessionBody, out: SessionOut });

  app.post('/api/learning-sessions/:id/photos', { schema: { tags, summary: 'Add a photo (JPEG/PNG/WebP ≤ 10 MB, multipart field `file`; at most 5)', params: IdParams, response: { 201: SessionOut } } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const file = req.isMultipart() ? await req.file({ limits: { fileSize: MAX_PHOTO_BYTES } }) : undefined;
      if (!file) throw new AppError('photo.not_image', 400, { issues: [{ path: 'file', message: 'send the image as multipart field "file"' }] });
      const buffer = await file.toBuffer();
      return reply.status(201).send(await service.addPhoto(deps, ctx, req.params.id, buffer));
    });
  app.get('/api/learning-sessions/:id/photos/:photoId', { schema: { tags, summary: 'A session photo (JPEG)', params: PhotoParams } }, async (req, reply) => {
    const photo = await service.getPhoto(deps, ctxOf(req), req.params.id, req.params.photoId);
    return reply.type(photo.mime).header('cache-control', 'private, max-age=86400').send(photo.bytes);
  });
  app.delete('/api/learning-sessions/:id/photos/:photoId', { schema: { tags, summary: 'Remove a photo', params: PhotoParams, response: { 200: SessionOut } } },
    async (req) => service.removePhoto(deps, ctxOf(req), req.params.id, req.params.photoId));
}
