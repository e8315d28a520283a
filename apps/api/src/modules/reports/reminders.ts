import { formatDate, formatMonth } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { usersWithRoleOn } from '../notifications/notifications.repo';
import * as repo from './reports.repo';
import { daysBetween, dueDate, previousPeriod, reviewerOf } from './reports.rules';
import { reportingUnits } from './reports.status';

/** User ids by the unit they hold their role on. */
function idsByUnit(users: { id: string; unitCode: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of users) (out.get(u.unitCode) ?? out.set(u.unitCode, []).get(u.unitCode)!).push(u.id);
  return out;
}

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
    const submitted = new Set(reports.filter((r) => r.firstSubmittedAt).map((r) => r.unitCode));
    const pending = units.filter((u) => !submitted.has(u.code));
    const title = `${def.nameTh} เดือน${formatMonth(period)}`;
    if (daysLeft >= 0) {
      const users = idsByUnit(await usersWithRoleOn(deps.db, pending.map((u) => u.code), [def.fromLevel]));
      for (const u of pending) {
        const body = daysLeft === 0 ? `${u.nameTh}: ครบกำหนดส่งวันนี้ (${formatDate(due)})` : `${u.nameTh}: กำหนดส่งภายในวันที่ ${formatDate(due)} (อีก ${daysLeft} วัน)`;
        const created = await deps.notifier.notify(deps.db, users.get(u.code) ?? [], {
          kind: 'report.reminder', title, body, link: `/reports?unit=${u.code}&period=${period}`, dedupeKey: `remind:${def.code}:${u.code}:${period}:${today}`,
        });
        reminded += created.length;
      }
    } else {
      // The day after the due day: one message per unit above, naming its late units.
      const byParent = new Map<string, string[]>();
      for (const u of pending) {
        const parent = reviewerOf(def.toLevel, u);
        if (parent) (byParent.get(parent) ?? byParent.set(parent, []).get(parent)!).push(u.nameTh);
      }
      // The units above are all of one level: the country (its ministry and administrators) or toLevel.
      const reviewers = idsByUnit(await usersWithRoleOn(deps.db, [...byParent.keys()], byParent.has('TH') ? ['ministry', 'admin'] : [def.toLevel]));
      for (const [parent, late] of byParent) {
        const created = await deps.notifier.notify(deps.db, reviewers.get(parent) ?? [], {
          kind: 'report.late', title: `ยังไม่ส่ง${title}`, body: `เลยกำหนด (${formatDate(due)}) และยังไม่ส่ง ${late.length} หน่วย: ${late.join(', ')}`,
          link: `/reports/inbox?period=${period}`, dedupeKey: `late:${def.code}:${parent}:${period}`,
        });
        lateNotices += created.length;
      }
    }
  }
  return { period, reminded, lateNotices };
}
