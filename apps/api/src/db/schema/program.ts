import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { geoUnit } from './geo';

export const region = pgTable('region', {
  code: text('code').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Host agencies (หน่วยงานเจ้าภาพหลัก). */
export const agency = pgTable('agency', {
  code: text('code').primaryKey(),
  shortTh: text('short_th').notNull(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  regionCode: text('region_code').references(() => region.code),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which host agency follows up each province; an administrator can reassign. */
export const provinceAgency = pgTable('province_agency', {
  provinceCode: text('province_code').primaryKey().references(() => geoUnit.code),
  agencyCode: text('agency_code').notNull().references(() => agency.code),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A cohort is the Buddhist-era year in which its tambons join the program. */
export const cohort = pgTable('cohort', {
  yearBe: integer('year_be').primaryKey(),
  tambonTarget: integer('tambon_target').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Program-wide numbers such as the overall tambon target (4,009). */
export const programTarget = pgTable('program_target', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The seven steps of the program. */
export const step = pgTable('step', {
  number: integer('number').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  form: text('form'),
});

/** Each step's window for a cohort: the seed's calendar shifted to the cohort's year, editable. */
export const stepSchedule = pgTable(
  'step_schedule',
  {
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    stepNumber: integer('step_number').notNull().references(() => step.number),
    startsOn: date('starts_on'),
    dueOn: date('due_on'),
    /** Why the dates were last changed (the ministry says why; the audit log keeps every change). */
    reason: text('reason'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cohortYear, t.stepNumber] })],
);

/** Monthly report deadlines: which level reports to which, by which day of the next month. */
export const reportDeadline = pgTable('report_deadline', {
  code: text('code').primaryKey(),
  fromLevel: text('from_level').notNull(),
  toLevel: text('to_level').notNull(),
  dueDay: integer('due_day').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The target tambons of a cohort (กำหนดพื้นที่เป้าหมายดำเนินการ): the ministry names them; a
 * province's or an agency's target is the count of its target tambons, while the cohort's
 * `tambon_target` stays the national figure (the two need not agree while targets are incomplete).
 */
export const cohortTargetTambon = pgTable(
  'cohort_target_tambon',
  {
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    tambonCode: text('tambon_code').notNull().references(() => geoUnit.code),
    addedBy: uuid('added_by'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cohortYear, t.tambonCode] }), index('cohort_target_tambon_code_idx').on(t.tambonCode)],
);
