import { bigserial, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth';
import { modelGroup } from './groups';

/**
 * Monthly figures of each group (production by product group, unit and use; sales value and
 * count by channel; learning sessions and attendance), kept by the writes of the records in
 * their own transactions — so a report or a dashboard never sums millions of records and a
 * record written now is in the next answer (no nightly batch).
 */
export const groupMonthStat = pgTable(
  'group_month_stat',
  {
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    month: date('month').notNull(),
    key: text('key').notNull(),
    /**
     * Writers of the same group at the same time add to different slots (ADR 0024: one group's
     * writes do not queue on one row); a figure is the sum over its slots. Slot 0 when alone.
     */
    slot: smallint('slot').notNull().default(0),
    value: numeric('value', { precision: 18, scale: 3, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.month, t.key, t.slot] })],
);

/** The same figures summed per province and cohort: what national dashboards read. */
export const provinceMonthStat = pgTable(
  'province_month_stat',
  {
    provinceCode: text('province_code').notNull(),
    cohortYear: integer('cohort_year').notNull(),
    month: date('month').notNull(),
    key: text('key').notNull(),
    /** As group_month_stat's: the figure is the sum over its slots. */
    slot: smallint('slot').notNull().default(0),
    value: numeric('value', { precision: 18, scale: 3, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.cohortYear, t.month, t.key, t.slot] }), index('province_month_stat_month_idx').on(t.month)],
);

/**
 * The province's figures summed over its cohorts (ADR 0024): what the national dashboard and a
 * province's report read when no cohort is chosen — a few rows per province and month whatever
 * the number of cohorts. Kept with the other two by the same writes; slots as theirs.
 */
export const provinceMonthTotal = pgTable(
  'province_month_total',
  {
    provinceCode: text('province_code').notNull(),
    month: date('month').notNull(),
    key: text('key').notNull(),
    slot: smallint('slot').notNull().default(0),
    value: numeric('value', { precision: 18, scale: 3, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.month, t.key, t.slot] })],
);

/** A monthly report of a unit (province → agency, agency → ministry as แบบ กท.05, district → province). */
export const report = pgTable(
  'report',
  {
    id: uuid('id').primaryKey(),
    definitionCode: text('definition_code').notNull(),
    unitCode: text('unit_code').notNull(),
    period: text('period').notNull(),
    state: text('state').notNull().default('draft'),
    narrative: jsonb('narrative').$type<Record<string, string>>().notNull().default({}),
    submittedVersions: integer('submitted_versions').notNull().default(0),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('report_unit_period_uq').on(t.definitionCode, t.unitCode, t.period), index('report_period_idx').on(t.period)],
);

/** Each submission: a frozen snapshot of every number and the narrative, and what the level above decided. */
export const reportVersion = pgTable(
  'report_version',
  {
    reportId: uuid('report_id').notNull().references(() => report.id),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    narrative: jsonb('narrative').$type<Record<string, string>>().notNull(),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.number] })],
);

/** In-app notifications (always), mirrored to e-mail and LINE when those are configured. */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => appUser.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    /** One notification per user and key: a daily job run twice does not remind twice. */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('notification_dedupe_uq').on(t.userId, t.dedupeKey), index('notification_user_idx').on(t.userId, t.createdAt)],
);

export const notificationDelivery = pgTable('notification_delivery', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  notificationId: uuid('notification_id').notNull().references(() => notification.id),
  channel: text('channel').notNull(),
  status: text('status').notNull(),
  error: text('error'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});
