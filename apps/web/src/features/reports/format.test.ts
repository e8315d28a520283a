import { describe, expect, it } from 'vitest';
import { formatBaht, percentText, shortMonth } from './format';

describe('figures as the reports write them', () => {
  it('writes shares without hiding small ones', () => {
    expect(percentText(0, 788)).toBe('0%');
    expect(percentText(2, 4009)).toBe('<0.1%');
    expect(percentText(1, 231)).toBe('0.4%');
    expect(percentText(20, 231)).toBe('8.7%');
    expect(percentText(120, 231)).toBe('52%');
    expect(percentText(3, 0)).toBe('–');
  });

  it('writes baht with satang only when there are some', () => {
    expect(formatBaht(5400)).toBe('5,400');
    expect(formatBaht(1234.5)).toBe('1,234.5');
    expect(formatBaht(0.125)).toBe('0.13');
  });

  it('shortens a month for a chart axis in the Buddhist era', () => {
    expect(shortMonth('2026-10', 'th')).toBe('ต.ค. 69');
    expect(shortMonth('2027-01', 'th')).toBe('ม.ค. 70');
    expect(shortMonth('2026-10', 'en')).toBe('Oct 2026');
  });
});
