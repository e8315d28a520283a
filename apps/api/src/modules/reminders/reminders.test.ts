import { describe, expect, it } from 'vitest';
import { isWeeklyDay, namesLine, nextStepReminder, nextWeeklyDay, stepRemindersToday } from './reminders.rules';

const schedule = [
  { cohort: 2570, step: 1, dueOn: '2027-06-30' },
  { cohort: 2570, step: 2, dueOn: '2027-07-30' },
  { cohort: 2570, step: 3, dueOn: '2027-07-30' },
];

describe('step reminders', () => {
  it('fire 14 and 3 days before a due date, and the day after it', () => {
    expect(stepRemindersToday(schedule, '2027-06-16').soon.map((s) => [s.step, s.daysLeft])).toEqual([[1, 14]]);
    expect(stepRemindersToday(schedule, '2027-06-27').soon.map((s) => [s.step, s.daysLeft])).toEqual([[1, 3]]);
    expect(stepRemindersToday(schedule, '2027-06-28').soon).toEqual([]);
    expect(stepRemindersToday(schedule, '2027-07-01').late.map((s) => s.step)).toEqual([1]);
    expect(stepRemindersToday(schedule, '2027-06-30').late).toEqual([]);
    expect(stepRemindersToday(schedule, '2027-07-16').soon.map((s) => s.step)).toEqual([2, 3]);
  });
  it('says when the next one comes', () => {
    expect(nextStepReminder('2027-06-30', '2027-06-01')).toBe('2027-06-16');
    expect(nextStepReminder('2027-06-30', '2027-06-20')).toBe('2027-06-27');
    expect(nextStepReminder('2027-06-30', '2027-06-28')).toBeNull();
  });
  it('goes to the host agencies on Mondays', () => {
    expect(isWeeklyDay('2026-12-07')).toBe(true); // a Monday
    expect(isWeeklyDay('2026-12-08')).toBe(false);
    expect(nextWeeklyDay('2026-12-08')).toBe('2026-12-14');
    expect(nextWeeklyDay('2026-12-07')).toBe('2026-12-07');
  });
  it('keeps a digest short', () => {
    expect(namesLine(['ก', 'ข'])).toBe('ก, ข');
    expect(namesLine(['ก', 'ข', 'ค'], 2)).toBe('ก, ข และอีก 1 กลุ่ม');
  });
});
