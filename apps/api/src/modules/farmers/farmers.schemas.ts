import { z } from 'zod';
import { ACTIVITY_KINDS, SEXES, TITLE_DEED_TYPES, isValidNationalId, normalizeDigits } from '@ntag/shared';
import { IsoDate, patchBody, twoDecimals } from '../common.schemas';
import { Place, TambonPlaces } from '../geo/geo.schemas';
import { pondYearBe } from './farmers.rules';

/** 13 digits with a valid check digit; dashes, spaces and Thai digits are accepted and removed. */
export const NationalId = z
  .string()
  .transform((v) => normalizeDigits(v).replace(/[\s-]/g, ''))
  .refine((v) => /^\d{13}$/.test(v), 'must have 13 digits')
  .refine((v) => !/^\d{13}$/.test(v) || isValidNationalId(v), 'the check digit does not match (wrong number)');

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).transform((v) => v || null).nullable().optional();
const isoDate = IsoDate;

export const Activity = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  detail: text(200).optional(),
});

const farmerFields = {
  nationalId: NationalId,
  title: optionalText(30),
  firstName: text(100).min(1, 'required'),
  lastName: text(100).min(1, 'required'),
  birthDate: isoDate
    .refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), 'not a plausible birth date')
    .nullable()
    .optional(),
  sex: z.enum(SEXES).nullable().optional(),
  phone: z
    .string()
    .transform((v) => normalizeDigits(v).replace(/[\s-]/g, ''))
    .refine((v) => v === '' || /^0\d{8,9}$/.test(v), 'a Thai phone number: 9–10 digits starting with 0')
    .transform((v) => v || null)
    .nullable()
    .optional(),
  houseNo: optionalText(30),
  villageNo: z.number().int().min(1).max(99).nullable().optional(),
  villageName: optionalText(100),
  tambonCode: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code'),
  householdSize: z.number().int().min(1).max(50).nullable().optional(),
  farmerRegistryNo: optionalText(30),
  /** numeric(12,2). */
  plotAreaSqm: twoDecimals(100_000_000).nullable().optional(),
  titleDeedType: z.enum(TITLE_DEED_TYPES).nullable().optional(),
  pondDug: z.boolean().optional(),
  /** Buddhist-era year; a Gregorian year (1950–2100) is accepted and converted. */
  pondYear: z
    .number()
    .int()
    .min(1950, 'a year such as 2565 (BE) or 2022')
    .max(2100 + 543, 'a year such as 2565 (BE) or 2022')
    .refine((y) => pondYearBe(y) !== null, 'a year such as 2565 (BE) or 2022')
    .transform((y) => pondYearBe(y)!)
    .nullable()
    .optional(),
  /** numeric(10,2). */
  pondVolumeM3: twoDecimals(1_000_000).nullable().optional(),
  activities: z.array(Activity).max(20).optional(),
  notes: optionalText(2000),
};

export const CreateFarmerBody = z.object({ id: z.uuid(), ...farmerFields });
export type CreateFarmerInput = z.output<typeof CreateFarmerBody>;

export const UpdateFarmerBody = patchBody(farmerFields);
export type UpdateFarmerInput = z.output<typeof UpdateFarmerBody>;

export const FarmerOut = z.object({
  id: z.uuid(),
  nationalId: z.string(),
  /** True when `nationalId` is masked (1-2345-xxxxx-xx-1) for this caller. */
  nationalIdMasked: z.boolean(),
  title: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  phone: z.string().nullable(),
  houseNo: z.string().nullable(),
  villageNo: z.number().int().nullable(),
  villageName: z.string().nullable(),
  tambonCode: z.string(),
  ...TambonPlaces,
  householdSize: z.number().int().nullable(),
  farmerRegistryNo: z.string().nullable(),
  plotAreaSqm: z.number().nullable(),
  titleDeedType: z.enum(TITLE_DEED_TYPES).nullable(),
  pondDug: z.boolean(),
  pondYear: z.number().int().nullable(),
  pondVolumeM3: z.number().nullable(),
  activities: z.array(Activity),
  notes: z.string().nullable(),
  groupId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const PossibleDuplicate = z.object({ id: z.uuid(), fullName: z.string(), birthDate: z.string().nullable(), tambon: Place });

export const CreateFarmerResponse = FarmerOut.extend({
  /** Farmers of the same district with a similar name and the same birth date that the caller may read: shown, not blocked. */
  possibleDuplicates: z.array(PossibleDuplicate),
  /** Such a farmer also exists in a part of the district the caller may not read (who and where is not said). */
  possibleDuplicateElsewhere: z.boolean(),
});

export const FarmerListQuery = z.object({
  tambon: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code').optional(),
  district: z.string().regex(/^\d{4}$/, 'a 4-digit district code').optional(),
  province: z.string().regex(/^\d{2}$/, 'a 2-digit province code').optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const FarmerList = z.object({
  items: z.array(FarmerOut),
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const RevealResponse = z.object({ nationalId: z.string() });

export const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export const ImportReportOut = z.object({
  dryRun: z.boolean(),
  fileName: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problemCount: z.number().int(),
  /** At most the first 1,000 problems, in row order; `truncated` says when more exist. */
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string(), code: z.string() })),
  truncated: z.boolean(),
});

export const ExportQuery = z.object({
  tambon: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code').optional(),
  district: z.string().regex(/^\d{4}$/, 'a 4-digit district code').optional(),
  province: z.string().regex(/^\d{2}$/, 'a 2-digit province code').optional(),
});
