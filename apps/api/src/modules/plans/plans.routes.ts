import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { CohortParams, GroupPlanBody, GroupPlanOut, IndividualPlanBody, IndividualPlanOut } from './plans.schemas';
import * as service from './plans.service';

export async function planRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['plans'];
  app.get('/api/farmers/:id/plans/:cohort', { schema: { tags, summary: "A farmer's plan and assessment (form กท.02)", params: CohortParams, response: { 200: IndividualPlanOut } } },
    async (req) => service.getIndividualPlan(deps, ctxOf(req), req.params.id, req.params.cohort));

  app.put('/api/farmers/:id/plans/:cohort', { schema: { tags, summary: "Save a farmer's plan (กท.02); version required once it exists", params: CohortParams, body: IndividualPlanBody, response: { 200: IndividualPlanOut } } },
    async (req) => service.putIndividualPlan(deps, ctxOf(req), req.params.id, req.params.cohort, req.body));

  app.get('/api/groups/:id/plans/:cohort', { schema: { tags, summary: "A group's production and marketing plan with the roll-up of its members' plans (กท.03)", params: CohortParams, response: { 200: GroupPlanOut } } },
    async (req) => service.getGroupPlan(deps, ctxOf(req), req.params.id, req.params.cohort));

  app.put('/api/groups/:id/plans/:cohort', { schema: { tags, summary: "Save a group's plan (กท.03); version required once it exists", params: CohortParams, body: GroupPlanBody, response: { 200: GroupPlanOut } } },
    async (req) => service.putGroupPlan(deps, ctxOf(req), req.params.id, req.params.cohort, req.body));
}
