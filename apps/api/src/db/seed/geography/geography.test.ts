import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeography } from './build';
import { ADD, DROP, RECODE, RENAME } from './corrections';
import { readThaiData } from './package-source';
import type { GeographySet } from './types';

/** The official list to check against, when the workspace has it (never needed to run). */
const REFERENCE_DIR = process.env.NTAG_GEO_REFERENCE
  ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../../../shared/reference/thailand-geography');
const hasReference = fs.existsSync(path.join(REFERENCE_DIR, 'subdistricts.json'));

let geo: GeographySet;
beforeAll(async () => {
  geo = await buildGeography();
});

describe('geography seed', () => {
  it('has 77 provinces, 928 districts and at least 7,400 sub-districts with unique, nested codes', () => {
    expect(geo.provinces).toHaveLength(77);
    expect(geo.districts).toHaveLength(928);
    expect(geo.tambons.length).toBeGreaterThanOrEqual(7400);
    const all = [...geo.provinces, ...geo.districts, ...geo.tambons];
    expect(new Set(all.map((u) => u.code)).size).toBe(all.length);
    const codes = new Set(all.map((u) => u.code));
    for (const u of [...geo.districts, ...geo.tambons]) expect(codes.has(u.parentCode!)).toBe(true);
  });

  it("includes Bangkok's 50 khet and their khwaeng", () => {
    expect(geo.districts.filter((d) => d.parentCode === '10')).toHaveLength(50);
    expect(geo.tambons.filter((t) => t.code.startsWith('10')).length).toBeGreaterThanOrEqual(160);
    expect(geo.tambons.find((t) => t.code === '103604')).toMatchObject({ nameTh: 'ดอนเมือง' });
  });

  it('has English names for every province and district and nearly every sub-district', () => {
    expect(geo.provinces.every((p) => p.nameEn)).toBe(true);
    expect(geo.districts.filter((d) => !d.nameEn).length).toBeLessThanOrEqual(5);
    expect(geo.tambons.filter((t) => !t.nameEn).length).toBeLessThan(geo.tambons.length * 0.01);
  });

  it('puts Bueng Kan tambons under their official codes and districts', () => {
    const t = (code: string) => geo.tambons.find((x) => x.code === code);
    expect(t('380101')?.nameTh).toBe('บึงกาฬ');
    expect(t('380201')?.nameTh).toBe('ศรีชมภู');
    expect(t('380303')?.nameTh).toBe('ศรีชมภู');
    expect(geo.districts.find((d) => d.code === '3802')?.nameTh).toBe('พรเจริญ');
  });
});

describe('corrections still match the package', () => {
  const pkg = readThaiData();
  const pkgCodes = new Set(pkg.tambons.map((t) => t.code));
  it('every dropped or recoded code is one the package has', () => {
    expect(DROP.filter((c) => !pkgCodes.has(c))).toEqual([]);
    expect(Object.keys(RECODE).filter((c) => !pkgCodes.has(c))).toEqual([]);
  });
  it('every added unit is one the package lacks, and every rename changes something', () => {
    expect(ADD.filter((a) => pkgCodes.has(a.code))).toEqual([]);
    const pkgNames = new Map([...pkg.districts, ...pkg.tambons].map((u) => [u.code, u.nameTh]));
    const recodedFrom = new Map(Object.entries(RECODE).map(([from, to]) => [to, from]));
    const unchanged = Object.entries(RENAME).filter(([code, name]) => pkgNames.get(recodedFrom.get(code) ?? code) === name);
    expect(unchanged).toEqual([]);
  });
});

describe.skipIf(!hasReference)('agreement with the official DOPA list', () => {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as Record<string, string | number>[];
  const agreement = (mine: GeographySet[keyof GeographySet], ref: Record<string, string | number>[], codeKey: string, nameKey: string) => {
    const byCode = new Map(mine.map((u) => [u.code, u]));
    return ref.filter((r) => byCode.get(String(r[codeKey]))?.nameTh === r[nameKey]).length / ref.length;
  };
  it('agrees on code and Thai name for at least 99% of provinces, districts and sub-districts', () => {
    expect(agreement(geo.provinces, read('provinces.json'), 'provinceCode', 'provinceNameTh')).toBe(1);
    expect(agreement(geo.districts, read('districts.json'), 'districtCode', 'districtNameTh')).toBe(1);
    expect(agreement(geo.tambons, read('subdistricts.json'), 'subdistrictCode', 'subdistrictNameTh')).toBeGreaterThanOrEqual(0.99);
  });
  it('has no unit that the official list lacks', () => {
    const refCodes = new Set(read('subdistricts.json').map((r) => String(r.subdistrictCode)));
    expect(geo.tambons.filter((t) => !refCodes.has(t.code)).map((t) => t.code)).toEqual([]);
  });
});
