import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { AreaQuery, AreaResponse } from './area.schemas';
import * as service from './area.service';

export async function areaRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/area', { schema: { tags: ['area'], summary: 'My area: a unit in my scope, the units below it, with counts', querystring: AreaQuery, response: { 200: AreaResponse } } },
    async (req) => service.area(deps, ctxOf(req), req.query.unit));
}
