import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import {
  CreateUnitBody, DistrictCodeParams, GeoUnitOut, ListQuery, ProvinceCodeParams, ProvinceOut, SearchHit, SearchQuery,
  UnitCodeParams, UnitDetail, UpdateUnitBody,
} from './geo.schemas';
import * as service from './geo.service';

export async function geoRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['geography'];
  app.get('/api/geo/provinces', { schema: { tags, summary: 'The 77 provinces with their host agency and region', querystring: ListQuery, response: { 200: z.array(ProvinceOut) } } },
    async (req) => service.listProvinces(deps, ctxOf(req), req.query.includeRetired));

  app.get('/api/geo/provinces/:code/districts', { schema: { tags, summary: "A province's districts", params: ProvinceCodeParams, querystring: ListQuery, response: { 200: z.array(GeoUnitOut) } } },
    async (req) => service.listChildren(deps, ctxOf(req), req.params.code, req.query.includeRetired));

  app.get('/api/geo/districts/:code/tambons', { schema: { tags, summary: "A district's sub-districts (tambons)", params: DistrictCodeParams, querystring: ListQuery, response: { 200: z.array(GeoUnitOut) } } },
    async (req) => service.listChildren(deps, ctxOf(req), req.params.code, req.query.includeRetired));

  app.get('/api/geo/search', { schema: { tags, summary: 'Find units by Thai or English name or by code', querystring: SearchQuery, response: { 200: z.array(SearchHit) } } },
    async (req) => service.search(deps, ctxOf(req), req.query));

  app.get('/api/geo/units/:code', { schema: { tags, summary: 'One unit with its parents', params: UnitCodeParams, response: { 200: UnitDetail } } },
    async (req) => service.getUnit(deps, ctxOf(req), req.params.code));

  app.post('/api/geo/units', { schema: { tags, summary: 'Add a unit (administrator)', body: CreateUnitBody, response: { 201: GeoUnitOut } } },
    async (req, reply) => reply.status(201).send(await service.createUnit(deps, ctxOf(req), req.body)));

  app.patch('/api/geo/units/:code', { schema: { tags, summary: 'Rename, retire or restore a unit (administrator)', params: UnitCodeParams, body: UpdateUnitBody, response: { 200: GeoUnitOut } } },
    async (req) => service.updateUnit(deps, ctxOf(req), req.params.code, req.body));
}
