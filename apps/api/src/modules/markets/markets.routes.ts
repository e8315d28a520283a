import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { recordRoutes } from '../records/records.routes';
import {
  AnalysisOut, AnalysisQuery, ChannelListQuery, ChannelOut, CreateChannelBody, CreateOutletBody, FrameworkBody, FrameworkOut, OutletOut, ProvinceParams,
  UpdateChannelBody, UpdateOutletBody,
} from './markets.schemas';
import * as service from './markets.service';

export async function marketRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['markets'];
  app.get('/api/provinces/:code/survey-framework', { schema: { tags, summary: "The province's market-survey framework (step 5)", params: ProvinceParams, response: { 200: FrameworkOut } } },
    async (req) => service.getFramework(deps, ctxOf(req), req.params.code));
  app.put('/api/provinces/:code/survey-framework', { schema: { tags, summary: 'Set the outlet types and questions the province surveys', params: ProvinceParams, body: FrameworkBody, response: { 200: FrameworkOut } } },
    async (req) => service.putFramework(deps, ctxOf(req), req.params.code, req.body));

  recordRoutes(app, deps, { path: '/api/outlets', tag: 'markets', what: 'market outlets near a group (step 5)', service: service.outletService, create: CreateOutletBody, update: UpdateOutletBody, out: OutletOut });

  recordRoutes(app, deps, {
    path: '/api/channels', tag: 'markets', what: 'online channels of a province', service: { ...service.channelService, list: service.listChannels },
    create: CreateChannelBody, update: UpdateChannelBody, out: ChannelOut, list: { query: ChannelListQuery, summary: 'Online channels compiled by the provinces in my scope' },
  });

  app.get('/api/markets/analysis', { schema: { tags, summary: "A province's outlets by type and product, and its channels", querystring: AnalysisQuery, response: { 200: AnalysisOut } } },
    async (req) => service.analysis(deps, ctxOf(req), req.query));
}
