import { sql } from 'drizzle-orm';
import { boolean, customType, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth';
import { farmer } from './farmers';
import { geoUnit } from './geo';
import { modelGroup } from './groups';

/**
 * Steps 3–7 of the program (issue #4). Every record belongs to a model group, carries a
 * client-made id, a version and a soft-delete time; lists filter on `deleted_at is null`.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
const common = () => ({
  createdBy: uuid('created_by').references(() => appUser.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

/** Step 3: the group's learning centre (แหล่งเรียนรู้) and its lecturers, who are members. */
export const learningCentre = pgTable('learning_centre', {
  groupId: uuid('group_id').primaryKey().references(() => modelGroup.id),
  name: text('name').notNull(),
  description: text('description'),
  mainLecturerId: uuid('main_lecturer_id').references(() => farmer.id),
  assistantLecturerIds: uuid('assistant_lecturer_ids').array().notNull().default(sql`'{}'::uuid[]`),
  ...common(),
});

export const learningSession = pgTable(
  'learning_session',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    /** The กท.03 development topic it follows, when there is one (cohort and index in the plan). */
    planCohort: integer('plan_cohort'),
    planTopicIndex: smallint('plan_topic_index'),
    lecturerIds: uuid('lecturer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    attendeeIds: uuid('attendee_ids').array().notNull().default(sql`'{}'::uuid[]`),
    outsideParticipants: integer('outside_participants').notNull().default(0),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('learning_session_group_idx').on(t.groupId, t.heldOn)],
);

/** Session photos, resized on the server and kept in the database (docs/adr/0007). */
export const learningPhoto = pgTable(
  'learning_photo',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id').notNull().references(() => learningSession.id),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learning_photo_session_idx').on(t.sessionId)],
);

/** A controlled product list with the units each product is counted in. */
export const product = pgTable('product', {
  code: text('code').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  category: text('category').notNull(),
  units: text('units').array().notNull(),
  active: boolean('active').notNull().default(true),
});

/** Step 4: what a member or the whole group produced, and how it was used. */
export const productionRecord = pgTable(
  'production_record',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    farmerId: uuid('farmer_id').references(() => farmer.id),
    /** A day, or the first of the month when only the month is known (`period` = 'month'). */
    recordedOn: date('recorded_on').notNull(),
    period: text('period').notNull().default('day'),
    productCode: text('product_code').references(() => product.code),
    productName: text('product_name').notNull(),
    unit: text('unit').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    usedHousehold: numeric('used_household', { precision: 14, scale: 3, mode: 'number' }).notNull().default(0),
    usedExchange: numeric('used_exchange', { precision: 14, scale: 3, mode: 'number' }).notNull().default(0),
    usedSale: numeric('used_sale', { precision: 14, scale: 3, mode: 'number' }).notNull().default(0),
    usedProcessing: numeric('used_processing', { precision: 14, scale: 3, mode: 'number' }).notNull().default(0),
    usedLoss: numeric('used_loss', { precision: 14, scale: 3, mode: 'number' }).notNull().default(0),
    valueBaht: numeric('value_baht', { precision: 14, scale: 2, mode: 'number' }),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('production_group_idx').on(t.groupId, t.recordedOn)],
);

/** Step 5: the province's survey framework — which outlet types and questions apply. */
export const surveyFramework = pgTable('survey_framework', {
  provinceCode: text('province_code').primaryKey().references(() => geoUnit.code),
  outletTypes: text('outlet_types').array().notNull(),
  questions: jsonb('questions').$type<{ key: string; text: string }[]>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Step 5: an outlet near a group — who buys what, how much, how often, at what price. */
export const outlet = pgTable(
  'outlet',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    products: text('products').array().notNull().default(sql`'{}'::text[]`),
    volume: text('volume'),
    frequency: text('frequency'),
    price: text('price'),
    contact: text('contact'),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    surveyedOn: date('surveyed_on').notNull(),
    ...common(),
  },
  (t) => [index('outlet_group_idx').on(t.groupId, t.surveyedOn)],
);

/** Step 5: online channels (website, Facebook, LINE OA, marketplace) compiled for a province or a group. */
export const onlineChannel = pgTable(
  'online_channel',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull().references(() => geoUnit.code),
    groupId: uuid('group_id').references(() => modelGroup.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('online_channel_province_idx').on(t.provinceCode)],
);

/** Step 6: a marketing event the province runs, and the groups that took part. */
export const marketingEvent = pgTable(
  'marketing_event',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull().references(() => geoUnit.code),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    place: text('place'),
    groupIds: uuid('group_ids').array().notNull().default(sql`'{}'::uuid[]`),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('marketing_event_province_idx').on(t.provinceCode, t.startsOn)],
);

/** Step 6: an exchange or a sale, with its channel. */
export const transaction = pgTable(
  'sales_transaction',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    farmerId: uuid('farmer_id').references(() => farmer.id),
    occurredOn: date('occurred_on').notNull(),
    productCode: text('product_code').references(() => product.code),
    productName: text('product_name').notNull(),
    unit: text('unit').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    unitPrice: numeric('unit_price', { precision: 14, scale: 2, mode: 'number' }),
    valueBaht: numeric('value_baht', { precision: 14, scale: 2, mode: 'number' }),
    channel: text('channel').notNull(),
    outletId: uuid('outlet_id').references(() => outlet.id),
    eventId: uuid('event_id').references(() => marketingEvent.id),
    platform: text('platform'),
    /** Who bought (BUYER_TYPES): kept from a purchase enquiry, or typed with the sale. */
    buyerType: text('buyer_type'),
    notes: text('notes'),
    ...common(),
  },
  (t) => [index('transaction_group_idx').on(t.groupId, t.occurredOn)],
);

/** Step 7: the path to a registered community enterprise (วิสาหกิจชุมชน). */
export const enterprise = pgTable('enterprise', {
  groupId: uuid('group_id').primaryKey().references(() => modelGroup.id),
  informedOn: date('informed_on'),
  appliedOn: date('applied_on'),
  registeredOn: date('registered_on'),
  /** 12 digits, stored without separators; printed as X-XX-XX-XX/X-XXXX. */
  registrationCode: text('registration_code'),
  marketsItself: boolean('markets_itself').notNull().default(false),
  ownChannels: text('own_channels').array().notNull().default(sql`'{}'::text[]`),
  ...common(),
}, (t) => [uniqueIndex('enterprise_code_uq').on(t.registrationCode)]);

/**
 * The first date each step's records say it happened, per group: kept by the writes (in
 * their transaction) so that the progress of 4,009 groups never scans millions of records.
 */
export const groupStepFact = pgTable(
  'group_step_fact',
  {
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    fact: text('fact').notNull(),
    firstOn: date('first_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.fact] })],
);

/** The district's confirmation or override of a step where the records cannot say it. */
export const stepOverride = pgTable(
  'step_override',
  {
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    step: smallint('step').notNull(),
    status: text('status').notNull(),
    doneOn: date('done_on'),
    reason: text('reason').notNull(),
    setBy: uuid('set_by').references(() => appUser.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.step] })],
);

