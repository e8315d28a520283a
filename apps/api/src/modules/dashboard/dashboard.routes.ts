import type { App, ModuleDeps } from '../../app';
import { ctxOf } from '../../plugins/auth';
import { DashboardOut, DashboardQuery } from './dashboard.schemas';
import * as service from './dashboard.service';

export async function dashboardRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/dashboard', {
    schema: { tags: ['dashboard'], summary: 'The numbers the dashboard draws, for a unit in my scope and a cohort', querystring: DashboardQuery, response: { 200: DashboardOut } },
    // Built by the service from typed rows; see the progress route for why it skips re-validation.
    serializerCompiler: () => (data) => JSON.stringify(data),
  }, async (req) => service.dashboard(deps, ctxOf(req), req.query));
}
