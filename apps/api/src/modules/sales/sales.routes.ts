import type { App, ModuleDeps } from '../../app';
import { ctxOf } from '../../plugins/auth';
import { Ok } from '../auth/auth.schemas';
import { IdParams } from '../common.schemas';
import { recordRoutes } from '../records/records.routes';
import { DeleteQuery, listOf } from '../records/records.schemas';
import { CreateEventBody, CreateTransactionBody, EventListQuery, EventOut, TransactionOut, UpdateEventBody, UpdateTransactionBody } from './sales.schemas';
import * as service from './sales.service';

export async function salesRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['sales'];
  recordRoutes(app, deps, { path: '/api/transactions', tag: 'sales', what: 'exchanges and sales (step 6)', service: service.transactionService, create: CreateTransactionBody, update: UpdateTransactionBody, out: TransactionOut });

  app.get('/api/events', { schema: { tags, summary: 'Marketing events of the provinces in my scope', querystring: EventListQuery, response: { 200: listOf(EventOut) } } },
    async (req) => service.listEvents(deps, ctxOf(req), req.query));
  app.post('/api/events', { schema: { tags, summary: 'Record a marketing event and the groups that took part (province; idempotent on id)', body: CreateEventBody, response: { 200: EventOut, 201: EventOut } } },
    async (req, reply) => {
      const { created, record } = await service.createEvent(deps, ctxOf(req), req.body);
      return reply.status(created ? 201 : 200).send(record);
    });
  app.get('/api/events/:id', { schema: { tags, summary: 'One marketing event', params: IdParams, response: { 200: EventOut } } },
    async (req) => service.getEvent(deps, ctxOf(req), req.params.id));
  app.patch('/api/events/:id', { schema: { tags, summary: 'Change a marketing event (with the version read)', params: IdParams, body: UpdateEventBody, response: { 200: EventOut } } },
    async (req) => service.updateEvent(deps, ctxOf(req), req.params.id, req.body));
  app.delete('/api/events/:id', { schema: { tags, summary: 'Delete a marketing event (soft)', params: IdParams, querystring: DeleteQuery, response: { 200: Ok } } },
    async (req) => service.deleteEvent(deps, ctxOf(req), req.params.id, req.query.version));
}
