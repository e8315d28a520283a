import { describe, expect, it } from 'vitest';
import { isReadError, readLand, readNationalId, readNumber, readPhone, readThaiDate, readVillageNo, readYesNo, splitThaiAddress, splitThaiName, placeName } from './thai-values';

describe('dates as offices write them', () => {
  it('reads BE and CE, Thai and Arabic digits, Thai month names, ISO and Excel dates', () => {
    for (const v of ['13/05/2522', '13/5/2522', '13-05-2522', '13.05.2522', '13 พ.ค. 2522', '13 พ.ค.2522', '13 พฤษภาคม 2522', '๑๓ พ.ค. ๒๕๒๒', '๑๓/๐๕/๒๕๒๒', '2522-05-13', '1979-05-13', '13/05/1979', 'วันที่ 13 พฤษภาคม พ.ศ. 2522', '13 May 1979']) {
      expect(readThaiDate(v), v).toBe('1979-05-13');
    }
    expect(readThaiDate(new Date(Date.UTC(1979, 4, 13)))).toBe('1979-05-13');
    expect(readThaiDate(28988)).toBe('1979-05-13'); // Excel serial
  });
  it('an impossible or unreadable date is an error with a hint; empty is null', () => {
    expect(isReadError(readThaiDate('31/02/2522'))).toBe(true);
    expect(isReadError(readThaiDate('13 พฤษภา'))).toBe(true);
    expect(isReadError(readThaiDate(2522))).toBe(true);
    expect(readThaiDate('')).toBeNull();
    expect(readThaiDate(null)).toBeNull();
    expect((readThaiDate('เมื่อวาน') as { error: string }).error).toContain('13 พ.ค. 2522');
  });
});

describe('land as rai-ngan-wa', () => {
  it('reads the dash form, words, decimal rai and Thai digits to square metres', () => {
    const sqm = 3 * 1600 + 2 * 400 + 50 * 4;
    for (const v of ['3-2-50', '3 - 2 - 50', '3-2-50 ไร่', '3 ไร่ 2 งาน 50 ตารางวา', '3ไร่2งาน50ตร.ว.', '๓-๒-๕๐']) expect(readLand(v), v).toBe(sqm);
    expect(readLand('3.5')).toBe(5600);
    expect(readLand(2)).toBe(3200);
    expect(readLand('5 ไร่')).toBe(8000);
    expect(readLand('2 งาน')).toBe(800);
  });
  it('refuses ngan of 4 or more and words it cannot read', () => {
    expect(isReadError(readLand('3-5-10'))).toBe(true);
    expect(isReadError(readLand('สามไร่'))).toBe(true);
  });
});

describe('ids, phones, yes/no, villages, numbers', () => {
  it('national ids with dashes, spaces, Thai digits or as a number cell', () => {
    expect(readNationalId('1-2345-67890-12-1')).toBe('1234567890121');
    expect(readNationalId('1 2345 67890 12 1')).toBe('1234567890121');
    expect(readNationalId('๑๒๓๔๕๖๗๘๙๐๑๒๑')).toBe('1234567890121');
    expect(readNationalId(1234567890121)).toBe('1234567890121');
    expect(isReadError(readNationalId('12345'))).toBe(true);
  });
  it('phones in common forms, a number cell that lost its 0, +66', () => {
    for (const v of ['081-234-5678', '(081) 234 5678', '0812345678', '+66 81 234 5678', '๐๘๑๒๓๔๕๖๗๘', 812345678, 'โทร. 081-234-5678']) expect(readPhone(v), String(v)).toBe('0812345678');
    expect(readPhone('043-123456')).toBe('043123456');
    expect(isReadError(readPhone('1234'))).toBe(true);
  });
  it('yes/no in Thai words and ticks', () => {
    for (const v of ['มี', 'ใช่', '✓', '✔', 'ขุดแล้ว', 'yes', true]) expect(readYesNo(v), String(v)).toBe(true);
    for (const v of ['ไม่มี', 'ไม่', '-', 'no', false, '✗']) expect(readYesNo(v), String(v)).toBe(false);
    expect(isReadError(readYesNo('บางที'))).toBe(true);
  });
  it('village numbers and numbers with units', () => {
    expect(readVillageNo('ม.3')).toBe(3);
    expect(readVillageNo('หมู่ที่ ๓')).toBe(3);
    expect(isReadError(readVillageNo('สาม'))).toBe(true);
    expect(readNumber('1,260 ลบ.ม.')).toBe(1260);
  });
  it('place names without their prefixes', () => {
    expect(placeName('ต.บ้านเป็ด', 'tambon')).toBe('บ้านเป็ด');
    expect(placeName('อำเภอ เมืองขอนแก่น', 'district')).toBe('เมืองขอนแก่น');
  });
});

describe('a whole name in one cell', () => {
  it('splits title, first and last name with or without a title', () => {
    expect(splitThaiName('นายสมชาย ใจดี')).toEqual({ title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี' });
    expect(splitThaiName('นางสาว สมศรี  มีสุข')).toEqual({ title: 'นางสาว', firstName: 'สมศรี', lastName: 'มีสุข' });
    expect(splitThaiName('น.ส.สมศรี มีสุข')).toEqual({ title: 'น.ส.', firstName: 'สมศรี', lastName: 'มีสุข' });
    expect(splitThaiName('นางบัวผัน ณ อยุธยา')).toEqual({ title: 'นาง', firstName: 'บัวผัน', lastName: 'ณ อยุธยา' });
    expect(splitThaiName('สมชาย ใจดี')).toEqual({ title: null, firstName: 'สมชาย', lastName: 'ใจดี' });
    expect(isReadError(splitThaiName('นายสมชาย'))).toBe(true);
  });
});

describe('an address in one cell', () => {
  it('finds house, village, tambon, district and province', () => {
    expect(splitThaiAddress('12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น จ.ขอนแก่น')).toEqual({ houseNo: '12', villageNo: '3', tambon: 'บ้านเป็ด', district: 'เมืองขอนแก่น', province: 'ขอนแก่น' });
    expect(splitThaiAddress('บ้านเลขที่ ๑๒/๑ หมู่ที่ ๕ ตำบลศิลา อำเภอเมืองขอนแก่น')).toEqual({ houseNo: '12/1', villageNo: '5', tambon: 'ศิลา', district: 'เมืองขอนแก่น', province: '' });
    expect(splitThaiAddress('ต. ท่าพระ')).toMatchObject({ houseNo: '', tambon: 'ท่าพระ' });
  });
});
