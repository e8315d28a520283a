import { describe, expect, it } from 'vitest';
import { dueDate, editable, monthsBefore, onTime, periodProblem, previousPeriod, reviewerOf, sumDocuments, transition } from './reports.rules';

describe('report state machine', () => {
  it('goes draft → submitted → accepted, or → returned → submitted again', () => {
    expect(transition('draft', 'submit')).toBe('submitted');
    expect(transition('submitted', 'accept')).toBe('accepted');
    expect(transition('submitted', 'return')).toBe('returned');
    expect(transition('returned', 'submit')).toBe('submitted');
  });
  it('refuses everything else', () => {
    expect(transition('draft', 'accept')).toBeNull();
    expect(transition('draft', 'return')).toBeNull();
    expect(transition('submitted', 'submit')).toBeNull();
    expect(transition('accepted', 'submit')).toBeNull();
    expect(transition('accepted', 'return')).toBeNull();
    expect(transition('returned', 'accept')).toBeNull();
    expect([editable('draft'), editable('returned'), editable('submitted'), editable('accepted')]).toEqual([true, true, false, false]);
  });
});

describe('who reviews a report', () => {
  it('is the province of a district, the host agency of a province, the country above an agency', () => {
    expect(reviewerOf('province', { code: '4001', agencyCode: 'DLD' })).toBe('40');
    expect(reviewerOf('agency', { code: '40', agencyCode: 'DLD' })).toBe('DLD');
    expect(reviewerOf('agency', { code: '40', agencyCode: null })).toBeNull();
    expect(reviewerOf('ministry', { code: 'DLD', agencyCode: 'DLD' })).toBe('TH');
  });
});

describe('periods and due dates', () => {
  it('accepts months from the program start to the current month', () => {
    expect(periodProblem('2026-10', '2026-11-26', '2022-01-01')).toBeNull();
    expect(periodProblem('2026-11', '2026-11-26', '2022-01-01')).toBeNull();
    expect(periodProblem('2026-12', '2026-11-26', '2022-01-01')).toMatch(/future/);
    expect(periodProblem('2021-12', '2026-11-26', '2022-01-01')).toMatch(/before the program/);
    expect(periodProblem('2026-13', '2026-11-26', '2022-01-01')).toMatch(/YYYY-MM/);
    expect(previousPeriod('2026-01-05')).toBe('2025-12');
    expect(monthsBefore('2026-02', 2)).toBe('2025-12');
    expect(monthsBefore('2026-11', 0)).toBe('2026-11');
  });
  it('is due on the day of the following month', () => {
    expect(dueDate('2026-10', 5)).toBe('2026-11-05');
    expect(dueDate('2026-12', 10)).toBe('2027-01-10');
    expect(dueDate('2026-01', 31)).toBe('2026-02-28');
  });
  it('is on time up to the end of the due day in Thailand', () => {
    expect(onTime(new Date('2026-11-05T16:59:59Z'), '2026-11-05')).toBe(true); // 23:59:59 in Bangkok
    expect(onTime(new Date('2026-11-05T17:00:00Z'), '2026-11-05')).toBe(false); // 00:00 on the 6th
    expect(onTime(new Date('2026-11-04T18:00:00Z'), '2026-11-05')).toBe(true);
  });
});

describe('summing report contents', () => {
  it('adds numbers of rows that share their text fields, cohort or step, and keeps the rest of the first', () => {
    const a = { unit: { nameTh: 'ขอนแก่น' }, members: 10, cohorts: [{ cohort: 2569, groups: 2, steps: [{ step: 1, doneTotal: 2 }] }], sales: [{ channel: 'farmers_market', value: { month: 100, total: 300 } }] };
    const b = { unit: { nameTh: 'มหาสารคาม' }, members: 5, cohorts: [{ cohort: 2569, groups: 1, steps: [{ step: 1, doneTotal: 1 }] }, { cohort: 2568, groups: 4, steps: [] }], sales: [{ channel: 'green_market', value: { month: 50, total: 50 } }] };
    expect(sumDocuments([a, b])).toEqual({
      unit: { nameTh: 'ขอนแก่น' }, members: 15,
      cohorts: [{ cohort: 2569, groups: 3, steps: [{ step: 1, doneTotal: 3 }] }, { cohort: 2568, groups: 4, steps: [] }],
      sales: [{ channel: 'farmers_market', value: { month: 100, total: 300 } }, { channel: 'green_market', value: { month: 50, total: 50 } }],
    });
    expect(sumDocuments([])).toBeNull();
  });
});
