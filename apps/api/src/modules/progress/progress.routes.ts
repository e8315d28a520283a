import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { GroupProgressOut, OverrideBody, OverrideParams, ProgressOut, ProgressQuery, TimelineOut, TimelineQuery } from './progress.schemas';
import * as service from './progress.service';

export async function progressRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['progress'];
  app.get('/api/progress', {
    schema: { tags, summary: 'A unit\'s progress: step × status counts with overdue, in all and per area below it, and one page of its groups (filtered by step, status, overdue) with their seven steps', querystring: ProgressQuery, response: { 200: ProgressOut } },
  }, async (req) => service.progress(deps, ctxOf(req), req.query));
  app.get('/api/groups/:id/progress', { schema: { tags, summary: "One group's seven steps", params: IdParams, response: { 200: GroupProgressOut } } },
    async (req) => service.groupProgress(deps, ctxOf(req), req.params.id));
  app.put('/api/groups/:id/steps/:step', { schema: { tags, summary: 'Confirm or override a step, with a reason (district; audited)', params: OverrideParams, body: OverrideBody, response: { 200: GroupProgressOut } } },
    async (req) => service.overrideStep(deps, ctxOf(req), req.params.id, req.params.step, req.body));
  app.delete('/api/groups/:id/steps/:step', { schema: { tags, summary: 'Remove an override: the records decide again', params: OverrideParams, response: { 200: GroupProgressOut } } },
    async (req) => service.clearOverride(deps, ctxOf(req), req.params.id, req.params.step));
  app.get('/api/groups/:id/timeline', { schema: { tags, summary: 'Everything recorded for a group, newest first', params: IdParams, querystring: TimelineQuery, response: { 200: TimelineOut } } },
    async (req) => service.groupTimeline(deps, ctxOf(req), req.params.id, req.query));
}
