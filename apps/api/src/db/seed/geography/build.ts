import { applyCorrections } from './corrections';
import { readEnglishNames, readThaiData } from './package-source';
import type { GeographySet } from './types';

/**
 * The geography seed: the npm packages' data, normalised to official DOPA codes by
 * corrections.ts, with English names where the packages have them.
 */
export async function buildGeography(): Promise<GeographySet> {
  const set = applyCorrections(readThaiData());
  const en = await readEnglishNames();
  const provinceName = new Map(set.provinces.map((p) => [p.code, p.nameTh]));
  const districtName = new Map(set.districts.map((d) => [d.code, d.nameTh]));
  for (const p of set.provinces) p.nameEn ??= en.province.get(p.code) ?? null;
  for (const d of set.districts) d.nameEn ??= en.district.get(`${d.parentCode}|${d.nameTh}`) ?? null;
  for (const t of set.tambons) {
    const pCode = t.code.slice(0, 2);
    t.nameEn ??= en.tambon.get(`${pCode}|${districtName.get(t.parentCode!)}|${t.nameTh}`) ?? null;
  }
  set.provinces.sort(byCode);
  set.districts.sort(byCode);
  set.tambons.sort(byCode);
  void provinceName;
  return set;
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
