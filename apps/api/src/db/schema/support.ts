import { sql } from 'drizzle-orm';
import { customType, date, index, integer, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth';
import { farmer } from './farmers';
import { geoUnit } from './geo';
import { modelGroup } from './groups';

/**
 * Advice and support (issue 13): the district's visits to its groups, the training its groups'
 * lecturers attend, and the partners a province brings together. Client-made ids, a version and
 * a soft-delete time, like every field record.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
const common = () => ({
  createdBy: uuid('created_by').references(() => appUser.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

/** A district's advisory visit to a group (ให้คำแนะนำ ส่งเสริม และสนับสนุน, steps 4 and 6). */
export const advisoryVisit = pgTable(
  'advisory_visit',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    visitedOn: date('visited_on').notNull(),
    /** The step the visit supported (1–7). */
    step: smallint('step').notNull(),
    /** Who went (officers' names, as written). */
    visitors: text('visitors').notNull(),
    advice: text('advice').notNull(),
    problems: text('problems'),
    /** When the district means to come back; overdue while no later visit is recorded. */
    followUpOn: date('follow_up_on'),
    ...common(),
  },
  (t) => [index('advisory_visit_group_idx').on(t.groupId, t.visitedOn), index('advisory_visit_follow_up_idx').on(t.followUpOn)],
);

/** Visit photos, resized on the server and kept in the database (docs/adr/0007). */
export const advisoryVisitPhoto = pgTable(
  'advisory_visit_photo',
  {
    id: uuid('id').primaryKey(),
    visitId: uuid('visit_id').notNull().references(() => advisoryVisit.id),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('advisory_visit_photo_visit_idx').on(t.visitId)],
);

/** Step 3: a course a lecturer of the group's learning centre attended (พัฒนาทักษะวิทยากร). */
export const lecturerTraining = pgTable(
  'lecturer_training',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    farmerId: uuid('farmer_id').notNull().references(() => farmer.id),
    trainedOn: date('trained_on').notNull(),
    course: text('course').notNull(),
    organiser: text('organiser').notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('lecturer_training_group_idx').on(t.groupId, t.trainedOn)],
);

/** Step 7: a partner the province integrates (ภาครัฐ เอกชน สถาบันการศึกษา), and the groups it supports. */
export const partner = pgTable(
  'partner',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull().references(() => geoUnit.code),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    support: text('support').notNull(),
    groupIds: uuid('group_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The API's `from` and `to`: the partnership's first and (when it ended) last day. */
    from: date('starts_on').notNull(),
    to: date('ends_on'),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('partner_province_idx').on(t.provinceCode, t.from)],
);
