import { describe, expect, it } from 'vitest';
import { diffGeography, recordsFromCsv, recordsFromJson, type ExistingUnit } from './geo.import';

const existing: ExistingUnit[] = [
  { code: '40', level: 'province', nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', active: true },
  { code: '4001', level: 'district', nameTh: 'เมืองขอนแก่น', nameEn: 'Mueang Khon Kaen', active: true },
  { code: '4002', level: 'district', nameTh: 'บ้านฝาง', nameEn: 'Ban Fang', active: true },
  { code: '4003', level: 'district', nameTh: 'พระยืน', nameEn: null, active: false },
];

describe('reading official lists', () => {
  it('reads the JSON layout of DOPA-based datasets, level by level', () => {
    const rows = recordsFromJson([{ districtCode: 4001, provinceCode: 40, districtNameTh: 'เมืองขอนแก่น', districtNameEn: 'Mueang Khon Kaen', postalCode: 40000 }]);
    expect(rows).toEqual([{ code: '4001', level: 'district', parentCode: '40', nameTh: 'เมืองขอนแก่น', nameEn: 'Mueang Khon Kaen', postalCode: '40000' }]);
    const tambon = recordsFromJson([{ subdistrictCode: 400101, districtCode: 4001, subdistrictNameTh: 'ในเมือง', subdistrictNameEn: 'Nai Mueang' }]);
    expect(tambon[0]).toMatchObject({ code: '400101', level: 'tambon', parentCode: '4001' });
  });
  it('reads CSV code,name_th,name_en,parent_code and says which line is wrong', () => {
    expect(recordsFromCsv('code,name_th,name_en,parent_code\n4001,เมืองขอนแก่น,Mueang Khon Kaen,40\n')).toEqual([
      { code: '4001', level: 'district', parentCode: '40', nameTh: 'เมืองขอนแก่น', nameEn: 'Mueang Khon Kaen' },
    ]);
    expect(() => recordsFromCsv('code,name_th\n401,x')).toThrow(/line 2: code "401"/);
    expect(() => recordsFromCsv('4001,x,,41')).toThrow(/line 1: parent_code 41/);
    expect(() => recordsFromCsv('4001,,,40')).toThrow(/line 1: name_th is empty/);
  });
});

describe('diffGeography', () => {
  it('finds added, renamed, restored and retired units', () => {
    const diff = diffGeography(existing, [
      { code: '4001', level: 'district', parentCode: '40', nameTh: 'เมืองขอนแก่น', nameEn: 'Muang Khon Kaen' },
      { code: '4003', level: 'district', parentCode: '40', nameTh: 'พระยืน', nameEn: null },
      { code: '4004', level: 'district', parentCode: '40', nameTh: 'หนองเรือ', nameEn: 'Nong Ruea' },
    ]);
    expect(diff.added.map((r) => r.code)).toEqual(['4004']);
    expect(diff.renamed).toEqual([{ code: '4001', from: { nameTh: 'เมืองขอนแก่น', nameEn: 'Mueang Khon Kaen' }, to: { nameTh: 'เมืองขอนแก่น', nameEn: 'Muang Khon Kaen' } }]);
    expect(diff.restored.map((r) => r.code)).toEqual(['4003']);
    expect(diff.retired.map((r) => r.code)).toEqual(['4002']);
  });
  it('retires only at the levels the list contains, and keeps our English name when the list has none', () => {
    const diff = diffGeography(existing, [{ code: '40', level: 'province', parentCode: null, nameTh: 'ขอนแก่น', nameEn: null }]);
    expect(diff).toMatchObject({ added: [], renamed: [], retired: [], restored: [], unchanged: 1 });
  });
});
