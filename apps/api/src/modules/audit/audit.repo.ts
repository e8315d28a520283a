import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';

export interface AuditFilter {
  userId?: string;
  targetType?: string;
  targetId?: string;
  verb?: string;
  /** ISO dates, inclusive, read as Thailand days (UTC+7). */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

function whereOf(f: AuditFilter): SQL | undefined {
  return and(
    f.userId ? eq(auditLog.actorId, f.userId) : undefined,
    f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
    f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
    f.verb ? eq(auditLog.verb, f.verb) : undefined,
    f.from ? gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone 'Asia/Bangkok'`) : undefined,
    f.to ? lt(auditLog.at, sql`((${f.to}::date + 1)::timestamp) at time zone 'Asia/Bangkok'`) : undefined,
  );
}

export async function listAudit(db: Executor, f: AuditFilter) {
  const where = whereOf(f);
  const [rows, totals] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: Number(totals[0]?.n ?? 0) };
}
