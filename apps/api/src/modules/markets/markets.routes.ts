import type { App, ModuleDeps } from '../../app';
import { ctxOf } from '../../plugins/auth';
import { Ok } from '../auth/auth.schemas';
import { IdParams } from '../common.schemas';
import { recordRoutes } from '../records/records.routes';
import { DeleteQuery, listOf } from '../records/records.schemas';
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

  app.get('/api/channels', { schema: { tags, summary: 'Online channels compiled by the provinces in my scope', querystring: ChannelListQuery, response: { 200: listOf(ChannelOut) } } },
    async (req) => service.listChannels(deps, ctxOf(req), req.query));
  app.post('/api/channels', { schema: { tags, summary: 'Add an online channel (idempotent on id)', body: CreateChannelBody, response: { 200: ChannelOut, 201: ChannelOut } } },
    async (req, reply) => {
      const { created, record } = await service.createChannel(deps, ctxOf(req), req.body);
      return reply.status(created ? 201 : 200).send(record);
    });
  app.get('/api/channels/:id', { schema: { tags, summary: 'One online channel', params: IdParams, response: { 200: ChannelOut } } },
    async (req) => service.getChannel(deps, ctxOf(req), req.params.id));
  app.patch('/api/channels/:id', { schema: { tags, summary: 'Change an online channel (with the version read)', params: IdParams, body: UpdateChannelBody, response: { 200: ChannelOut } } },
    async (req) => service.updateChannel(deps, ctxOf(req), req.params.id, req.body));
  app.delete('/api/channels/:id', { schema: { tags, summary: 'Delete an online channel (soft)', params: IdParams, querystring: DeleteQuery, response: { 200: Ok } } },
    async (req) => service.deleteChannel(deps, ctxOf(req), req.params.id, req.query.version));

  app.get('/api/markets/analysis', { schema: { tags, summary: "A province's outlets by type and product, and its channels", querystring: AnalysisQuery, response: { 200: AnalysisOut } } },
    async (req) => service.analysis(deps, ctxOf(req), req.query));
}
