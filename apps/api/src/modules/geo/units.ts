import { eq, inArray } from 'drizzle-orm';
import type { UnitKind } from '@ntag/shared';
import type { Executor } from '../../db/client';
import { agency, geoUnit, modelGroup, provinceAgency } from '../../db/schema';
import type { Scope } from '../../lib/authz';
import { isUuid } from '../../lib/ids';

/** Any org unit, named by its code: `TH`, an agency's code, a DOPA code, or a group's id. */
export interface OrgUnit {
  code: string;
  kind: UnitKind;
  nameTh: string;
  nameEn: string | null;
  parentCode: string | null;
  active: boolean;
  tambonCode?: string | null;
}

export const COUNTRY: OrgUnit = { code: 'TH', kind: 'country', nameTh: 'ประเทศไทย', nameEn: 'Thailand', parentCode: null, active: true };

export function kindOfCode(code: string): UnitKind | null {
  if (code === 'TH') return 'country';
  if (/^\d{2}$/.test(code)) return 'province';
  if (/^\d{4}$/.test(code)) return 'district';
  if (/^\d{6}$/.test(code)) return 'tambon';
  if (/^[A-Z]{2,10}$/.test(code)) return 'agency';
  if (isUuid(code)) return 'group';
  return null;
}

/** Resolves unit codes to units; unknown codes are simply absent from the result. */
export async function findUnits(db: Executor, codes: string[]): Promise<Map<string, OrgUnit>> {
  const out = new Map<string, OrgUnit>();
  const geoCodes: string[] = [];
  const agencyCodes: string[] = [];
  const groupIds: string[] = [];
  for (const code of new Set(codes)) {
    const kind = kindOfCode(code);
    if (kind === 'country') out.set(code, COUNTRY);
    else if (kind === 'agency') agencyCodes.push(code);
    else if (kind === 'province' || kind === 'district' || kind === 'tambon') geoCodes.push(code);
    else if (kind === 'group') groupIds.push(code.toLowerCase());
  }
  if (geoCodes.length) {
    const rows = await db.select().from(geoUnit).where(inArray(geoUnit.code, geoCodes));
    for (const r of rows) out.set(r.code, { code: r.code, kind: r.level, nameTh: r.nameTh, nameEn: r.nameEn, parentCode: r.parentCode, active: r.active });
  }
  if (agencyCodes.length) {
    const rows = await db.select().from(agency).where(inArray(agency.code, agencyCodes));
    for (const r of rows) out.set(r.code, { code: r.code, kind: 'agency', nameTh: r.nameTh, nameEn: r.nameEn, parentCode: 'TH', active: true });
  }
  if (groupIds.length) {
    const rows = await db.select().from(modelGroup).where(inArray(modelGroup.id, groupIds));
    for (const r of rows) out.set(r.id, { code: r.id, kind: 'group', nameTh: r.name, nameEn: null, parentCode: r.tambonCode, active: true, tambonCode: r.tambonCode });
  }
  return out;
}

export async function findUnit(db: Executor, code: string): Promise<OrgUnit | null> {
  return (await findUnits(db, [code])).get(code) ?? null;
}

/**
 * The tambon, district and province of each of these tambon codes, named with one lookup:
 * returns `placesOf(tambonCode)`. An unknown code is named by itself.
 */
export async function tambonPlaces(db: Executor, tambonCodes: string[]) {
  const units = await findUnits(db, tambonCodes.flatMap((c) => [c, c.slice(0, 4), c.slice(0, 2)]));
  const place = (code: string) => ({ code, nameTh: units.get(code)?.nameTh ?? code, nameEn: units.get(code)?.nameEn ?? null });
  return (tambonCode: string) => ({ tambon: place(tambonCode), district: place(tambonCode.slice(0, 4)), province: place(tambonCode.slice(0, 2)) });
}

/** Province codes currently assigned to each of the given agencies. */
export async function provincesOfAgencies(db: Executor, agencyCodes: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(agencyCodes.map((a) => [a, []]));
  if (!agencyCodes.length) return out;
  const rows = await db.select().from(provinceAgency).where(inArray(provinceAgency.agencyCode, agencyCodes));
  for (const r of rows) out.get(r.agencyCode)?.push(r.provinceCode);
  return out;
}

export async function agencyOfProvince(db: Executor, provinceCode: string): Promise<string | null> {
  const rows = await db.select().from(provinceAgency).where(eq(provinceAgency.provinceCode, provinceCode));
  return rows[0]?.agencyCode ?? null;
}

/** The area a unit covers, as a scope: what "this unit and everything below it" means. */
export async function areaOfUnit(db: Executor, unit: OrgUnit): Promise<Scope> {
  switch (unit.kind) {
    case 'country':
      return { all: true, prefixes: [], agencies: [], groups: [] };
    case 'agency':
      return { all: false, prefixes: (await provincesOfAgencies(db, [unit.code])).get(unit.code) ?? [], agencies: [unit.code], groups: [] };
    case 'group':
      return { all: false, prefixes: [], agencies: [], groups: [unit.code] };
    default:
      return { all: false, prefixes: [unit.code], agencies: [], groups: [] };
  }
}
