import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { agency, cohort, geoUnit, programTarget, provinceAgency, region, reportDeadline, step, stepSchedule } from '../../db/schema';

const bump = (table: { version: AnyPgColumn }) => ({ updatedAt: sql`now()`, version: sql`${table.version} + 1` });

export const listRegions = (db: Executor) => db.select().from(region).orderBy(asc(region.sortOrder));

export const listAgencies = (db: Executor) => db.select().from(agency).orderBy(asc(agency.code));

export async function findAgency(db: Executor, code: string) {
  return (await db.select().from(agency).where(eq(agency.code, code)))[0] ?? null;
}

export const listAssignments = (db: Executor) =>
  db
    .select({ provinceCode: provinceAgency.provinceCode, agencyCode: provinceAgency.agencyCode, version: provinceAgency.version, nameTh: geoUnit.nameTh, nameEn: geoUnit.nameEn })
    .from(provinceAgency)
    .innerJoin(geoUnit, eq(geoUnit.code, provinceAgency.provinceCode))
    .orderBy(asc(provinceAgency.provinceCode));

export async function updateAgency(db: Executor, code: string, version: number, patch: Partial<Pick<typeof agency.$inferSelect, 'shortTh' | 'nameTh' | 'nameEn'>>) {
  return (await db.update(agency).set({ ...patch, ...bump(agency) }).where(and(eq(agency.code, code), eq(agency.version, version))).returning())[0] ?? null;
}

export async function findAssignment(db: Executor, provinceCode: string) {
  return (await db.select().from(provinceAgency).where(eq(provinceAgency.provinceCode, provinceCode)))[0] ?? null;
}

export async function updateAssignment(db: Executor, provinceCode: string, version: number, agencyCode: string) {
  return (await db.update(provinceAgency).set({ agencyCode, ...bump(provinceAgency) }).where(and(eq(provinceAgency.provinceCode, provinceCode), eq(provinceAgency.version, version))).returning())[0] ?? null;
}

export const listCohorts = (db: Executor) => db.select().from(cohort).orderBy(asc(cohort.yearBe));

export async function findCohort(db: Executor, yearBe: number) {
  return (await db.select().from(cohort).where(eq(cohort.yearBe, yearBe)))[0] ?? null;
}

export async function insertCohort(db: Executor, row: typeof cohort.$inferInsert) {
  return (await db.insert(cohort).values(row).returning())[0]!;
}

export async function updateCohort(db: Executor, yearBe: number, version: number, tambonTarget: number) {
  return (await db.update(cohort).set({ tambonTarget, ...bump(cohort) }).where(and(eq(cohort.yearBe, yearBe), eq(cohort.version, version))).returning())[0] ?? null;
}

export const listTargets = (db: Executor) => db.select().from(programTarget).orderBy(asc(programTarget.key));

export async function findTarget(db: Executor, key: string) {
  return (await db.select().from(programTarget).where(eq(programTarget.key, key)))[0] ?? null;
}

export async function updateTarget(db: Executor, key: string, version: number, value: number) {
  return (await db.update(programTarget).set({ value, ...bump(programTarget) }).where(and(eq(programTarget.key, key), eq(programTarget.version, version))).returning())[0] ?? null;
}

export const listSteps = (db: Executor) => db.select().from(step).orderBy(asc(step.number));

export const listSchedules = (db: Executor) => db.select().from(stepSchedule).orderBy(asc(stepSchedule.cohortYear), asc(stepSchedule.stepNumber));

export async function schedulesOf(db: Executor, cohortYear: number) {
  return db.select().from(stepSchedule).where(eq(stepSchedule.cohortYear, cohortYear)).orderBy(asc(stepSchedule.stepNumber));
}

export async function findSchedule(db: Executor, stepNumber: number, cohortYear: number) {
  return (await db.select().from(stepSchedule).where(and(eq(stepSchedule.stepNumber, stepNumber), eq(stepSchedule.cohortYear, cohortYear))))[0] ?? null;
}

export async function insertSchedules(db: Executor, rows: (typeof stepSchedule.$inferInsert)[]) {
  if (rows.length) await db.insert(stepSchedule).values(rows);
}

export async function updateSchedule(db: Executor, stepNumber: number, cohortYear: number, version: number, dates: { startsOn: string | null; dueOn: string | null; reason: string | null }) {
  return (await db.update(stepSchedule).set({ ...dates, ...bump(stepSchedule) })
    .where(and(eq(stepSchedule.stepNumber, stepNumber), eq(stepSchedule.cohortYear, cohortYear), eq(stepSchedule.version, version))).returning())[0] ?? null;
}

export const listDeadlines = (db: Executor) => db.select().from(reportDeadline).orderBy(asc(reportDeadline.dueDay));

export async function findDeadline(db: Executor, code: string) {
  return (await db.select().from(reportDeadline).where(eq(reportDeadline.code, code)))[0] ?? null;
}

export async function updateDeadline(db: Executor, code: string, version: number, patch: { dueDay?: number; enabled?: boolean }) {
  return (await db.update(reportDeadline).set({ ...patch, ...bump(reportDeadline) }).where(and(eq(reportDeadline.code, code), eq(reportDeadline.version, version))).returning())[0] ?? null;
}
