import type { App, ModuleDeps } from '../../module';
import { recordRoutes } from '../records/records.routes';
import { CreatePartnerBody, PartnerListQuery, PartnerOut, UpdatePartnerBody } from './partners.schemas';
import * as service from './partners.service';

export async function partnerRoutes(app: App, deps: ModuleDeps): Promise<void> {
  recordRoutes(app, deps, {
    path: '/api/partners', tag: 'partners', what: "the province's partners from the public, private and academic sectors (step 7)",
    service: { ...service.partnerService, list: service.listPartners }, create: CreatePartnerBody, update: UpdatePartnerBody, out: PartnerOut,
    list: { query: PartnerListQuery, summary: 'Partners of the provinces in my scope (filter by province, group, sector)' },
  });
}
