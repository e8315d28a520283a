import { formatDate } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Scope } from '../../lib/authz';
import type { Executor } from '../../db/client';
import { usersWithRoleOn } from '../notifications/notifications.repo';
import { listAgencies, listAssignments, listSchedules, listSteps } from '../program/program.repo';
import { groupsForProgress, type ProgressGroup } from '../progress/progress.repo';
import { stepsOf } from '../progress/progress.service';
import { isWeeklyDay, namesLine, stepRemindersToday, type Due } from './reminders.rules';

/**
 * The daily step reminders (issue 13), run by the same pg-boss schedule as the report reminders
 * (jobs/boss.ts). Every notification is keyed by unit and day, so a second run on one day
 * notifies no one again; in-app always, e-mail and LINE when configured (notifications.service).
 */
type Deps = Pick<ModuleDeps, 'db' | 'notifier'>;
type DbDeps = Pick<ModuleDeps, 'db'>;

const ALL: Scope = { all: true, prefixes: [], agencies: [], groups: [] };

function byKey<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) (out.get(key(i)) ?? out.set(key(i), []).get(key(i))!).push(i);
  return out;
}

async function idsByUnit(db: Executor, codes: string[], roles: string[]) {
  return byKey(await usersWithRoleOn(db, codes, roles), (u) => u.unitCode);
}

/** The groups of these cohorts that are not done with the step (its status today). */
export async function pending(deps: DbDeps, dues: Due[], area: Scope = ALL): Promise<{ due: Due; group: ProgressGroup }[]> {
  const cohorts = [...new Set(dues.map((d) => d.cohort))];
  const out: { due: Due; group: ProgressGroup }[] = [];
  for (const cohort of cohorts) {
    const groups = await groupsForProgress(deps.db, { scope: area, cohort });
    const steps = await stepsOf(deps, groups);
    for (const due of dues.filter((d) => d.cohort === cohort)) {
      for (const g of groups) if (steps.get(g.id)![due.step - 1]!.status !== 'done') out.push({ due, group: g });
    }
  }
  return out;
}

export async function runStepReminders(deps: Deps, today: string) {
  const schedule = (await listSchedules(deps.db)).filter((s) => s.dueOn).map((s) => ({ cohort: s.cohortYear, step: s.stepNumber, dueOn: s.dueOn! }));
  const stepName = new Map((await listSteps(deps.db)).map((s) => [s.number, s.nameTh]));
  const { soon, late } = stepRemindersToday(schedule, today);
  const label = (d: Due) => `ขั้นตอนที่ ${d.step} ${stepName.get(d.step) ?? ''} (รุ่น ${d.cohort}, ครบกำหนด ${formatDate(d.dueOn)})`;
  let districtDigests = 0;
  let provinceLists = 0;
  let agencyWeekly = 0;

  // 14 and 3 days before: one digest per district of its groups not yet done with those steps.
  if (soon.length) {
    const rows = await pending(deps, soon);
    const perDistrict = byKey(rows, (r) => r.group.tambonCode.slice(0, 4));
    const users = await idsByUnit(deps.db, [...perDistrict.keys()], ['district']);
    for (const [district, items] of perDistrict) {
      const lines = [...byKey(items, (i) => `${i.due.cohort}|${i.due.step}`).values()].map((list) => {
        const d = soon.find((s) => s.cohort === list[0]!.due.cohort && s.step === list[0]!.due.step)!;
        return `${label(d)} อีก ${d.daysLeft} วัน: ยังไม่แล้วเสร็จ ${list.length} กลุ่ม — ${namesLine(list.map((i) => i.group.name))}`;
      });
      const created = await deps.notifier.notify(deps.db, (users.get(district) ?? []).map((u) => u.id), {
        kind: 'step.reminder', title: 'ใกล้ครบกำหนดขั้นตอนของกลุ่ม', body: lines.join('\n'), link: `/progress?unit=${district}`, dedupeKey: `step-remind:${district}:${today}`,
      });
      districtDigests += created.length;
    }
  }

  // The day after: the province hears of its groups that are late with those steps.
  if (late.length) {
    const rows = await pending(deps, late);
    const perProvince = byKey(rows, (r) => r.group.tambonCode.slice(0, 2));
    const users = await idsByUnit(deps.db, [...perProvince.keys()], ['province']);
    for (const [province, items] of perProvince) {
      const lines = [...byKey(items, (i) => `${i.due.cohort}|${i.due.step}`).values()].map((list) => `${label(list[0]!.due)}: เลยกำหนด ${list.length} กลุ่ม — ${namesLine(list.map((i) => i.group.name))}`);
      const created = await deps.notifier.notify(deps.db, (users.get(province) ?? []).map((u) => u.id), {
        kind: 'step.late', title: 'กลุ่มที่เลยกำหนดขั้นตอน', body: lines.join('\n'), link: `/progress?unit=${province}&overdue=true`, dedupeKey: `step-late:${province}:${today}`,
      });
      provinceLists += created.length;
    }
  }

  // Mondays: each host agency hears its provinces' counts of groups late with any step.
  if (isWeeklyDay(today)) {
    const groups = await groupsForProgress(deps.db, { scope: ALL });
    const steps = await stepsOf(deps, groups);
    const lateBy = new Map<string, number>();
    for (const g of groups) if (steps.get(g.id)!.some((s) => s.overdue)) lateBy.set(g.tambonCode.slice(0, 2), (lateBy.get(g.tambonCode.slice(0, 2)) ?? 0) + 1);
    const assignments = await listAssignments(deps.db);
    const agencies = await listAgencies(deps.db);
    const users = await idsByUnit(deps.db, agencies.map((a) => a.code), ['agency']);
    for (const a of agencies) {
      const provinces = assignments.filter((p) => p.agencyCode === a.code && lateBy.get(p.provinceCode));
      const total = provinces.reduce((n, p) => n + lateBy.get(p.provinceCode)!, 0);
      const body = total
        ? `กลุ่มที่เลยกำหนดอย่างน้อย 1 ขั้นตอน ${total} กลุ่ม: ${provinces.map((p) => `${p.nameTh} ${lateBy.get(p.provinceCode)}`).join(', ')}`
        : 'ไม่มีกลุ่มที่เลยกำหนดขั้นตอนในจังหวัดที่รับผิดชอบ';
      const created = await deps.notifier.notify(deps.db, (users.get(a.code) ?? []).map((u) => u.id), {
        kind: 'step.weekly', title: `สรุปประจำสัปดาห์: กลุ่มที่เลยกำหนด (${formatDate(today)})`, body, link: `/progress?unit=${a.code}&overdue=true`, dedupeKey: `step-weekly:${a.code}:${today}`,
      });
      agencyWeekly += created.length;
    }
  }
  return { today, districtDigests, provinceLists, agencyWeekly };
}
