import { z } from 'zod';
import { Version } from '../common.schemas';

export const GeoUnitOut = z.object({
  code: z.string(),
  level: z.enum(['province', 'district', 'tambon']),
  parentCode: z.string().nullable(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  postalCode: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  /** Number of active units directly below (districts of a province, tambons of a district). */
  childCount: z.number().int(),
});

/** A named unit as records show their place (a farmer's or a group's tambon, district, province). */
export const Place = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable() });
/** The three places of a tambon code, as `tambonPlaces` (units.ts) names them. */
export const TambonPlaces = { tambon: Place, district: Place, province: Place };

export const ProvinceOut = GeoUnitOut.extend({
  agencyCode: z.string().nullable(),
  regionCode: z.string().nullable(),
});

export const ProvinceCodeParams = z.object({ code: z.string().regex(/^\d{2}$/, 'a 2-digit province code') });
export const DistrictCodeParams = z.object({ code: z.string().regex(/^\d{4}$/, 'a 4-digit district code') });
export const UnitCodeParams = z.object({ code: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, 'a 2-, 4- or 6-digit DOPA code') });

export const ListQuery = z.object({
  includeRetired: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'required').max(100),
  level: z.enum(['province', 'district', 'tambon']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const SearchHit = GeoUnitOut.extend({
  /** Names of the units above, nearest first: district then province. */
  parents: z.array(z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable() })),
});

export const UnitDetail = GeoUnitOut.extend({
  parents: z.array(z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable() })),
});

export const CreateUnitBody = z.object({
  code: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, 'a 2-, 4- or 6-digit DOPA code'),
  nameTh: z.string().trim().min(1, 'required').max(200),
  nameEn: z.string().trim().max(200).nullable().optional(),
  postalCode: z.string().regex(/^\d{5}$/, '5 digits').nullable().optional(),
});

export const UpdateUnitBody = z.object({
  nameTh: z.string().trim().min(1, 'required').max(200).optional(),
  nameEn: z.string().trim().max(200).nullable().optional(),
  postalCode: z.string().regex(/^\d{5}$/, '5 digits').nullable().optional(),
  active: z.boolean().optional(),
  version: Version,
});
