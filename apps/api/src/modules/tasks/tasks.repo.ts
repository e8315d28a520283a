import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { geoCodeInScope, type Scope } from '../../lib/authz';
import { groupsInScope } from '../records/records.repo';

/** The reports of these units in a state, any month (returned ones wait until sent again). */
export async function reportsInState(db: Executor, unitCodes: string[], states: string[]) {
  if (!unitCodes.length) return [];
  return rowsOf<{ id: string; definitionCode: string; unitCode: string; period: string; state: string }>(await db.execute(sql`
    select id, definition_code as "definitionCode", unit_code as "unitCode", period, state from report
    where unit_code = any(${sql.param(unitCodes)}::text[]) and state = any(${sql.param(states)}::text[])
    order by period desc, unit_code`));
}

/** This month's report of each unit (draft, submitted, returned or accepted), to see which are still to send. */
export async function reportsOfPeriod(db: Executor, unitCodes: string[], period: string) {
  if (!unitCodes.length) return [];
  return rowsOf<{ id: string; definitionCode: string; unitCode: string; state: string }>(await db.execute(sql`
    select id, definition_code as "definitionCode", unit_code as "unitCode", state from report
    where unit_code = any(${sql.param(unitCodes)}::text[]) and period = ${period}`));
}

/**
 * Reports sent to the caller's level and waiting for its decision, inside its scope: a province
 * reviews its districts, an agency its provinces (their codes are its scope's prefixes), the
 * country the agencies.
 */
export async function reportsToReview(db: Executor, toLevel: 'province' | 'agency' | 'ministry', scope: Scope) {
  const where = scope.all ? sql`true`
    : toLevel === 'agency' ? (scope.prefixes.length ? sql`r.unit_code = any(${sql.param(scope.prefixes)}::text[])` : sql`false`)
      : toLevel === 'province' ? geoCodeInScope(scope, sql`r.unit_code`) : sql`false`;
  return rowsOf<{ id: string; unitCode: string }>(await db.execute(sql`
    select r.id, r.unit_code as "unitCode" from report r join report_deadline d on d.code = r.definition_code
    where r.state = 'submitted' and d.to_level = ${toLevel} and ${where}
    order by r.last_submitted_at`));
}

/** Target tambons of a cohort inside the scope, and how many of them have a group. */
export async function targetCoverage(db: Executor, cohort: number, scope: Scope) {
  const row = rowsOf<{ targets: number; covered: number }>(await db.execute(sql`
    select count(*)::int as targets, count(g.id)::int as covered
    from cohort_target_tambon t left join model_group g on g.tambon_code = t.tambon_code and g.cohort_year = t.cohort_year
    where t.cohort_year = ${cohort} and ${geoCodeInScope(scope, sql`t.tambon_code`)}`))[0];
  return { targets: Number(row?.targets ?? 0), covered: Number(row?.covered ?? 0) };
}

/** The cohort whose targets the ministry follows: the latest with target tambons not after this Buddhist year (else the latest cohort not after it). */
export async function currentCohort(db: Executor, yearBe: number): Promise<number | null> {
  const row = rowsOf<{ y: number | null }>(await db.execute(sql`
    select coalesce((select max(cohort_year) from cohort_target_tambon where cohort_year <= ${yearBe}),
                    (select max(year_be) from cohort where year_be <= ${yearBe}), (select min(year_be) from cohort)) as y`))[0];
  return row?.y == null ? null : Number(row.y);
}

/** Groups in the scope (a tambon worker's or a committee's own), for their next step. */
export async function groupsOf(db: Executor, scope: Scope, limit = 20) {
  return rowsOf<{ id: string; name: string }>(await db.execute(sql`
    select model_group.id, model_group.name from model_group where ${groupsInScope(scope)}
    order by model_group.cohort_year desc, model_group.tambon_code limit ${limit}`));
}
