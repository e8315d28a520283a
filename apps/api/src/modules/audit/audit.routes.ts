import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { AuditList, AuditQuery } from './audit.schemas';
import * as service from './audit.service';

export async function auditRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/audit', { schema: { tags: ['audit'], summary: 'The audit log, filtered by user, target, verb and date', querystring: AuditQuery, response: { 200: AuditList } } },
    async (req) => service.listAudit(deps, ctxOf(req), req.query));
}
