import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, todayIso, toBuddhistYear, toGregorianYear } from './dates';

describe('Buddhist-era dates', () => {
  it('converts years both ways', () => {
    expect(toBuddhistYear(2026)).toBe(2569);
    expect(toGregorianYear(2565)).toBe(2022);
  });
  it('formats an ISO date in Thai with the BE year, short and long', () => {
    expect(formatDate('2026-11-26')).toBe('26 พ.ย. 2569');
    expect(formatDate('2022-06-30', 'th', 'long')).toBe('30 มิถุนายน 2565');
    expect(formatDate('2026-11-26', 'en')).toBe('26 Nov 2026');
  });
  it('formats timestamps in Thailand time, crossing midnight correctly', () => {
    expect(formatDateTime('2026-11-25T17:30:00Z')).toBe('26 พ.ย. 2569 00:30 น.');
    expect(todayIso(new Date('2026-11-25T17:30:00Z'))).toBe('2026-11-26');
  });
  it('formats a report period', () => {
    expect(formatMonth('2026-10')).toBe('ตุลาคม 2569');
  });
  it('returns an empty string for nothing or garbage', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});
