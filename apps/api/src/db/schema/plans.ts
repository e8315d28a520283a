import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { farmer } from './farmers';
import { modelGroup } from './groups';
import { cohort } from './program';

/**
 * Plans are documents: their lines are validated by zod (modules/plans/plans.schemas.ts) and
 * kept as JSON; the numbers that roll up are recomputed from them on read.
 */

/** แบบ กท.02: one farmer's production plan and potential assessment for a cohort year. */
export const individualPlan = pgTable(
  'individual_plan',
  {
    farmerId: uuid('farmer_id').notNull().references(() => farmer.id),
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    currentActivities: jsonb('current_activities').notNull().default([]),
    plannedProducts: jsonb('planned_products').notNull().default([]),
    assessment: jsonb('assessment'),
    developmentNeeds: text('development_needs'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.farmerId, t.cohortYear] })],
);

/** แบบ กท.03: a group's production and marketing plan with development topics for a cohort year. */
export const groupPlan = pgTable(
  'group_plan',
  {
    groupId: uuid('group_id').notNull().references(() => modelGroup.id),
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    products: jsonb('products').notNull().default([]),
    markets: jsonb('markets').notNull().default([]),
    topics: jsonb('topics').notNull().default([]),
    resources: jsonb('resources').notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.cohortYear] })],
);
