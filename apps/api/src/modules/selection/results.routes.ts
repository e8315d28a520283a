import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { AcceptResultBody, ReturnResultBody, SelectionResultOut, SelectionResultsOut, SelectionResultsQuery, SubmitResultBody } from './results.schemas';
import * as service from './results.service';

export async function selectionResultRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['selection'];
  app.get('/api/selection/results', { schema: { tags, summary: "A province's selection result for a cohort (drafted on first sight), or every result in my scope", querystring: SelectionResultsQuery, response: { 200: SelectionResultsOut } } },
    async (req) => service.listResults(deps, ctxOf(req), req.query));
  app.get('/api/selection/results/:id', { schema: { tags, summary: 'One selection result with its versions', params: IdParams, response: { 200: SelectionResultOut } } },
    async (req) => service.getResult(deps, ctxOf(req), req.params.id));
  app.post('/api/selection/results/:id/submit', { schema: { tags, summary: "Send the result up: freezes its numbers as a new version (the unit's own users)", params: IdParams, body: SubmitResultBody, response: { 200: SelectionResultOut } } },
    async (req) => service.submitResult(deps, ctxOf(req), req.params.id, req.body));
  app.post('/api/selection/results/:id/accept', { schema: { tags, summary: 'Accept a submitted result (the host agency; the ministry for an agency summary)', params: IdParams, body: AcceptResultBody, response: { 200: SelectionResultOut } } },
    async (req) => service.acceptResult(deps, ctxOf(req), req.params.id, req.body));
  app.post('/api/selection/results/:id/return', { schema: { tags, summary: 'Return a submitted result for correction, with a reason', params: IdParams, body: ReturnResultBody, response: { 200: SelectionResultOut } } },
    async (req) => service.returnResult(deps, ctxOf(req), req.params.id, req.body));
}
