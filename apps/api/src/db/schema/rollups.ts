import { boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { modelGroup } from './groups';

/**
 * Each group's seven steps and the counts the dashboard draws (issue 16, ADR 0024): one row per
 * group, kept by statement triggers on every table a step is derived from (the group, selection,
 * committee, กท.03, learning centre, step facts, enterprise, overrides, members) in the writing
 * transaction, by the same rules as progress.rules.ts — so the country's progress and dashboard
 * are one GROUP BY over about 4,009 rows, never a recomputation of every group per request.
 * Due dates are not stored (they come from step_schedule when read), nor "overdue" (it depends
 * on today).
 */
export const groupProgress = pgTable(
  'group_progress',
  {
    groupId: uuid('group_id').primaryKey().references(() => modelGroup.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    districtCode: text('district_code').notNull(),
    tambonCode: text('tambon_code').notNull(),
    cohortYear: integer('cohort_year').notNull(),
    s1: text('s1').notNull(),
    s2: text('s2').notNull(),
    s3: text('s3').notNull(),
    s4: text('s4').notNull(),
    s5: text('s5').notNull(),
    s6: text('s6').notNull(),
    s7: text('s7').notNull(),
    d1: date('d1'),
    d2: date('d2'),
    d3: date('d3'),
    d4: date('d4'),
    d5: date('d5'),
    d6: date('d6'),
    d7: date('d7'),
    members: integer('members').notNull().default(0),
    /** It has a president. */
    formed: boolean('formed').notNull().default(false),
    informed: boolean('informed').notNull().default(false),
    applied: boolean('applied').notNull().default(false),
    registered: boolean('registered').notNull().default(false),
  },
  (t) => [index('group_progress_province_idx').on(t.provinceCode, t.cohortYear), index('group_progress_district_idx').on(t.districtCode), index('group_progress_tambon_idx').on(t.tambonCode, t.cohortYear)],
);
