import { eq } from 'drizzle-orm';
import { formatMonth, todayIso, type ReminderKind, type Role } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { appUser } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import { findUnits } from '../geo/units';
import { areaOfUnit } from '../geo/units';
import { listDeadlines, listSchedules, listSteps } from '../program/program.repo';
import { dueDate, previousPeriod } from '../reports/reports.rules';
import { REMIND_FROM_DAYS } from '../reports/reminders';
import { addDays, nextStepReminder, nextWeeklyDay } from './reminders.rules';
import { pending } from './step-reminders';

/**
 * What the signed-in user will be reminded of (issue 13): for each role they hold, the report
 * deadlines of their unit (from three days before), the late reports they hear of, and the
 * program's step deadlines — the district 14 and 3 days before, the province the day after, the
 * host agency every Monday — with the day each goes out next and the channels that reach them.
 */
type Deps = Pick<ModuleDeps, 'db' | 'config'>;
type Item = { kind: ReminderKind; unit: { code: string; nameTh: string }; title: string; nextOn: string | null; dueOn: string | null; cohort: number | null; step: number | null; groups: number | null };

/** The next day a unit is reminded of its monthly report: from 3 days before the due day, this month's or next month's. */
function nextReportReminder(dueDay: number, today: string): { period: string; dueOn: string; nextOn: string } {
  let period = previousPeriod(today);
  let due = dueDate(period, dueDay);
  if (due < today) {
    period = today.slice(0, 7);
    due = dueDate(period, dueDay);
  }
  const from = addDays(due, -REMIND_FROM_DAYS);
  return { period, dueOn: due, nextOn: from > today ? from : today };
}

export async function myReminders(deps: Deps, ctx: Ctx) {
  const { actor } = ctx;
  const today = todayIso();
  const user = (await deps.db.select({ email: appUser.email, lineUserId: appUser.lineUserId }).from(appUser).where(eq(appUser.id, actor.userId)))[0];
  const [defs, schedules, steps] = await Promise.all([listDeadlines(deps.db), listSchedules(deps.db), listSteps(deps.db)]);
  const stepName = new Map(steps.map((s) => [s.number, s.nameTh]));
  const units = await findUnits(deps.db, actor.grants.map((g) => g.unitCode));
  const items: Item[] = [];
  const upcoming = schedules.filter((s) => s.dueOn).map((s) => ({ cohort: s.cohortYear, step: s.stepNumber, dueOn: s.dueOn! }));
  const stepTitle = (s: { cohort: number; step: number }) => `ขั้นตอนที่ ${s.step} ${stepName.get(s.step) ?? ''} รุ่นปี พ.ศ. ${s.cohort}`;

  for (const g of actor.grants) {
    const unit = units.get(g.unitCode);
    if (!unit) continue;
    const ref = { code: unit.code, nameTh: unit.nameTh };
    const role: Role = g.role;
    for (const d of defs.filter((x) => x.enabled)) {
      const r = nextReportReminder(d.dueDay, today);
      if (d.fromLevel === role) items.push({ kind: 'report.reminder', unit: ref, title: `${d.nameTh} เดือน${formatMonth(r.period)}`, nextOn: r.nextOn, dueOn: r.dueOn, cohort: null, step: null, groups: null });
      const above = d.toLevel === 'ministry' ? role === 'ministry' || role === 'admin' : d.toLevel === role;
      if (above) items.push({ kind: 'report.late', unit: ref, title: `หน่วยงานที่ยังไม่ส่ง${d.nameTh} เดือน${formatMonth(r.period)}`, nextOn: addDays(r.dueOn, 1), dueOn: r.dueOn, cohort: null, step: null, groups: null });
    }
    if (role === 'district' || role === 'province') {
      // Only the steps still ahead, and only where the unit has groups not done with them.
      const ahead = upcoming.filter((s) => (role === 'district' ? nextStepReminder(s.dueOn, today) !== null : addDays(s.dueOn, 1) >= today));
      const open = await pending(deps, ahead, await areaOfUnit(deps.db, unit));
      for (const s of ahead) {
        const n = open.filter((o) => o.due.cohort === s.cohort && o.due.step === s.step).length;
        if (!n) continue;
        items.push(role === 'district'
          ? { kind: 'step.reminder', unit: ref, title: stepTitle(s), nextOn: nextStepReminder(s.dueOn, today), dueOn: s.dueOn, cohort: s.cohort, step: s.step, groups: n }
          : { kind: 'step.late', unit: ref, title: stepTitle(s), nextOn: addDays(s.dueOn, 1), dueOn: s.dueOn, cohort: s.cohort, step: s.step, groups: n });
      }
    }
    if (role === 'agency') items.push({ kind: 'step.weekly', unit: ref, title: 'สรุปรายสัปดาห์ กลุ่มที่เลยกำหนดขั้นตอน รายจังหวัด', nextOn: nextWeeklyDay(today), dueOn: null, cohort: null, step: null, groups: null });
  }
  items.sort((a, b) => (a.nextOn ?? '9999').localeCompare(b.nextOn ?? '9999') || a.kind.localeCompare(b.kind));
  return {
    enabled: deps.config.reminders,
    today,
    channels: { inApp: true, email: !!deps.config.smtpUrl && !!user?.email, line: !!deps.config.lineToken && !!user?.lineUserId },
    items,
  };
}
