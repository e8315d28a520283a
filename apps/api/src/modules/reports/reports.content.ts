import { sql } from 'drizzle-orm';
import { EXCHANGE_CHANNELS, type Channel } from '@ntag/shared';
import { rowsOf, type Executor } from '../../db/client';
import type { OrgUnit } from '../geo/units';
import * as progress from '../progress/progress.repo';
import { deriveSteps, stepViews } from '../progress/progress.rules';
import { periodBounds } from './reports.rules';
import type { ReportContentOut } from './reports.schemas';
import type { z } from 'zod';

/**
 * What a monthly report says, computed from the records when it is drafted (and again until it
 * is submitted; then it is frozen as a version). Every figure is "this month" and "so far"
 * (up to the end of the month). Province reports read the province sums over its cohorts (province_month_total),
 * district reports the group sums (group_month_stat), both kept by the record writes.
 */
export type ReportContent = z.output<typeof ReportContentOut>;
export type MonthTotal = ReportContent['productionValue'];

const mt = (month = 0, total = 0): MonthTotal => ({ month, total });

export async function computeContent(db: Executor, unit: OrgUnit, period: string): Promise<ReportContent> {
  const { start, end } = periodBounds(period);
  const like = `${unit.code}%`;
  const groups = rowsOf<{ id: string; name: string; tambonCode: string; cohortYear: number; enterpriseCode: string | null }>(await db.execute(sql`
    select id, name, tambon_code as "tambonCode", cohort_year as "cohortYear", null as "enterpriseCode" from model_group where tambon_code like ${like}`));
  const [facts, overrides, due] = await Promise.all([progress.factsOf(db, groups), progress.overridesOf(db, groups.map((g) => g.id)), progress.dueDates(db)]);

  // Formed: a group with its president counts in the month of its founding date (the day it was
  // entered when it has none); members count from the day they joined — never from the day
  // someone typed them in, so a month's figures agree with that month's records (issue 13).
  const cohortRows = rowsOf<{ cohort: number; tambons: number; targets: number; groupsInTargets: number; members: number; formed: number; formedMonth: number }>(await db.execute(sql`
    with c as (select cohort_year as cohort, count(distinct tambon_code)::int as tambons from selection_candidate where tambon_code like ${like} group by 1),
    t as (select t.cohort_year as cohort, count(*)::int as targets, count(g.id)::int as "groupsInTargets"
          from cohort_target_tambon t left join model_group g on g.tambon_code = t.tambon_code and g.cohort_year = t.cohort_year
          where t.tambon_code like ${like} group by 1),
    m as (select g.cohort_year as cohort, count(*)::int as members from group_member gm join model_group g on g.id = gm.group_id
          where g.tambon_code like ${like} and gm.joined_on <= ${end}::date group by 1),
    f as (select g.cohort_year as cohort,
                 count(*) filter (where coalesce(g.founded_on, (g.created_at at time zone 'Asia/Bangkok')::date) <= ${end}::date)::int as formed,
                 count(*) filter (where coalesce(g.founded_on, (g.created_at at time zone 'Asia/Bangkok')::date) between ${start}::date and ${end}::date)::int as "formedMonth"
          from model_group g where g.tambon_code like ${like}
            and exists (select 1 from group_committee p where p.group_id = g.id and p.role = 'president') group by 1),
    k as (select cohort from c union select cohort from t union select cohort from m union select cohort from f)
    select k.cohort, coalesce(c.tambons, 0) as tambons, coalesce(t.targets, 0) as targets, coalesce(t."groupsInTargets", 0) as "groupsInTargets",
           coalesce(m.members, 0) as members, coalesce(f.formed, 0) as formed, coalesce(f."formedMonth", 0) as "formedMonth"
    from k left join c on c.cohort = k.cohort left join t on t.cohort = k.cohort left join m on m.cohort = k.cohort left join f on f.cohort = k.cohort`));

  const cohorts = [...new Set([...groups.map((g) => g.cohortYear), ...cohortRows.map((r) => Number(r.cohort))])].sort((a, b) => a - b);
  const contentCohorts = cohorts.map((cohort) => {
    const row = cohortRows.find((r) => Number(r.cohort) === cohort);
    const mine = groups.filter((g) => g.cohortYear === cohort);
    // Steps as they stood at the end of the month: done by then, done within it, overdue then.
    const views = mine.map((g) => stepViews(deriveSteps(facts.get(g.id)!), overrides.get(g.id) ?? [], due.get(cohort) ?? new Map(), end));
    const steps = [1, 2, 3, 4, 5, 6, 7].map((step) => {
      const s = views.map((v) => v[step - 1]!);
      const doneBy = (d: string) => s.filter((x) => x.status === 'done' && !!x.doneOn && x.doneOn <= d).length;
      return {
        step,
        doneMonth: s.filter((x) => x.status === 'done' && !!x.doneOn && x.doneOn >= start && x.doneOn <= end).length,
        doneTotal: doneBy(end),
        overdue: s.filter((x) => !!x.dueOn && x.dueOn < end && !(x.status === 'done' && !!x.doneOn && x.doneOn <= end)).length,
      };
    });
    return {
      cohort, targetTambons: Number(row?.targets ?? 0), groupsInTargets: Number(row?.groupsInTargets ?? 0), tambonsWithCandidates: Number(row?.tambons ?? 0), groups: mine.length,
      groupsFormed: mt(Number(row?.formedMonth ?? 0), Number(row?.formed ?? 0)), members: Number(row?.members ?? 0), steps,
    };
  });

  const stats = rowsOf<{ key: string; month: number; total: number }>(await db.execute(
    unit.kind === 'province'
      ? sql`select key, coalesce(sum(value) filter (where month = ${start}::date), 0)::float8 as month, sum(value)::float8 as total
            from province_month_total where province_code = ${unit.code} and month <= ${start}::date group by key`
      : sql`select s.key, coalesce(sum(s.value) filter (where s.month = ${start}::date), 0)::float8 as month, sum(s.value)::float8 as total
            from group_month_stat s join model_group g on g.id = s.group_id where g.tambon_code like ${like} and s.month <= ${start}::date group by s.key`,
  ));
  const stat = (key: string) => {
    const r = stats.find((x) => x.key === key);
    return mt(Number(r?.month ?? 0), Number(r?.total ?? 0));
  };
  const production = stats
    .filter((r) => r.key.startsWith('prod|'))
    .map((r) => {
      const [, category, unitName, use] = r.key.split('|') as [string, string, string, string];
      return { category, unit: unitName, use, month: Number(r.month), total: Number(r.total) };
    })
    .sort((a, b) => `${a.category}|${a.unit}|${a.use}`.localeCompare(`${b.category}|${b.unit}|${b.use}`));
  // By count as well as value: an exchange without a price has a count and no value.
  const channels = [...new Set(stats.filter((r) => /^sales[n]?\|/.test(r.key)).map((r) => r.key.split('|')[1]!))].sort();
  const sales = channels.map((channel) => ({
    channel, kind: (EXCHANGE_CHANNELS.includes(channel as Channel) ? 'exchange' : 'sale') as 'sale' | 'exchange',
    value: stat(`sales|${channel}`), count: stat(`salesn|${channel}`),
  }));
  const sumOf = (kind: 'sale' | 'exchange') => sales.filter((s) => s.kind === kind).reduce((acc, s) => mt(acc.month + s.value.month, acc.total + s.value.total), mt());

  const ent = rowsOf<{ month: number; total: number }>(await db.execute(sql`
    select count(*) filter (where e.registered_on between ${start}::date and ${end}::date)::int as month, count(*) filter (where e.registered_on <= ${end}::date)::int as total
    from enterprise e join model_group g on g.id = e.group_id where e.deleted_at is null and g.tambon_code like ${like}`))[0];

  const partners = unit.kind === 'province' ? await partnersOfMonth(db, unit.code, start, end) : undefined;
  return {
    unit: { code: unit.code, kind: unit.kind, nameTh: unit.nameTh },
    period,
    computedAt: new Date().toISOString(),
    cohorts: contentCohorts,
    learning: { sessions: stat('sessions'), attendance: stat('attendance') },
    production,
    productionValue: stat('prodvalue'),
    sales,
    salesTotal: { sale: sumOf('sale'), exchange: sumOf('exchange') },
    enterprises: mt(Number(ent?.month ?? 0), Number(ent?.total ?? 0)),
    support: { visits: stat('visits'), lecturerTrainings: stat('trainings'), trainingHours: stat('traininghours') },
    ...(partners ? { partners } : {}),
  };
}

/** The province's partners working with it during the month (step 7), with the number of groups each supports. */
async function partnersOfMonth(db: Executor, provinceCode: string, start: string, end: string) {
  return rowsOf<{ name: string; sector: string; support: string; groups: number; from: string; to: string | null }>(await db.execute(sql`
    select name, sector, support, cardinality(group_ids) as groups, starts_on::text as "from", ends_on::text as "to"
    from partner where province_code = ${provinceCode} and deleted_at is null and starts_on <= ${end}::date and (ends_on is null or ends_on >= ${start}::date)
    order by sector, name`)).map((p) => ({ ...p, groups: Number(p.groups) }));
}
