import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { ActionBody, CompletenessOut, CompletenessQuery, InboxOut, InboxQuery, NarrativeBody, ReportOut, ReportsOut, ReportsQuery, ReturnBody } from './reports.schemas';
import * as service from './reports.service';
import * as status from './reports.status';

export async function reportRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['reports'];
  app.get('/api/reports', { schema: { tags, summary: "A unit's reports for a month (period YYYY-MM, Gregorian): drafted on first sight, numbers live until submitted", querystring: ReportsQuery, response: { 200: ReportsOut } } },
    async (req) => service.reportsOf(deps, ctxOf(req), req.query));
  app.get('/api/reports/inbox', { schema: { tags, summary: 'The reports of the units below me for a month, with who is late', querystring: InboxQuery, response: { 200: InboxOut } } },
    async (req) => status.inbox(deps, ctxOf(req), req.query));
  app.get('/api/reports/completeness', { schema: { tags, summary: 'Reports expected, received, on time, late and missing; who is late today', querystring: CompletenessQuery, response: { 200: CompletenessOut } } },
    async (req) => status.completeness(deps, ctxOf(req), req.query));
  app.get('/api/reports/:id', { schema: { tags, summary: 'A report with all its versions and their frozen numbers', params: IdParams, response: { 200: ReportOut } } },
    async (req) => service.getReport(deps, ctxOf(req), req.params.id));
  app.patch('/api/reports/:id', { schema: { tags, summary: 'Write the narrative (results, problems, suggestions, support) while the unit holds the report', params: IdParams, body: NarrativeBody, response: { 200: ReportOut } } },
    async (req) => service.updateNarrative(deps, ctxOf(req), req.params.id, req.body));
  app.post('/api/reports/:id/submit', { schema: { tags, summary: 'Submit: freezes the numbers as a new version (the unit’s own users)', params: IdParams, body: ActionBody, response: { 200: ReportOut } } },
    async (req) => service.submit(deps, ctxOf(req), req.params.id, req.body));
  app.post('/api/reports/:id/accept', { schema: { tags, summary: 'Accept a submitted report (the level above)', params: IdParams, body: ActionBody, response: { 200: ReportOut } } },
    async (req) => service.accept(deps, ctxOf(req), req.params.id, req.body));
  app.post('/api/reports/:id/return', { schema: { tags, summary: 'Return a submitted report for correction, with a reason (the level above)', params: IdParams, body: ReturnBody, response: { 200: ReportOut } } },
    async (req) => service.returnReport(deps, ctxOf(req), req.params.id, req.body));
}
