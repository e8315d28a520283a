import { date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { geoUnit } from './geo';
import { farmer } from './farmers';
import { cohort } from './program';

/** A model group (กลุ่มเกษตรทฤษฎีใหม่ตำบลต้นแบบ): one per tambon and cohort. */
export const modelGroup = pgTable(
  'model_group',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    tambonCode: text('tambon_code').notNull().references(() => geoUnit.code),
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    foundedOn: date('founded_on'),
    phone: text('phone'),
    facebookPage: text('facebook_page'),
    lineOaId: text('line_oa_id'),
    website: text('website'),
    learningCentre: text('learning_centre'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('group_tambon_cohort_uq').on(t.tambonCode, t.cohortYear), index('group_cohort_idx').on(t.cohortYear)],
);

/** Members: selected farmers of the group's tambon; a farmer is in at most one model group. */
export const groupMember = pgTable(
  'group_member',
  {
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    farmerId: uuid('farmer_id').notNull().references(() => farmer.id),
    /** When the member was entered in NTAG. */
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** The day the farmer joined the group (a founding member: the founding date): members count from its month. */
    joinedOn: date('joined_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.farmerId] }), uniqueIndex('group_member_farmer_uq').on(t.farmerId)],
);

/** The committee: each seat held by a member; `other` seats carry their own title. */
export const groupCommittee = pgTable(
  'group_committee',
  {
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    farmerId: uuid('farmer_id').notNull().references(() => farmer.id),
    role: text('role').notNull(),
    title: text('title'),
    seat: integer('seat').notNull(),
    /** When the seat was last set: step 2's date comes from the president's. */
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.seat] }), index('group_committee_farmer_idx').on(t.farmerId)],
);
