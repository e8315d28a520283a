import { describe, expect, it } from 'vitest';
import { isoToThaiInput, parseThaiDate } from './date-parse';

const iso = (s: string) => {
  const r = parseThaiDate(s);
  return r.ok ? r.iso : r.error;
};

describe('parseThaiDate (issue 15)', () => {
  it('reads the Buddhist-era forms officers type', () => {
    expect(iso('13/05/2522')).toBe('1979-05-13');
    expect(iso('13-5-2522')).toBe('1979-05-13');
    expect(iso('13.05.2522')).toBe('1979-05-13');
    expect(iso('13 พ.ค. 2522')).toBe('1979-05-13');
    expect(iso('13 พค 2522')).toBe('1979-05-13');
    expect(iso('13 พฤษภาคม 2522')).toBe('1979-05-13');
    expect(iso('13 พฤษภาคม พ.ศ. 2522')).toBe('1979-05-13');
    expect(iso('  13  มี.ค.  2510 ')).toBe('1967-03-13');
    expect(iso('13052522')).toBe('1979-05-13');
    expect(iso('13/05/22')).toBe('1979-05-13');
  });

  it('reads Thai digits', () => {
    expect(iso('๑๓/๐๕/๒๕๒๒')).toBe('1979-05-13');
    expect(iso('๓๐ มิ.ย. ๒๕๖๙')).toBe('2026-06-30');
  });

  it('tells every Thai month apart, short and long', () => {
    const short = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
    const long = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
    short.forEach((m, i) => expect(iso(`1 ${m} 2569`)).toBe(`2026-${String(i + 1).padStart(2, '0')}-01`));
    long.forEach((m, i) => expect(iso(`1 ${m} 2569`)).toBe(`2026-${String(i + 1).padStart(2, '0')}-01`));
  });

  it('reads ISO and English month names in the Christian era', () => {
    expect(iso('1979-05-13')).toBe('1979-05-13');
    expect(iso('13 May 1979')).toBe('1979-05-13');
  });

  it('says why it cannot', () => {
    expect(iso('')).toBe('empty');
    expect(iso('31/02/2569')).toBe('day');
    expect(iso('29/02/2567')).toBe('2024-02-29');
    expect(iso('29/02/2569')).toBe('day');
    expect(iso('13/13/2522')).toBe('month');
    expect(iso('13 ฝน 2522')).toBe('month');
    // A Christian year typed where a Buddhist one belongs: 1979 is not a Buddhist year in range.
    expect(iso('13/05/1979')).toBe('year');
    expect(iso('hello')).toBe('format');
  });

  it('shows an ISO date as the input does', () => {
    expect(isoToThaiInput('1979-05-13')).toBe('13/05/2522');
    expect(isoToThaiInput(null)).toBe('');
  });
});
