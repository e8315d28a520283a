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
  /** An id chosen by the screen to poll the import's progress at /api/farmers/import/batches/{id}. */
  batch: z.uuid().optional(),
  /**
   * The Land Development Department's pond list: the farmers written also become candidates of
   * form กท.01 for this cohort (BE year), criterion 1 (pond dug by LDD) filled from the list and
   * the other three left for the district to assess.
   */
  cohort: z.coerce.number().int().min(2500).max(2700).optional(),
});

/** An import's progress and, once committed, what it wrote. */
export const ImportBatchOut = z.object({
  id: z.uuid(),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(['reading', 'checking', 'writing', 'done', 'failed', 'undone']),
  rowsDone: z.number().int(),
  rowsTotal: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  /** Until when the office may undo it (7 days after); null for a check. */
  undoUntil: z.string().nullable(),
});
export const ImportBatchList = z.object({ items: z.array(ImportBatchOut) });

export const UndoImportOut = z.object({
  batch: ImportBatchOut,
  /** Farmers removed (the batch created them) and restored (the batch changed them). */
  removed: z.number().int(),
  restored: z.number().int(),
  /** Farmers left as they are because they were changed (or joined a group) after the import. */
  kept: z.array(z.object({ farmerId: z.uuid(), name: z.string(), reason: z.string() })),
});

/** The NTAG fields a file's column can be mapped to (docs/adr/0018). */
export const IMPORT_FIELDS = [
  'nationalId', 'title', 'firstName', 'lastName', 'fullName', 'birthDate', 'sex', 'phone', 'houseNo', 'villageNo', 'villageName',
  'address', 'tambon', 'district', 'province', 'householdSize', 'farmerRegistryNo', 'plotArea', 'rai', 'ngan', 'wa', 'titleDeedType',
  'pondDug', 'pondYear', 'pondVolumeM3', 'activities', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A spreadsheet column by its letters, A to XFD. */
const ColumnLetters = z.string().regex(/^[A-Z]{1,3}$/, 'a column letter such as A or AB');

/**
 * The mapping an officer sends (multipart field `mapping`, JSON): which sheet, which row holds
 * the (last) heading, and for each column the field it carries or null to ignore it. Anything
 * left out is proposed by the server.
 */
export const ImportMapping = z.object({
  sheet: z.string().trim().min(1).max(100).optional(),
  headingRow: z.number().int().min(1).max(1_048_576).optional(),
  columns: z.array(z.object({ column: ColumnLetters, field: z.enum(IMPORT_FIELDS).nullable() })).max(200).optional(),
}).strict();
export type ImportMappingInput = z.output<typeof ImportMapping>;

/** A mapping saved for the office: the headings it applies to and each column's field. */
export const SavedMappingList = z.object({
  items: z.array(z.object({
    headings: z.array(z.string()),
    columns: z.array(z.object({ column: z.string(), field: z.enum(IMPORT_FIELDS).nullable() })),
    updatedAt: z.string(),
  })),
});

export const ImportProblem = z.object({
  /** The row as Excel numbers it (1 is the first row of the sheet); 0 for a problem of the whole file. */
  row: z.number().int(),
  /** The column as the file calls it (its heading), or the field looked for. */
  column: z.string(),
  /** The value found in the cell ('' when none). */
  value: z.string(),
  code: z.string(),
  /** What is wrong and what to write instead, in Thai. */
  message: z.string(),
});

export const ImportReportOut = z.object({
  dryRun: z.boolean(),
  fileName: z.string(),
  /** The sheets of the workbook (a CSV is one), the likeliest proposed. */
  sheets: z.array(z.object({ name: z.string(), dataRows: z.number().int(), headingFound: z.boolean() })),
  /** The mapping used: the one sent, else the one saved for the office and these headings, else the one proposed. */
  mapping: z.object({
    sheet: z.string(),
    headingRow: z.number().int(),
    /** The rows read as headings (a title row above and a two-row heading show here). */
    headingRows: z.array(z.number().int()),
    source: z.enum(['sent', 'saved', 'proposed']),
    columns: z.array(z.object({
      column: z.string(),
      heading: z.string(),
      field: z.enum(IMPORT_FIELDS).nullable(),
      /** How the field was chosen: by the heading, by the values' shape, by hand, or not at all. */
      by: z.enum(['heading', 'values', 'sent', 'saved', 'none']),
      /** Up to five values of the column, as written. */
      samples: z.array(z.string()),
    })),
  }),
  /** Headings of columns that are not imported (not an error). */
  ignoredColumns: z.array(z.string()),
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** Rows skipped as not farmers: totals (รวม, formulas), repeated headings, section titles. */
  ignored: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** With `cohort`: the new กท.01 candidates made from the list (a farmer already a candidate of the cohort is left as is). */
  candidates: z.number().int(),
  /** The batch written (for undo within 7 days); null for a dry run or when nothing was written. */
  batchId: z.uuid().nullable(),
  problemCount: z.number().int(),
  /** At most the first 1,000 problems, in row order; `truncated` says when more exist. */
  problems: z.array(ImportProblem),
  truncated: z.boolean(),
});

export const ExportQuery = z.object({
  tambon: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code').optional(),
  district: z.string().regex(/^\d{4}$/, 'a 4-digit district code').optional(),
  province: z.string().regex(/^\d{2}$/, 'a 2-digit province code').optional(),
});
