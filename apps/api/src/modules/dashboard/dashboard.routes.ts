import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { DashboardOut, DashboardQuery, DashboardSheetQuery } from './dashboard.schemas';
import { dashboardWorkbook } from './dashboard.sheet';
import * as service from './dashboard.service';

export async function dashboardRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/dashboard', {
    schema: { tags: ['dashboard'], summary: 'The numbers the dashboard draws, for a unit in my scope and a cohort', querystring: DashboardQuery, response: { 200: DashboardOut } },
    // Built by the service from typed rows; see the progress route for why it skips re-validation.
    serializerCompiler: () => (data) => JSON.stringify(data),
  }, async (req) => service.dashboard(deps, ctxOf(req), req.query));
  app.get('/api/dashboard.xlsx', {
    schema: { tags: ['dashboard'], summary: "The dashboard's tables as Excel: one sheet per chart, or the chart asked for", querystring: DashboardSheetQuery },
  }, async (req, reply) => {
    const { fileName, body } = await dashboardWorkbook(deps, ctxOf(req), req.query);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(body);
  });
}
