import { describe, expect, it } from 'vitest';
import { addDays, groupWork, taskLink } from './tasks.rules';

describe('tasks rules', () => {
  it("a group's next step is the first not done, with its lateness", () => {
    const steps = [
      { step: 1, status: 'done', dueOn: '2026-01-31', overdue: false },
      { step: 2, status: 'in_progress', dueOn: '2026-03-31', overdue: true },
      { step: 3, status: 'not_started', dueOn: null, overdue: false },
    ];
    expect(groupWork(steps)).toEqual({ step: 2, dueOn: '2026-03-31', overdue: true });
    expect(groupWork(steps.map((s) => ({ ...s, status: 'done' })))).toBeNull();
  });
  it('links each step to its page', () => {
    expect(taskLink('g', 4)).toBe('/groups/g/learning');
    expect(taskLink('g', 2)).toBe('/groups/g');
  });
  it('adds days across months', () => expect(addDays('2026-01-25', 14)).toBe('2026-02-08'));
});
