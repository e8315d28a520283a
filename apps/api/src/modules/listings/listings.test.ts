import { describe, expect, it } from 'vitest';
import { certificationValid, personalDataIn, publicPhone, queryTokens, searchTokens, words } from './listings.rules';

describe('Thai search tokens', () => {
  it('cuts Thai text into words and joins neighbours up to three', () => {
    expect(words('ผักบุ้งจีนปลอดสารพิษ')).toEqual(['ผัก', 'บุ้ง', 'จีน', 'ปลอด', 'สาร', 'พิษ']);
    const tokens = searchTokens(['ผักบุ้งจีนปลอดสารพิษ']);
    expect(tokens).toEqual(expect.arrayContaining(['ผัก', 'บุ้ง', 'ผักบุ้ง', 'ผักบุ้งจีน', 'ปลอดสาร', 'ปลอดสารพิษ']));
    expect(tokens).not.toContain('ผักบุ้งจีนปลอด');
  });

  it('normalises Thai digits, case and zero-width spaces the same way on both sides', () => {
    expect(searchTokens(['ข้าวหอมมะลิ ๑๐๕ GAP\u200b'])).toEqual(expect.arrayContaining(['105', 'gap', 'ข้าวหอมมะลิ']));
    expect(queryTokens('GAP ๑๐๕')).toEqual(['gap', '105']);
  });

  it('a query term is its words joined; a long one its words; spaces separate terms', () => {
    expect(queryTokens('ผักบุ้ง')).toEqual(['ผักบุ้ง']);
    expect(queryTokens('  ไข่ไก่   ขอนแก่น ')).toEqual(['ไข่ไก่', 'ขอนแก่น']);
    expect(queryTokens('ผักบุ้งจีนปลอดสารพิษ')).toEqual(['ผัก', 'บุ้ง', 'จีน', 'ปลอด', 'สาร', 'พิษ']);
    expect(queryTokens('!!! ...')).toEqual([]);
    // Every query token of a listing's own words is among its tokens: the containment holds.
    const stored = new Set(searchTokens(['ไข่ไก่อารมณ์ดี เลี้ยงปล่อย']));
    for (const q of ['ไข่', 'ไข่ไก่', 'อารมณ์ดี', 'เลี้ยงปล่อย', 'ไก่ อารมณ์']) expect(queryTokens(q).every((x) => stored.has(x)), q).toBe(true);
  });
});

describe('personal data of members', () => {
  const members = [{ firstName: 'สมใจ', lastName: 'ใจดี', nationalId: '1101700230708', phone: '081-234-5678' }];
  it('finds a national id (any valid one), a member phone written any way, a full name', () => {
    expect(personalDataIn('ติดต่อ 1-1017-00230-70-8', [])).toBe('national_id');
    expect(personalDataIn('โทร ๐๘๑ ๒๓๔ ๕๖๗๘', members)).toBe('phone');
    expect(personalDataIn('ประธานกลุ่ม สมใจ ใจดี', members)).toBe('name');
    expect(personalDataIn('ประธานกลุ่มสมใจใจดี', members)).toBe('name');
  });
  it('lets ordinary words and prices through, even a first name alone', () => {
    expect(personalDataIn('ข้าวหอมมะลิ 105 ราคา 1,250 บาท ส่ง 20 กก.', members)).toBeNull();
    expect(personalDataIn('ผักของคุณสมใจ', members)).toBeNull();
    expect(personalDataIn('เลข 1101700230705', [])).toBeNull();
  });
  it("hides a group phone that is a member's own number", () => {
    expect(publicPhone('0812345678', ['081-234-5678'])).toBeNull();
    expect(publicPhone('043-123456', ['081-234-5678'])).toBe('043-123456');
    expect(publicPhone(null, [])).toBeNull();
  });
  it('a certification counts until the end of its expiry day', () => {
    expect(certificationValid({ expiresOn: '2026-12-07' }, '2026-12-07')).toBe(true);
    expect(certificationValid({ expiresOn: '2026-12-06' }, '2026-12-07')).toBe(false);
  });
});
