import type { App, ModuleDeps } from '../../module';
import { recordRoutes } from '../records/records.routes';
import { CreateEventBody, CreateTransactionBody, EventListQuery, EventOut, TransactionOut, UpdateEventBody, UpdateTransactionBody } from './sales.schemas';
import * as service from './sales.service';

export async function salesRoutes(app: App, deps: ModuleDeps): Promise<void> {
  recordRoutes(app, deps, { path: '/api/transactions', tag: 'sales', what: 'exchanges and sales (step 6)', service: service.transactionService, create: CreateTransactionBody, update: UpdateTransactionBody, out: TransactionOut });

  recordRoutes(app, deps, {
    path: '/api/events', tag: 'sales', what: 'marketing events (province; with the groups that took part)', service: { ...service.eventService, list: service.listEvents },
    create: CreateEventBody, update: UpdateEventBody, out: EventOut, list: { query: EventListQuery, summary: 'Marketing events of the provinces in my scope' },
  });
}
