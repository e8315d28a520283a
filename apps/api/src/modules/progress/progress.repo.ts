import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import type { Scope } from '../../lib/authz';
import { groupsInScope } from '../records/records.repo';
import type { GroupFacts, Override } from './progress.rules';

export interface ProgressGroup {
  id: string;
  name: string;
  tambonCode: string;
  cohortYear: number;
  enterpriseCode: string | null;
}

/** The groups a progress view covers. model_group is not aliased: groupsInScope names it. */
export async function groupsForProgress(db: Executor, f: { scope: Scope; area?: Scope; cohort?: number; groupId?: string }): Promise<ProgressGroup[]> {
  return rowsOf<ProgressGroup>(await db.execute(sql`
    select model_group.id, model_group.name, model_group.tambon_code as "tambonCode", model_group.cohort_year as "cohortYear",
           e.registration_code as "enterpriseCode"
    from model_group left join enterprise e on e.group_id = model_group.id and e.deleted_at is null
    where ${groupsInScope(f.scope)} ${f.area ? sql`and ${groupsInScope(f.area)}` : sql``}
      ${f.cohort ? sql`and model_group.cohort_year = ${f.cohort}` : sql``} ${f.groupId ? sql`and model_group.id = ${f.groupId}` : sql``}
    order by model_group.tambon_code, model_group.cohort_year`));
}

/**
 * Everything the step rules need for a set of groups, in a handful of set queries: the big
 * record tables are read through group_step_fact, never scanned.
 */
export async function factsOf(db: Executor, groups: ProgressGroup[]): Promise<Map<string, GroupFacts>> {
  const ids = groups.map((g) => g.id);
  const out = new Map<string, GroupFacts>(groups.map((g) => [g.id, {
    candidates: 0, selected: 0, lastDecidedOn: null, presidentOn: null, planOn: null, centreOn: null, hasMainLecturer: false,
    firstSession: null, firstProduction: null, firstOutlet: null, firstTransaction: null, informedOn: null, appliedOn: null, registeredOn: null,
  }]));
  if (!ids.length) return out;
  const idList = sql`${sql.param(ids)}::uuid[]`;
  const [selection, presidents, plans, centres, facts, enterprises] = await Promise.all([
    // Counted per tambon and cohort first (a hash aggregate), then joined to the groups.
    db.execute(sql`
      with g as (select id, tambon_code, cohort_year from model_group where id = any(${idList})),
      c as (select tambon_code, cohort_year, count(*)::int as candidates, count(*) filter (where decision = 'selected')::int as selected,
                   max(decided_at) filter (where decision = 'selected') as last
            from selection_candidate where (tambon_code, cohort_year) in (select tambon_code, cohort_year from g) group by 1, 2)
      select g.id, c.candidates, c.selected, to_char(c.last at time zone 'Asia/Bangkok', 'YYYY-MM-DD') as "lastDecidedOn"
      from g join c on c.tambon_code = g.tambon_code and c.cohort_year = g.cohort_year`),
    db.execute(sql`select group_id as id, to_char(min(assigned_at at time zone 'Asia/Bangkok'), 'YYYY-MM-DD') as d from group_committee where role = 'president' and group_id = any(${idList}) group by group_id`),
    db.execute(sql`select p.group_id as id, to_char(p.created_at at time zone 'Asia/Bangkok', 'YYYY-MM-DD') as d from group_plan p join model_group g on g.id = p.group_id and g.cohort_year = p.cohort_year where p.group_id = any(${idList})`),
    db.execute(sql`select group_id as id, to_char(created_at at time zone 'Asia/Bangkok', 'YYYY-MM-DD') as d, main_lecturer_id is not null as main from learning_centre where deleted_at is null and group_id = any(${idList})`),
    db.execute(sql`select group_id as id, fact, first_on::text as d from group_step_fact where group_id = any(${idList})`),
    db.execute(sql`select group_id as id, informed_on::text as informed, applied_on::text as applied, registered_on::text as registered from enterprise where deleted_at is null and group_id = any(${idList})`),
  ]);
  for (const r of rowsOf<{ id: string; candidates: number; selected: number; lastDecidedOn: string | null }>(selection)) Object.assign(out.get(r.id)!, { candidates: Number(r.candidates), selected: Number(r.selected), lastDecidedOn: r.lastDecidedOn });
  for (const r of rowsOf<{ id: string; d: string }>(presidents)) out.get(r.id)!.presidentOn = r.d;
  for (const r of rowsOf<{ id: string; d: string }>(plans)) out.get(r.id)!.planOn = r.d;
  for (const r of rowsOf<{ id: string; d: string; main: boolean }>(centres)) Object.assign(out.get(r.id)!, { centreOn: r.d, hasMainLecturer: r.main });
  const factKey: Record<string, keyof GroupFacts> = { session: 'firstSession', production: 'firstProduction', outlet: 'firstOutlet', transaction: 'firstTransaction' };
  for (const r of rowsOf<{ id: string; fact: string; d: string }>(facts)) if (factKey[r.fact]) (out.get(r.id)! as unknown as Record<string, unknown>)[factKey[r.fact]!] = r.d;
  for (const r of rowsOf<{ id: string; informed: string | null; applied: string | null; registered: string | null }>(enterprises)) Object.assign(out.get(r.id)!, { informedOn: r.informed, appliedOn: r.applied, registeredOn: r.registered });
  return out;
}

export async function overridesOf(db: Executor, ids: string[]): Promise<Map<string, (Override & { version: number })[]>> {
  const out = new Map<string, (Override & { version: number })[]>();
  if (!ids.length) return out;
  const rows = rowsOf<{ groupId: string; step: number; status: Override['status']; doneOn: string | null; reason: string; version: number }>(await db.execute(sql`
    select group_id as "groupId", step, status, done_on::text as "doneOn", reason, version from step_override where group_id = any(${sql.param(ids)}::uuid[])`));
  for (const r of rows) {
    const list = out.get(r.groupId) ?? [];
    list.push({ step: Number(r.step), status: r.status, doneOn: r.doneOn, reason: r.reason, version: Number(r.version) });
    out.set(r.groupId, list);
  }
  return out;
}

/** Due dates per cohort and step. */
export async function dueDates(db: Executor): Promise<Map<number, Map<number, string | null>>> {
  const rows = rowsOf<{ cohort: number; step: number; due: string | null }>(await db.execute(sql`select cohort_year as cohort, step_number as step, due_on::text as due from step_schedule`));
  const out = new Map<number, Map<number, string | null>>();
  for (const r of rows) {
    if (!out.has(Number(r.cohort))) out.set(Number(r.cohort), new Map());
    out.get(Number(r.cohort))!.set(Number(r.step), r.due);
  }
  return out;
}
