/**
 * When step reminders go out (issue 13): 14 and 3 days before a step's due date the district
 * hears of its groups not yet done with it; the day after, the province hears of the late ones;
 * every Monday the host agency hears its provinces' late counts. Dates are ISO days in Thailand.
 */
export const STEP_REMIND_DAYS = [14, 3] as const;
/** Monday: getUTCDay() of an ISO date. */
export const WEEKLY_DAY = 1;

export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
export const isWeeklyDay = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() === WEEKLY_DAY;

export interface Due {
  cohort: number;
  step: number;
  dueOn: string;
}

/** What fires today: the steps due in 14 or 3 days (district digests) and those due yesterday (province lists). */
export function stepRemindersToday(schedule: Due[], today: string): { soon: (Due & { daysLeft: number })[]; late: Due[] } {
  const soon = schedule.map((s) => ({ ...s, daysLeft: daysBetween(today, s.dueOn) })).filter((s) => (STEP_REMIND_DAYS as readonly number[]).includes(s.daysLeft));
  const late = schedule.filter((s) => daysBetween(s.dueOn, today) === 1);
  return { soon, late };
}

/** The next day a district is reminded of a step: 14 days before, else 3 days before, if still ahead. */
export function nextStepReminder(dueOn: string, today: string): string | null {
  for (const d of STEP_REMIND_DAYS) {
    const on = addDays(dueOn, -d);
    if (on >= today) return on;
  }
  return null;
}

/** The next Monday on or after today. */
export function nextWeeklyDay(today: string): string {
  const day = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (WEEKLY_DAY - day + 7) % 7);
}

/** A digest line: the first names, then how many more ("และอีก 12 กลุ่ม"). */
export function namesLine(names: string[], max = 10): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} และอีก ${names.length - max} กลุ่ม`;
}
