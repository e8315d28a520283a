import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import type { Scope } from '../../lib/authz';
import type { ProgressGroup } from './progress.repo';

/**
 * Reads of group_progress, the roll-up of each group's seven steps kept by the writes (ADR 0024):
 * the country's progress and dashboard are GROUP BYs over it, and the group list is a page of it.
 */

const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Groups of group_progress `gp` inside a scope; whole provinces, districts and tambons by their indexed columns. */
export function rollupInScope(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  const by = (len: number, column: string) => {
    const codes = scope.prefixes.filter((p) => p.length === len);
    if (codes.length) parts.push(sql`${sql.raw(column)} = any(${sql.param(codes)}::text[])`);
  };
  by(2, 'gp.province_code');
  by(4, 'gp.district_code');
  by(6, 'gp.tambon_code');
  for (const p of scope.prefixes.filter((x) => ![2, 4, 6].includes(x.length))) parts.push(sql`gp.tambon_code like ${`${p}%`}`);
  if (scope.groups.length) parts.push(sql`gp.group_id = any(${sql.param(scope.groups)}::uuid[])`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Due dates per cohort, one column per step (u1…u7), for `left join due on due.cohort_year = gp.cohort_year`. */
const DUE = sql.raw(`due as (select cohort_year, ${STEPS.map((n) => `max(due_on) filter (where step_number = ${n}) as u${n}`).join(', ')} from step_schedule group by cohort_year)`);
const overdueOf = (n: number, today: SQL) => sql`(gp.s${sql.raw(String(n))} <> 'done' and due.u${sql.raw(String(n))} < ${today})`;
const anyOverdue = (today: SQL) => sql.join(STEPS.map((n) => overdueOf(n, today)), sql` or `);

export interface RollupFilter {
  scope: Scope;
  area: Scope;
  cohort?: number;
}

/** One figure row: of all groups (level 'all') or of one area of the level asked for. */
export interface AreaRollup {
  level: 'all' | 'cohort' | AreaLevel;
  code: string | null;
  cohort: number | null;
  groups: number;
  tambons: number;
  formed: number;
  members: number;
  allStepsDone: number;
  overdueGroups: number;
  informed: number;
  applied: number;
  registered: number;
  steps: { step: number; done: number; inProgress: number; notStarted: number; overdue: number }[];
}

export type AreaLevel = 'province' | 'district' | 'tambon';

const LEVEL_LENGTH: Record<AreaLevel, number> = { province: 2, district: 4, tambon: 6 };

/**
 * The counts of the groups in a unit and cohort — in all, per area of each of `levels`
 * (province, district, tambon) and per cohort: step × status with overdue counts, groups with
 * every step done or any step overdue, members, enterprises. One hash aggregate over the roll-up
 * by (finest area, cohort) — a few hundred rows — added up here for the coarser levels.
 * `today` is Thailand's date (overdue = past its due date and not done). `tambons` (distinct
 * tambons with a group) is counted on the 'all' row only when asked.
 */
export async function areaRollups(db: Executor, f: RollupFilter & { levels: AreaLevel[]; today: string; tambons?: boolean }): Promise<AreaRollup[]> {
  const today = sql`${f.today}::date`;
  const finest = [...f.levels].sort((a, b) => LEVEL_LENGTH[b] - LEVEL_LENGTH[a])[0];
  const areaCol = finest ? sql.raw(`gp.${finest}_code`) : sql`''`;
  const stepCols = STEPS.map((n) => sql.raw(
    `count(*) filter (where gp.s${n} = 'done')::int as "done${n}", count(*) filter (where gp.s${n} = 'in_progress')::int as "inProgress${n}", ` +
    `count(*) filter (where gp.s${n} = 'not_started')::int as "notStarted${n}"`));
  const allDone = sql.raw(STEPS.map((n) => `gp.s${n} = 'done'`).join(' and '));
  const where = sql`${rollupInScope(f.scope)} and ${rollupInScope(f.area)} ${f.cohort ? sql`and gp.cohort_year = ${f.cohort}` : sql``}`;
  const [result, tambons] = await Promise.all([
    db.execute(sql`
      with ${DUE}
      select ${areaCol} as code, gp.cohort_year as cohort,
        count(*)::int as groups, count(*) filter (where gp.formed)::int as formed,
        coalesce(sum(gp.members), 0)::int as members, count(*) filter (where ${allDone})::int as "allStepsDone",
        count(*) filter (where ${anyOverdue(today)})::int as "overdueGroups",
        count(*) filter (where gp.informed)::int as informed, count(*) filter (where gp.applied)::int as applied, count(*) filter (where gp.registered)::int as registered,
        ${sql.join(stepCols, sql`, `)}, ${sql.join(STEPS.map((n) => sql`(${sql.raw(`due.u${n}`)} < ${today}) as ${sql.raw(`"late${n}"`)}`), sql`, `)}
      from group_progress gp left join due on due.cohort_year = gp.cohort_year
      where ${where}
      group by 1, 2, ${sql.raw(STEPS.map((n) => `due.u${n}`).join(', '))}`),
    f.tambons ? db.execute(sql`select count(distinct gp.tambon_code)::int as n from group_progress gp where ${where}`) : null,
  ]);
  const out = new Map<string, AreaRollup>();
  const add = (level: AreaRollup['level'], code: string | null, cohort: number | null, r: Record<string, number | string | boolean>) => {
    const k = `${level}|${code}|${cohort}`;
    let o = out.get(k);
    if (!o) {
      o = {
        level, code, cohort, groups: 0, tambons: 0, formed: 0, members: 0, allStepsDone: 0, overdueGroups: 0, informed: 0, applied: 0, registered: 0,
        steps: STEPS.map((n) => ({ step: n, done: 0, inProgress: 0, notStarted: 0, overdue: 0 })),
      };
      out.set(k, o);
    }
    for (const key of ['groups', 'formed', 'members', 'allStepsDone', 'overdueGroups', 'informed', 'applied', 'registered'] as const) o[key] += Number(r[key]);
    // A tambon has one group per cohort: a cohort's tambons are its groups.
    if (level === 'cohort') o.tambons += Number(r.groups);
    for (const s of o.steps) {
      s.done += Number(r[`done${s.step}`]);
      s.inProgress += Number(r[`inProgress${s.step}`]);
      s.notStarted += Number(r[`notStarted${s.step}`]);
      // Every group of a cohort has the same due date: a step past it is overdue where not done.
      if (r[`late${s.step}`] === true) s.overdue += Number(r[`inProgress${s.step}`]) + Number(r[`notStarted${s.step}`]);
    }
  };
  for (const r of rowsOf<Record<string, number | string | boolean>>(result)) {
    const code = String(r.code);
    for (const level of f.levels) add(level, code.slice(0, LEVEL_LENGTH[level]), null, r);
    add('cohort', null, Number(r.cohort), r);
    add('all', null, null, r);
  }
  const all = out.get('all|null|null');
  if (all && tambons) all.tambons = Number(rowsOf<{ n: number }>(tambons)[0]!.n);
  return [...out.values()];
}

export interface PageFilter extends RollupFilter {
  today: string;
  step?: number;
  status?: 'done' | 'in_progress' | 'not_started';
  overdue: boolean;
  q?: string;
  after?: { tambonCode: string; cohort: number; id: string } | null;
  limit: number;
}

/** The filter of a group list: a step's status, and overdue (on that step, or on any). */
function pageWhere(f: PageFilter): SQL {
  const today = sql`${f.today}::date`;
  const parts: SQL[] = [rollupInScope(f.scope), rollupInScope(f.area)];
  if (f.cohort) parts.push(sql`gp.cohort_year = ${f.cohort}`);
  if (f.step && f.status) parts.push(sql`gp.${sql.raw(`s${f.step}`)} = ${f.status}`);
  if (f.overdue) parts.push(f.step ? overdueOf(f.step, today) : sql`(${anyOverdue(today)})`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(exists (select 1 from model_group n where n.id = gp.group_id and n.name like ${like})
      or exists (select 1 from geo_unit u where u.code in (gp.tambon_code, gp.district_code, gp.province_code) and u.name_th like ${like}))`);
  }
  return sql.join(parts, sql` and `);
}

/** A page of the groups that match, in (tambon, cohort, id) order, and how many match in all. */
export async function groupPage(db: Executor, f: PageFilter): Promise<{ groups: ProgressGroup[]; matching: number }> {
  const where = pageWhere(f);
  const after = f.after ? sql`and (gp.tambon_code, gp.cohort_year, gp.group_id) > (${f.after.tambonCode}, ${f.after.cohort}::int, ${f.after.id}::uuid)` : sql``;
  // One province, district or tambon: also as a range of tambon codes (digits sort before 'z'),
  // so the page is read in order from the (tambon, cohort) index instead of sorting the area.
  const only = !f.area.all && f.area.prefixes.length === 1 && !f.area.groups.length ? f.area.prefixes[0]! : null;
  const range = only ? sql`and gp.tambon_code >= ${only} and gp.tambon_code < ${`${only}z`}` : sql``;
  const [page, count] = await Promise.all([
    db.execute(sql`
      with ${DUE}
      select g.id, g.name, g.tambon_code as "tambonCode", g.cohort_year as "cohortYear", e.registration_code as "enterpriseCode"
      from group_progress gp left join due on due.cohort_year = gp.cohort_year
        join model_group g on g.id = gp.group_id left join enterprise e on e.group_id = g.id and e.deleted_at is null
      where ${where} ${range} ${after}
      order by gp.tambon_code, gp.cohort_year, gp.group_id
      limit ${f.limit}`),
    db.execute(sql`with ${DUE} select count(*)::int as n from group_progress gp left join due on due.cohort_year = gp.cohort_year where ${where}`),
  ]);
  return { groups: rowsOf<ProgressGroup>(page).map((g) => ({ ...g, cohortYear: Number(g.cohortYear) })), matching: Number(rowsOf<{ n: number }>(count)[0]!.n) };
}

/** The ids of the groups in a unit and cohort (for areas small enough to list: a province or less). */
export async function groupIdsOf(db: Executor, f: RollupFilter): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`
    select gp.group_id as id from group_progress gp
    where ${rollupInScope(f.scope)} and ${rollupInScope(f.area)} ${f.cohort ? sql`and gp.cohort_year = ${f.cohort}` : sql``}`)).map((r) => r.id);
}
