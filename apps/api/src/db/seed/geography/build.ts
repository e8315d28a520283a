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
  const provinceTh = new Map(set.provinces.map((p) => [p.code, p.nameTh]));
  const districtTh = new Map(set.districts.map((d) => [d.code, d.nameTh]));
  for (const p of set.provinces) p.nameEn ??= en.province(p.nameTh);
  for (const d of set.districts) d.nameEn ??= en.district(provinceTh.get(d.parentCode!)!, d.nameTh);
  for (const t of set.tambons) {
    t.nameEn ??= en.tambon(provinceTh.get(t.code.slice(0, 2))!, districtTh.get(t.parentCode!)!, t.nameTh);
  }
  for (const list of [set.provinces, set.districts, set.tambons]) list.sort((a, b) => a.code.localeCompare(b.code));
  return set;
}
