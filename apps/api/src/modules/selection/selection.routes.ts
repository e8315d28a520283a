import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { BatchDecisionBody, BatchDecisionOut, CandidateOut, DecisionBody, ProposeBody, SelectionList, SelectionQuery, SummaryOut, SummaryQuery, UpdateCandidateBody, WaitingOut, WaitingQuery } from './selection.schemas';
import * as service from './selection.service';

export async function selectionRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['selection'];
  app.get('/api/selection', { schema: { tags, summary: 'Candidates of a tambon and cohort (form กท.01)', querystring: SelectionQuery, response: { 200: SelectionList } } },
    async (req) => service.listSelection(deps, ctxOf(req), req.query));

  app.post('/api/selection', { schema: { tags, summary: 'Propose a candidate with the four criteria (district; idempotent on id)', body: ProposeBody, response: { 200: CandidateOut, 201: CandidateOut } } },
    async (req, reply) => {
      const { created, candidate } = await service.propose(deps, ctxOf(req), req.body);
      return reply.status(created ? 201 : 200).send(candidate);
    });

  app.get('/api/selection/summary', { schema: { tags, summary: 'Selection and groups per province, for host agencies and the ministry', querystring: SummaryQuery, response: { 200: SummaryOut } } },
    async (req) => service.summary(deps, ctxOf(req), req.query));

  app.patch('/api/selection/:id', { schema: { tags, summary: 'Correct a candidate before the decision (district)', params: IdParams, body: UpdateCandidateBody, response: { 200: CandidateOut } } },
    async (req) => service.updateCandidate(deps, ctxOf(req), req.params.id, req.body));

  app.post('/api/selection/:id/decision', { schema: { tags, summary: "The province's decision: selected or not (with a reason)", params: IdParams, body: DecisionBody, response: { 200: CandidateOut } } },
    async (req) => service.decide(deps, ctxOf(req), req.params.id, req.body));

  app.get('/api/selection/waiting', { schema: { tags, summary: 'Tambons of my area with candidates waiting for the decision, with counts', querystring: WaitingQuery, response: { 200: WaitingOut } } },
    async (req) => service.waiting(deps, ctxOf(req), req.query));
  app.post('/api/selection/decisions', { schema: { tags, summary: 'Select several proposed candidates at once (province; all or none)', body: BatchDecisionBody, response: { 200: BatchDecisionOut } } },
    async (req) => service.decideMany(deps, ctxOf(req), req.body));
}
