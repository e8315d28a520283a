import { describe, expect, it } from 'vitest';
import { fieldOfHeading, fieldOfValues } from './farmers.import.fields';
import { placeResolver } from './farmers.import.places';
import { columnIndex, columnLetters, combineHeadings, findTable, streamSheets, wholeSheets, type RawSheet } from './farmers.import.table';

const sheet = (rows: (string | number | null)[][]): RawSheet => ({
  name: 'S', rows: rows.map((values, i) => ({ rowNumber: i + 1, values, sumFormula: false })).filter((r) => r.values.some((v) => v !== null && v !== '')),
});

describe('headings in the words offices use', () => {
  it('maps Thai and English synonyms, template headings and headings with units', () => {
    const cases: [string, string | undefined][] = [
      ['เลขบัตรประชาชน', 'nationalId'], ['เลขประจำตัวประชาชน', 'nationalId'], ['ID card', 'nationalId'], ['ชื่อ-สกุล', 'fullName'], ['ชื่อ - นามสกุล', 'fullName'],
      ['วัน/เดือน/ปีเกิด', 'birthDate'], ['วันเกิด (วว/ดด/ปปปป พ.ศ.)', 'birthDate'], ['เบอร์โทร', 'phone'], ['ที่อยู่ หมู่', 'villageNo'], ['ต.', 'tambon'],
      ['รหัสตำบล', 'tambon'], ['พื้นที่แปลง (ไร่)', 'rai'], ['พื้นที่แปลง (งาน)', 'ngan'], ['พื้นที่ ตารางวา', 'wa'], ['เนื้อที่ (ไร่-งาน-วา)', 'plotArea'],
      ['งานที่ทำ', undefined], ['ลำดับ', undefined], ['ชื่อเล่น', undefined], ['ปีที่ขุดสระ', 'pondYear'], ['ขนาดสระ (ลบ.ม.)', 'pondVolumeM3'],
    ];
    for (const [heading, field] of cases) expect(fieldOfHeading(heading), heading).toBe(field);
  });
  it('knows a column by its values when the heading says nothing', () => {
    expect(fieldOfValues(['สมชาย', 'สมศรี', 'สมหมาย'], new Set())).toBeUndefined();
    expect(fieldOfValues(['081-234-5678', '0812345678', '043123456'], new Set())).toBe('phone');
    expect(fieldOfValues(['13/05/2522', '1 ม.ค. 2530', '2522-05-13'], new Set())).toBe('birthDate');
    expect(fieldOfValues(['3-2-50', '1-0-0', '10-3-99'], new Set())).toBe('plotArea');
    expect(fieldOfValues(['บ้านเป็ด', 'ต.ศิลา', 'ศิลา'], new Set(['บ้านเป็ด', 'ศิลา']))).toBe('tambon');
  });
});

describe('finding the table', () => {
  it('carries a merged group heading over its sub-headings and keeps a cell merged down', () => {
    expect(combineHeadings(['ชื่อ', 'ที่อยู่', '', '', 'หมายเหตุ'], ['', 'บ้านเลขที่', 'หมู่', 'ตำบล', ''])).toEqual(['ชื่อ', 'ที่อยู่ บ้านเลขที่', 'ที่อยู่ หมู่', 'ที่อยู่ ตำบล', 'หมายเหตุ']);
  });
  it('passes over title rows, reads two heading rows, sets aside totals, repeated headings and section titles', () => {
    const t = findTable(sheet([
      ['ทะเบียนเกษตรกร อำเภอเมือง'], [null], ['ที่', 'ชื่อ-สกุล', 'เลขบัตร', 'ที่อยู่', null], [null, null, null, 'หมู่', 'ตำบล'],
      [1, 'นายก ข', '1101700230706', 3, 'ศิลา'], ['บ้านหนองไผ่'], ['ที่', 'ชื่อ-สกุล', 'เลขบัตร', 'ที่อยู่', null], [2, 'นางค ง', '1101700230706', 4, 'ศิลา'], ['รวมทั้งสิ้น', '2 ราย'],
    ]));
    expect(t).toMatchObject({ found: true, headingRows: [3, 4], headingRow: 4 });
    expect(t.headings).toEqual(['ที่', 'ชื่อ-สกุล', 'เลขบัตร', 'ที่อยู่ หมู่', 'ที่อยู่ ตำบล']);
    expect(t.rows.map((r) => r.rowNumber)).toEqual([5, 8]);
    expect(t.ignored.map((r) => [r.rowNumber, r.reason])).toEqual([[6, 'section'], [7, 'heading'], [9, 'total']]);
  });
  it('says when no row names the columns', () => {
    expect(findTable(sheet([['สรุป'], ['อำเภอ', 46]])).found).toBe(false);
  });
  it('names columns by letters both ways', () => {
    expect([0, 25, 26, 51, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 702]);
  });
});

describe('tambons by name within the area', () => {
  const resolver = placeResolver([
    { code: '400101', name: 'ในเมือง', districtName: 'เมืองขอนแก่น', provinceName: 'ขอนแก่น' },
    { code: '401002', name: 'ในเมือง', districtName: 'บ้านไผ่', provinceName: 'ขอนแก่น' },
    { code: '400115', name: 'บ้านเป็ด', districtName: 'เมืองขอนแก่น', provinceName: 'ขอนแก่น' },
  ]);
  it('finds a name, with its prefix, or a code; a district name settles a name that repeats', () => {
    expect(resolver.resolve('ต.บ้านเป็ด')).toEqual({ code: '400115' });
    expect(resolver.resolve('400115')).toEqual({ code: '400115' });
    expect(resolver.resolve('ในเมือง', 'อ.บ้านไผ่')).toEqual({ code: '401002' });
  });
  it('answers an ambiguous or unknown name with candidates', () => {
    expect(resolver.resolve('ในเมือง')).toMatchObject({ error: 'ambiguous', candidates: [{ code: '400101' }, { code: '401002' }] });
    expect(resolver.resolve('บ้านเปด')).toMatchObject({ error: 'unknown', candidates: [{ code: '400115' }] });
  });
});

describe('reading a workbook whole when streaming fails', () => {
  it('gives the same rows, Thai text, totals and sheet names as the streaming reader', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ทะเบียน');
    ws.addRow(['ทะเบียนเกษตรกร อำเภอเมืองขอนแก่น']);
    ws.addRow([]);
    ws.addRow(['ลำดับ', 'ชื่อ-สกุล', 'พื้นที่ (ไร่)']);
    ws.addRow([1, 'นายสมชาย ใจดี', 3]);
    ws.addRow([2, 'นางสาวน้ำฝน ดีงาม', 2.5]);
    ws.addRow(['รวม', null, { formula: 'SUM(C4:C5)', result: 5.5 }]);
    wb.addWorksheet('หมายเหตุ').addRow(['ข้อมูล ณ วันที่ 13 พ.ค. 2569']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const streamed = await streamSheets(buffer);
    const whole = await wholeSheets(buffer);
    expect(whole).toEqual(streamed);
    expect(whole.map((s) => s.name)).toEqual(['ทะเบียน', 'หมายเหตุ']);
    expect(whole[0]!.rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 6]);
    expect(whole[0]!.rows.at(-1)!.sumFormula).toBe(true);
    expect(whole[0]!.rows[2]!.values[1]).toBe('นายสมชาย ใจดี');
  });
});
