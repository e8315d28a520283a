import { z } from 'zod';
import { IsoDate, Version } from '../common.schemas';

const isoDate = IsoDate;

export const RegionOut = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });

export const AgencyOut = z.object({
  code: z.string(),
  shortTh: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  regionCode: z.string().nullable(),
  provinceCount: z.number().int(),
  /** `assignmentVersion` is what PUT /api/program/provinces/{code}/agency expects as `version`. */
  provinces: z.array(z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable(), assignmentVersion: z.number().int() })),
  version: z.number().int(),
});

export const AgencyParams = z.object({ code: z.string().regex(/^[A-Z]{2,10}$/, 'an agency code such as DLD') });
export const UpdateAgencyBody = z.object({
  shortTh: z.string().trim().min(1, 'required').max(20).optional(),
  nameTh: z.string().trim().min(1, 'required').max(200).optional(),
  nameEn: z.string().trim().min(1, 'required').max(200).optional(),
  version: Version,
});

export const ProvinceParams = z.object({ code: z.string().regex(/^\d{2}$/, 'a 2-digit province code') });
export const AssignBody = z.object({
  agencyCode: z.string().regex(/^[A-Z]{2,10}$/, 'an agency code such as DLD'),
  version: Version,
});
export const AssignmentOut = z.object({ provinceCode: z.string(), agencyCode: z.string(), version: z.number().int() });

/** A step's dates for a cohort: `cohort` is the cohort's Buddhist-era year, `step` 1–7, as everywhere. */
export const ScheduleOut = z.object({
  cohort: z.number().int(),
  step: z.number().int(),
  startsOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
  /** Why the ministry last changed the dates (null: as seeded or opened). */
  reason: z.string().nullable(),
  version: z.number().int(),
});

export const CohortOut = z.object({
  /** The cohort's Buddhist-era year. */
  cohort: z.number().int(),
  tambonTarget: z.number().int(),
  /** How many target tambons the ministry has named for the cohort (the national figure is `tambonTarget`). */
  targetTambons: z.number().int(),
  version: z.number().int(),
  schedule: z.array(ScheduleOut),
});
export const CohortList = z.object({
  cohorts: z.array(CohortOut),
  /** Sum of the cohorts' targets (3,940 for 2565–2569 as seeded). */
  cohortTargetTotal: z.number().int(),
});

export const CohortParams = z.object({ cohort: z.coerce.number().int().min(2500).max(2700) });
export const UpdateCohortBody = z.object({ tambonTarget: z.number().int().min(0).max(10000), version: Version });
const TambonCode = z.string().regex(/^\d{6}$/, 'a 6-digit tambon code');
/** The target tambons of a cohort, by DOPA code (at most the country's 7,500 or so). */
export const TambonCodes = z.array(TambonCode).max(10000);
/** A step's dates when a cohort is opened; steps left out take the latest cohort's calendar moved to the new year. */
const OpeningSchedule = z.array(z.object({ step: z.number().int().min(1).max(7), startsOn: isoDate.nullable(), dueOn: isoDate.nullable() })).max(7);
export const CreateCohortBody = z.object({
  cohort: z.number().int().min(2500).max(2700),
  tambonTarget: z.number().int().min(0).max(10000),
  schedule: OpeningSchedule.optional(),
  tambonCodes: TambonCodes.optional(),
});

export const TargetOut = z.object({ key: z.string(), value: z.number().int(), nameTh: z.string(), nameEn: z.string(), version: z.number().int() });
export const TargetParams = z.object({ key: z.string().regex(/^[a-z_]{1,50}$/) });
export const UpdateTargetBody = z.object({ value: z.number().int().min(0).max(100000), version: Version });

export const StepOut = z.object({
  step: z.number().int(),
  nameTh: z.string(),
  nameEn: z.string(),
  form: z.string().nullable(),
  schedule: z.array(ScheduleOut),
});
export const ScheduleParams = z.object({ step: z.coerce.number().int().min(1).max(7), cohort: z.coerce.number().int().min(2500).max(2700) });
/** A calendar change says why (audited; the groups' overdue status follows the new dates at once). */
export const UpdateScheduleBody = z.object({
  startsOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
  version: Version,
});

export const TargetTambonsQuery = z.object({ unit: z.string().regex(/^\d{2}(\d{2})?$/, 'a province or district code').optional() });
/** `version` is the cohort's: send the one read to refuse a change made meanwhile (left out, the list is replaced as sent). */
export const PutTargetTambonsBody = z.object({ tambonCodes: TambonCodes, version: Version.optional() });
export const TargetTambonsOut = z.object({
  cohort: z.number().int(),
  /** The national figure for the cohort. */
  tambonTarget: z.number().int(),
  /** Every target tambon of the cohort (or of `unit`), by code. */
  tambonCodes: z.array(z.string()),
  tambons: z.array(z.object({
    code: z.string(), nameTh: z.string(), districtCode: z.string(), districtNameTh: z.string(), provinceCode: z.string(), provinceNameTh: z.string(),
    /** The cohort's model group there, if one is formed. */
    groupId: z.uuid().nullable(),
  })),
  version: z.number().int(),
});
export const ResolveTambonsBody = z.object({ lines: z.array(z.string().max(300)).min(1).max(10000) });
const Named = z.object({ code: z.string(), nameTh: z.string(), districtNameTh: z.string(), provinceNameTh: z.string() });
export const ResolveTambonsOut = z.object({
  matched: z.array(Named.extend({ line: z.number().int(), alreadyTarget: z.boolean() })),
  problems: z.array(z.object({ line: z.number().int(), text: z.string(), message: z.string(), candidates: z.array(Named) })),
});

export const MoveCohortBody = z.object({
  cohort: z.number().int().min(2500).max(2700),
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
  version: Version,
});

export const DeadlineOut = z.object({
  code: z.string(), fromLevel: z.string(), toLevel: z.string(), dueDay: z.number().int(), enabled: z.boolean(),
  nameTh: z.string(), nameEn: z.string(), version: z.number().int(),
});
export const DeadlineParams = z.object({ code: z.string().regex(/^[a-z_]{1,30}$/) });
export const UpdateDeadlineBody = z.object({
  dueDay: z.number().int().min(1).max(28).optional(),
  enabled: z.boolean().optional(),
  version: Version,
});
