import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface TimelineRow {
  on: string;
  kind: string;
  refId: string | null;
  a: string | null;
  b: string | null;
  n: number | null;
  u: string | null;
}

/**
 * Everything recorded for a group, newest first, from each table's (group, date) index: every
 * source is cut to `limit` rows before they are merged, so a group with years of records reads
 * only what the page needs. `before` continues from an earlier page (exclusive).
 */
export async function timeline(db: Executor, groupId: string, limit: number, before?: string): Promise<TimelineRow[]> {
  const b = (col: string) => (before ? sql`and ${sql.raw(col)} < ${before}::date` : sql``);
  const d = (expr: string) => sql.raw(`(${expr} at time zone 'Asia/Bangkok')::date`);
  const result = await db.execute(sql`
    select "on"::text as "on", kind, "refId", a, b, n::float8 as n, u from (
      (select coalesce(g.founded_on, ${d('g.created_at')}) as "on", 'group.formed' as kind, g.id::text as "refId", g.name as a, null::text as b, null::numeric as n, null::text as u
        from model_group g where g.id = ${groupId})
      union all (select ${d('m.joined_at')}, 'member.joined', f.id::text, f.first_name || ' ' || f.last_name, null, null, null
        from group_member m join farmer f on f.id = m.farmer_id where m.group_id = ${groupId} ${b(`(m.joined_at at time zone 'Asia/Bangkok')::date`)} order by 1 desc limit ${limit})
      union all (select ${d('c.assigned_at')}, 'committee.seat', f.id::text, f.first_name || ' ' || f.last_name, c.role, null, c.title
        from group_committee c join farmer f on f.id = c.farmer_id where c.group_id = ${groupId} ${b(`(c.assigned_at at time zone 'Asia/Bangkok')::date`)} order by 1 desc limit ${limit})
      union all (select ${d('s.decided_at')}, 'selection.decided', s.id::text, f.first_name || ' ' || f.last_name, s.decision, null, null
        from model_group g join selection_candidate s on s.tambon_code = g.tambon_code and s.cohort_year = g.cohort_year join farmer f on f.id = s.farmer_id
        where g.id = ${groupId} and s.decided_at is not null ${b(`(s.decided_at at time zone 'Asia/Bangkok')::date`)} order by 1 desc limit ${limit})
      union all (select ${d('p.created_at')}, 'plan.kt03', p.group_id::text, p.cohort_year::text, null, null, null
        from group_plan p where p.group_id = ${groupId} ${b(`(p.created_at at time zone 'Asia/Bangkok')::date`)})
      union all (select ${d('lc.created_at')}, 'learning.centre', lc.group_id::text, lc.name, null, null, null
        from learning_centre lc where lc.group_id = ${groupId} and lc.deleted_at is null ${b(`(lc.created_at at time zone 'Asia/Bangkok')::date`)})
      union all (select ls.held_on, 'learning.session', ls.id::text, ls.topic, null, (cardinality(ls.attendee_ids) + ls.outside_participants)::numeric, null
        from learning_session ls where ls.group_id = ${groupId} and ls.deleted_at is null ${b('ls.held_on')} order by 1 desc limit ${limit})
      union all (select pr.recorded_on, 'production', pr.id::text, pr.product_name, pr.period, pr.quantity, pr.unit
        from production_record pr where pr.group_id = ${groupId} and pr.deleted_at is null ${b('pr.recorded_on')} order by 1 desc limit ${limit})
      union all (select o.surveyed_on, 'market.outlet', o.id::text, o.name, o.type, null, null
        from outlet o where o.group_id = ${groupId} and o.deleted_at is null ${b('o.surveyed_on')} order by 1 desc limit ${limit})
      union all (select t.occurred_on, 'sales.transaction', t.id::text, t.product_name, t.channel, t.quantity, t.unit || '|' || coalesce(t.value_baht::text, '')
        from sales_transaction t where t.group_id = ${groupId} and t.deleted_at is null ${b('t.occurred_on')} order by 1 desc limit ${limit})
      union all (select ev.starts_on, 'sales.event', ev.id::text, ev.name, ev.place, null, null
        from marketing_event ev where ${groupId}::uuid = any(ev.group_ids) and ev.deleted_at is null ${b('ev.starts_on')} order by 1 desc limit ${limit})
      union all (select x.on_date, x.kind, e.group_id::text, e.registration_code, null, null, null
        from enterprise e cross join lateral (values (e.informed_on, 'enterprise.informed'), (e.applied_on, 'enterprise.applied'), (e.registered_on, 'enterprise.registered')) as x(on_date, kind)
        where e.group_id = ${groupId} and e.deleted_at is null and x.on_date is not null ${b('x.on_date')})
      union all (select av.visited_on, 'visit', av.id::text, av.advice, av.visitors, av.step::numeric, av.follow_up_on::text
        from advisory_visit av where av.group_id = ${groupId} and av.deleted_at is null ${b('av.visited_on')} order by 1 desc limit ${limit})
      union all (select lt.trained_on, 'lecturer.training', lt.id::text, lt.course, f.first_name || ' ' || f.last_name, lt.hours, lt.organiser
        from lecturer_training lt join farmer f on f.id = lt.farmer_id where lt.group_id = ${groupId} and lt.deleted_at is null ${b('lt.trained_on')} order by 1 desc limit ${limit})
      union all (select ${d('so.set_at')}, 'step.override', so.step::text, so.status, so.reason, so.step::numeric, null
        from step_override so where so.group_id = ${groupId} ${b(`(so.set_at at time zone 'Asia/Bangkok')::date`)})
    ) as items
    where ${before ? sql`"on" < ${before}::date` : sql`true`}
    order by "on" desc, kind
    limit ${limit}`);
  return rowsOf<TimelineRow>(result).map((r) => ({ ...r, n: r.n === null ? null : Number(r.n) }));
}
