import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import * as s from './program.schemas';
import * as service from './program.service';
import * as targets from './targets.service';
import { moveToNextCohort } from './cohort-move';
import { IdParams } from '../common.schemas';
import { GroupOut } from '../groups/groups.schemas';

export async function programRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['program'];
  app.get('/api/program/regions', { schema: { tags, summary: 'Regions', response: { 200: z.array(s.RegionOut) } } },
    async (req) => service.listRegions(deps, ctxOf(req)));

  app.get('/api/program/agencies', { schema: { tags, summary: 'Host agencies with their provinces', response: { 200: z.array(s.AgencyOut) } } },
    async (req) => service.listAgencies(deps, ctxOf(req)));

  app.patch('/api/program/agencies/:code', { schema: { tags, summary: "Rename a host agency", params: s.AgencyParams, body: s.UpdateAgencyBody, response: { 200: s.AgencyOut } } },
    async (req) => service.updateAgency(deps, ctxOf(req), req.params.code, req.body));

  app.put('/api/program/provinces/:code/agency', { schema: { tags, summary: 'Assign a province to a host agency', params: s.ProvinceParams, body: s.AssignBody, response: { 200: s.AssignmentOut } } },
    async (req) => service.assignProvince(deps, ctxOf(req), req.params.code, req.body));

  app.get('/api/program/cohorts', { schema: { tags, summary: 'Cohort years with targets and step calendars', response: { 200: s.CohortList } } },
    async (req) => service.listCohorts(deps, ctxOf(req)));

  app.post('/api/program/cohorts', { schema: { tags, summary: 'Open a cohort year with its tambon target, step calendar and target tambons (ministry)', body: s.CreateCohortBody, response: { 201: s.CohortOut } } },
    async (req, reply) => reply.status(201).send(await service.createCohort(deps, ctxOf(req), req.body)));

  app.patch('/api/program/cohorts/:cohort', { schema: { tags, summary: "Change a cohort's tambon target", params: s.CohortParams, body: s.UpdateCohortBody, response: { 200: s.CohortOut } } },
    async (req) => service.updateCohort(deps, ctxOf(req), req.params.cohort, req.body));

  app.get('/api/program/cohorts/:cohort/target-tambons', { schema: { tags, summary: "A cohort's target tambons (of a province or district with ?unit=)", params: s.CohortParams, querystring: s.TargetTambonsQuery, response: { 200: s.TargetTambonsOut } } },
    async (req) => targets.getTargets(deps, ctxOf(req), req.params.cohort, req.query));

  app.put('/api/program/cohorts/:cohort/target-tambons', { schema: { tags, summary: "Set a cohort's target tambons: the list replaces the one kept (ministry, administrator)", params: s.CohortParams, body: s.PutTargetTambonsBody, response: { 200: s.TargetTambonsOut } } },
    async (req) => targets.putTargets(deps, ctxOf(req), req.params.cohort, req.body));

  app.post('/api/program/cohorts/:cohort/target-tambons/resolve', { schema: { tags, summary: 'Read a pasted or imported list of tambon codes or names, line by line (nothing is written)', params: s.CohortParams, body: s.ResolveTambonsBody, response: { 200: s.ResolveTambonsOut } } },
    async (req) => targets.resolveTambons(deps, ctxOf(req), req.params.cohort, req.body));

  app.post('/api/groups/:id/cohort', { schema: { tags, summary: "Move a group formed after its cohort's deadline to the next cohort, with a reason (district)", params: IdParams, body: s.MoveCohortBody, response: { 200: GroupOut } } },
    async (req) => moveToNextCohort(deps, ctxOf(req), req.params.id, req.body));

  app.get('/api/program/targets', { schema: { tags, summary: 'Program-wide targets', response: { 200: z.array(s.TargetOut) } } },
    async (req) => service.listTargets(deps, ctxOf(req)));

  app.patch('/api/program/targets/:key', { schema: { tags, summary: 'Change a program-wide target', params: s.TargetParams, body: s.UpdateTargetBody, response: { 200: s.TargetOut } } },
    async (req) => service.updateTarget(deps, ctxOf(req), req.params.key, req.body));

  app.get('/api/program/steps', { schema: { tags, summary: 'The seven steps with their dates per cohort', response: { 200: z.array(s.StepOut) } } },
    async (req) => service.listSteps(deps, ctxOf(req)));

  app.put('/api/program/steps/:step/schedule/:cohort', { schema: { tags, summary: "Change a step's dates for a cohort, with a reason (ministry; audited)", params: s.ScheduleParams, body: s.UpdateScheduleBody, response: { 200: s.ScheduleOut } } },
    async (req) => service.updateSchedule(deps, ctxOf(req), req.params.step, req.params.cohort, req.body));

  app.get('/api/program/report-deadlines', { schema: { tags, summary: 'Monthly report deadlines', response: { 200: z.array(s.DeadlineOut) } } },
    async (req) => service.listDeadlines(deps, ctxOf(req)));

  app.patch('/api/program/report-deadlines/:code', { schema: { tags, summary: 'Change a report deadline', params: s.DeadlineParams, body: s.UpdateDeadlineBody, response: { 200: s.DeadlineOut } } },
    async (req) => service.updateDeadline(deps, ctxOf(req), req.params.code, req.body));
}
