import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { requirePermission } from '../../lib/authz';
import * as repo from './audit.repo';

/** The audit trail; only holders of `audit.read` (administrators) may read it. */
export async function listAudit(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, q: Omit<repo.AuditFilter, 'limit' | 'offset'> & { page: number; pageSize: number }) {
  requirePermission(ctx.actor, 'audit.read');
  const { page, pageSize, ...filter } = q;
  const { rows, total } = await repo.listAudit(deps.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total, page, pageSize };
}
