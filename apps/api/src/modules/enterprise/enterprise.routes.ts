import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { Ok } from '../auth/auth.schemas';
import { DeleteQuery } from '../records/records.schemas';
import { EnterpriseBody, EnterpriseOut } from './enterprise.schemas';
import * as service from './enterprise.service';

export async function enterpriseRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['enterprise'];
  app.get('/api/groups/:id/enterprise', { schema: { tags, summary: "The group's path to a registered community enterprise (step 7)", params: IdParams, response: { 200: EnterpriseOut } } },
    async (req) => service.getEnterprise(deps, ctxOf(req), req.params.id));
  app.put('/api/groups/:id/enterprise', { schema: { tags, summary: 'Record the enterprise path (no version to start, the version read to change)', params: IdParams, body: EnterpriseBody, response: { 200: EnterpriseOut } } },
    async (req) => service.putEnterprise(deps, ctxOf(req), req.params.id, req.body));
  app.delete('/api/groups/:id/enterprise', { schema: { tags, summary: 'Delete the enterprise record (soft, with ?version=)', params: IdParams, querystring: DeleteQuery, response: { 200: Ok } } },
    async (req) => service.deleteEnterprise(deps, ctxOf(req), req.params.id, req.query.version));
}
