export type GeoLevel = 'province' | 'district' | 'tambon';

/** One administrative unit as the seed and the importer see it. */
export interface GeoRecord {
  code: string;
  level: GeoLevel;
  parentCode: string | null;
  nameTh: string;
  nameEn: string | null;
  postalCode?: string | null;
}

export interface GeographySet {
  provinces: GeoRecord[];
  districts: GeoRecord[];
  tambons: GeoRecord[];
}

/** Level of a DOPA code by its length: 2 province, 4 district, 6 tambon. */
export function levelOfCode(code: string): GeoLevel | null {
  if (/^\d{2}$/.test(code)) return 'province';
  if (/^\d{4}$/.test(code)) return 'district';
  if (/^\d{6}$/.test(code)) return 'tambon';
  return null;
}

export function parentOfCode(code: string): string | null {
  return code.length > 2 ? code.slice(0, code.length - 2) : null;
}
