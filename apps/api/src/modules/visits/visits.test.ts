import { describe, expect, it } from 'vitest';
import { daysLate, followUpState } from './visits.rules';

describe('a visit follow-up', () => {
  it('is none without a date, due until its day, overdue the day after', () => {
    expect(followUpState(null, null, '2026-12-07')).toBe('none');
    expect(followUpState('2026-12-07', null, '2026-12-07')).toBe('due');
    expect(followUpState('2026-12-07', null, '2026-12-08')).toBe('overdue');
    expect(daysLate('2026-12-01', '2026-12-08')).toBe(7);
  });
  it('is done once a later visit is made, early or late', () => {
    expect(followUpState('2026-12-07', '2026-12-03', '2026-12-20')).toBe('done');
    expect(followUpState('2026-12-07', '2026-12-15', '2026-12-20')).toBe('done');
  });
});
