import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface AuditFilter {
  userId?: string;
  targetType?: string;
  targetId?: string;
  verb?: string;
  /** A kind of action: the verb's noun ("selection" matches selection.propose, selection.decide…). */
  kind?: string;
  /** A person: part of the actor's username or name. */
  person?: string;
  /** An area: the DOPA code the target lies in starts with it (a farmer's, group's, candidate's tambon; a report's unit). */
  unit?: string;
  /** ISO dates, inclusive, read as Thailand days (UTC+7). */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  actorName: string | null;
  verb: string;
  targetType: string;
  targetId: string;
  targetName: string | null;
  areaCode: string | null;
  areaName: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/**
 * The name and the area of each target (issue 15), resolved in SQL: a user's display name and
 * home unit, a farmer's or a candidate's farmer's name and tambon, a group's name and tambon, a
 * unit's name, a report's unit and month. Targets of other kinds keep their id.
 */
const RESOLVED = sql`
  left join app_user u on u.id = a.actor_id
  left join lateral (
    select case a.target_type
      when 'user' then (select tu.display_name || ' (' || tu.username || ')' from app_user tu where tu.id::text = a.target_id)
      when 'farmer' then (select f.first_name || ' ' || f.last_name from farmer f where f.id::text = a.target_id)
      when 'selection_candidate' then (select f.first_name || ' ' || f.last_name from selection_candidate c join farmer f on f.id = c.farmer_id where c.id::text = a.target_id)
      when 'group' then (select g.name from model_group g where g.id::text = a.target_id)
      when 'visit' then (select g.name from advisory_visit v join model_group g on g.id = v.group_id where v.id::text = a.target_id)
      when 'learning_session' then (select g.name from learning_session s join model_group g on g.id = s.group_id where s.id::text = a.target_id)
      when 'geo_unit' then (select gu.name_th from geo_unit gu where gu.code = a.target_id)
      when 'province' then (select gu.name_th from geo_unit gu where gu.code = a.target_id)
      when 'agency' then (select ag.name_th from agency ag where ag.code = a.target_id)
      when 'report' then (select d.name_th || ' ' || r.period || ' · ' || coalesce(gu.name_th, ag.name_th, r.unit_code) from report r join report_deadline d on d.code = r.definition_code
                          left join geo_unit gu on gu.code = r.unit_code left join agency ag on ag.code = r.unit_code where r.id::text = a.target_id)
      when 'cohort' then 'รุ่น ' || a.target_id
      else null end as target_name,
    case a.target_type
      when 'user' then (select tu.home_unit_code from app_user tu where tu.id::text = a.target_id)
      when 'farmer' then (select f.tambon_code from farmer f where f.id::text = a.target_id)
      when 'selection_candidate' then (select c.tambon_code from selection_candidate c where c.id::text = a.target_id)
      when 'group' then (select g.tambon_code from model_group g where g.id::text = a.target_id)
      when 'visit' then (select g.tambon_code from advisory_visit v join model_group g on g.id = v.group_id where v.id::text = a.target_id)
      when 'learning_session' then (select g.tambon_code from learning_session s join model_group g on g.id = s.group_id where s.id::text = a.target_id)
      when 'geo_unit' then a.target_id
      when 'province' then a.target_id
      when 'report' then (select r.unit_code from report r where r.id::text = a.target_id)
      else null end as area_code
  ) t on true
  left join geo_unit area on area.code = t.area_code`;

function whereOf(f: AuditFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.userId) parts.push(sql`a.actor_id = ${f.userId}`);
  if (f.targetType) parts.push(sql`a.target_type = ${f.targetType}`);
  if (f.targetId) parts.push(sql`a.target_id = ${f.targetId}`);
  if (f.verb) parts.push(sql`a.verb = ${f.verb}`);
  if (f.kind) parts.push(sql`(a.verb = ${f.kind} or a.verb like ${`${f.kind.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`})`);
  if (f.person) {
    const like = `%${f.person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(a.actor_username ilike ${like} or u.display_name ilike ${like})`);
  }
  if (f.unit) parts.push(sql`t.area_code like ${`${f.unit.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.from) parts.push(sql`a.at >= (${f.from}::date)::timestamp at time zone 'Asia/Bangkok'`);
  if (f.to) parts.push(sql`a.at < ((${f.to}::date + 1)::timestamp) at time zone 'Asia/Bangkok'`);
  return sql.join(parts, sql` and `);
}

export async function listAudit(db: Executor, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(f);
  const [rows, totals] = await Promise.all([
    db.execute(sql`
      select a.id, a.at, a.actor_id as "actorId", a.actor_username as "actorUsername", u.display_name as "actorName", a.verb,
             a.target_type as "targetType", a.target_id as "targetId", t.target_name as "targetName", t.area_code as "areaCode", area.name_th as "areaName",
             a.before, a.after, a.request_id as "requestId"
      from audit_log a ${RESOLVED}
      where ${where} order by a.id desc limit ${f.limit} offset ${f.offset}`),
    db.execute(sql`select count(*)::int as n from audit_log a ${RESOLVED} where ${where}`),
  ]);
  return {
    rows: rowsOf<AuditRow>(rows).map((r) => ({ ...r, id: Number(r.id), at: r.at instanceof Date ? r.at : new Date(r.at as unknown as string) })),
    total: Number(rowsOf<{ n: number }>(totals)[0]?.n ?? 0),
  };
}
