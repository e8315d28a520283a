import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { report, reportDeadline, reportVersion } from '../../db/schema';

export type ReportRow = typeof report.$inferSelect;
export type VersionRow = typeof reportVersion.$inferSelect;
export type DefinitionRow = typeof reportDeadline.$inferSelect;

/** The report definitions (report_deadline), earliest due day first: the program's own list. */
export { listDeadlines as definitions } from '../program/program.repo';

export async function findReport(db: Executor, id: string): Promise<ReportRow | null> {
  return (await db.select().from(report).where(eq(report.id, id)))[0] ?? null;
}

export async function findByUnit(db: Executor, definitionCode: string, unitCode: string, period: string): Promise<ReportRow | null> {
  return (await db.select().from(report).where(and(eq(report.definitionCode, definitionCode), eq(report.unitCode, unitCode), eq(report.period, period))))[0] ?? null;
}

/** The draft of a unit's month, created on first sight (once: the unique index decides a race). */
export async function ensureDraft(db: Executor, definitionCode: string, unitCode: string, period: string): Promise<{ row: ReportRow; created: boolean }> {
  const inserted = await db.insert(report).values({ id: randomUUID(), definitionCode, unitCode, period }).onConflictDoNothing().returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  return { row: (await findByUnit(db, definitionCode, unitCode, period))!, created: false };
}

export async function updateReport(db: Executor, id: string, version: number, patch: Partial<typeof report.$inferInsert>): Promise<ReportRow | null> {
  const rows = await db.update(report).set({ ...patch, updatedAt: sql`now()`, version: sql`${report.version} + 1` }).where(and(eq(report.id, id), eq(report.version, version))).returning();
  return rows[0] ?? null;
}

export async function versionsOf(db: Executor, reportId: string): Promise<VersionRow[]> {
  return db.select().from(reportVersion).where(eq(reportVersion.reportId, reportId)).orderBy(asc(reportVersion.number));
}

export async function insertVersion(db: Executor, row: typeof reportVersion.$inferInsert) {
  await db.insert(reportVersion).values(row);
}

export async function decideVersion(db: Executor, reportId: string, number: number, decision: 'accepted' | 'returned', by: string, reason: string | null) {
  await db.update(reportVersion).set({ decision, decidedBy: by, decidedAt: sql`now()`, reason }).where(and(eq(reportVersion.reportId, reportId), eq(reportVersion.number, number)));
}

/** The accepted snapshots of some units' reports for a month (the latest accepted version of each). */
export async function acceptedSnapshots(db: Executor, definitionCode: string, unitCodes: string[], period: string) {
  if (!unitCodes.length) return [];
  return db
    .selectDistinctOn([report.unitCode], { unitCode: report.unitCode, snapshot: reportVersion.snapshot })
    .from(report)
    .innerJoin(reportVersion, and(eq(reportVersion.reportId, report.id), eq(reportVersion.decision, 'accepted')))
    .where(and(eq(report.definitionCode, definitionCode), inArray(report.unitCode, unitCodes), eq(report.period, period)))
    .orderBy(report.unitCode, desc(reportVersion.number));
}

export async function reportsOfUnits(db: Executor, definitionCode: string, unitCodes: string[], from: string, to: string): Promise<ReportRow[]> {
  if (!unitCodes.length) return [];
  return db.select().from(report).where(and(eq(report.definitionCode, definitionCode), inArray(report.unitCode, unitCodes), gte(report.period, from), lte(report.period, to)));
}
