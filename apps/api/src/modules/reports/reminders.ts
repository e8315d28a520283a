import { formatDate, formatMonth } from '@ntag/shared';
import type { ModuleDeps } from '../../app';
import { usersWithRoleOn } from '../notifications/notifications.repo';
import * as repo from './reports.repo';
import { daysBetween, dueDate, previousPeriod } from './reports.rules';
import { reviewerUnit } from './reports.service';
import { reportingUnits } from './reports.status';

/** From this many days before a due day, the units that have not submitted are reminded daily. */
export const REMIND_FROM_DAYS = 3;

/**
 * The daily reminder run (scheduled by jobs/boss.ts; `today` is a date in Thailand): last
 * month's reports that are not submitted get a reminder for their unit's users from three days
 * before the due day up to the day itself; the day after, the level above hears who is late.
 * Notifications are keyed, so running twice on one day notifies once.
 */
export async function runReminders(deps: Pick<ModuleDeps, 'db' | 'notifier'>, today: string) {
  const period = previousPeriod(today);
  let reminded = 0;
  let lateNotices = 0;
  for (const def of (await repo.definitions(deps.db)).filter((d) => d.enabled)) {
    const due = dueDate(period, def.dueDay);
    const daysLeft = daysBetween(today, due);
    if (daysLeft > REMIND_FROM_DAYS || daysLeft < -1) continue;
    const units = await reportingUnits(deps.db, def.fromLevel as 'district' | 'province' | 'agency');
    const reports = await repo.reportsOfUnits(deps.db, def.code, units.map((u) => u.code), period, period);
    const pending = units.filter((u) => !reports.find((r) => r.unitCode === u.code)?.firstSubmittedAt);
    const title = `${def.nameTh} เดือน${formatMonth(period)}`;
    if (daysLeft >= 0) {
      for (const u of pending) {
        const users = await usersWithRoleOn(deps.db, [u.code], [def.fromLevel]);
        const body = daysLeft === 0 ? `${u.nameTh}: ครบกำหนดส่งวันนี้ (${formatDate(due)})` : `${u.nameTh}: กำหนดส่งภายในวันที่ ${formatDate(due)} (อีก ${daysLeft} วัน)`;
        const created = await deps.notifier.notify(deps.db, users.map((x) => x.id), {
          kind: 'report.reminder', title, body, link: `/reports?unit=${u.code}&period=${period}`, dedupeKey: `remind:${def.code}:${u.code}:${period}:${today}`,
        });
        reminded += created.length;
      }
    } else {
      // The day after the due day: one message per unit above, naming its late units.
      const byParent = new Map<string, string[]>();
      for (const u of pending) {
        const parent = await reviewerUnit(deps.db, def, u.code);
        if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), u.nameTh]);
      }
      for (const [parent, late] of byParent) {
        const users = await usersWithRoleOn(deps.db, [parent], parent === 'TH' ? ['ministry', 'admin'] : [def.toLevel]);
        const created = await deps.notifier.notify(deps.db, users.map((x) => x.id), {
          kind: 'report.late', title: `ยังไม่ส่ง${title}`, body: `เลยกำหนด (${formatDate(due)}) และยังไม่ส่ง ${late.length} หน่วย: ${late.join(', ')}`,
          link: `/reports/inbox?period=${period}`, dedupeKey: `late:${def.code}:${parent}:${period}`,
        });
        lateNotices += created.length;
      }
    }
  }
  return { period, reminded, lateNotices };
}
