import { describe, expect, it } from 'vitest';
import { addressLine, decodeCursor, encodeCursor, fullName, pondYearBe, similarNames } from './farmers.rules';

describe('farmer rules', () => {
  it('reads pond years as BE, converting Gregorian ones', () => {
    expect(pondYearBe(2565)).toBe(2565);
    expect(pondYearBe(2022)).toBe(2565);
    expect(pondYearBe(1800)).toBeNull();
    expect(pondYearBe(2300)).toBeNull();
  });
  it('finds similar names: spacing, tone marks and one typo, same last name only', () => {
    expect(similarNames({ firstName: 'สม ใจ', lastName: 'ใจดี' }, { firstName: 'สมใจ', lastName: 'ใจดี' })).toBe(true);
    expect(similarNames({ firstName: 'ประยูร', lastName: 'ทองดี' }, { firstName: 'ประยูรย์', lastName: 'ทองดี' })).toBe(true);
    expect(similarNames({ firstName: 'สมชาย', lastName: 'ทองดี' }, { firstName: 'สมชา', lastName: 'ทองดี' })).toBe(true);
    expect(similarNames({ firstName: 'สมชาย', lastName: 'ทองดี' }, { firstName: 'สมศรี', lastName: 'ทองดี' })).toBe(false);
    expect(similarNames({ firstName: 'สมชาย', lastName: 'ทองดี' }, { firstName: 'สมชาย', lastName: 'ทองคำ' })).toBe(false);
  });
  it('round-trips a cursor and rejects garbage', () => {
    const c = { firstName: 'สมใจ', lastName: 'ใจดี', id: '0b7b7f2e-5d2a-4c1e-9f3a-2a1b3c4d5e6f' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('garbage!')).toBeNull();
  });
  it('writes names and addresses the Thai way', () => {
    expect(fullName({ title: 'นาง', firstName: 'สมใจ', lastName: 'ใจดี' })).toBe('นางสมใจ ใจดี');
    expect(addressLine({ houseNo: '12/3', villageNo: 5, villageName: 'โนนสูง' })).toBe('12/3 หมู่ 5 บ้านโนนสูง');
  });
});
