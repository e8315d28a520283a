import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth';
import { geoUnit } from './geo';
import { farmer } from './farmers';
import { cohort } from './program';

/**
 * A candidate of step 1 (แบบ กท.01): a farmer of a tambon checked against the four criteria for
 * a cohort; the district proposes, the province decides.
 */
export const selectionCandidate = pgTable(
  'selection_candidate',
  {
    id: uuid('id').primaryKey(),
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    tambonCode: text('tambon_code').notNull().references(() => geoUnit.code),
    farmerId: uuid('farmer_id').notNull().references(() => farmer.id),
    pondDug: boolean('pond_dug').notNull(),
    pondDugRemark: text('pond_dug_remark'),
    sameProducts: boolean('same_products').notNull(),
    sameProductsRemark: text('same_products_remark'),
    sharedIdeas: boolean('shared_ideas').notNull(),
    sharedIdeasRemark: text('shared_ideas_remark'),
    readyAndAble: boolean('ready_and_able').notNull(),
    readyAndAbleRemark: text('ready_and_able_remark'),
    proposal: text('proposal').notNull(),
    proposedBy: uuid('proposed_by').references(() => appUser.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('selection_farmer_cohort_uq').on(t.farmerId, t.cohortYear), index('selection_tambon_idx').on(t.tambonCode, t.cohortYear)],
);

/**
 * A selection result sent up (step 1, issue 13): a province's result for a cohort (its tambons,
 * groups and farmers selected) to its host agency, or a host agency's summary of its provinces to
 * the ministry. The state machine and versions are those of the monthly reports.
 */
export const selectionResult = pgTable(
  'selection_result',
  {
    id: uuid('id').primaryKey(),
    /** A province code, or a host agency's code for its summary. */
    unitCode: text('unit_code').notNull(),
    level: text('level').notNull(),
    cohortYear: integer('cohort_year').notNull().references(() => cohort.yearBe),
    state: text('state').notNull().default('draft'),
    notes: text('notes'),
    submittedVersions: integer('submitted_versions').notNull().default(0),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('selection_result_unit_cohort_uq').on(t.unitCode, t.cohortYear), index('selection_result_cohort_idx').on(t.cohortYear)],
);

/** Each submission of a selection result: its frozen numbers and what the level above decided. */
export const selectionResultVersion = pgTable(
  'selection_result_version',
  {
    resultId: uuid('result_id').notNull().references(() => selectionResult.id),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    notes: text('notes'),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [primaryKey({ columns: [t.resultId, t.number] })],
);
