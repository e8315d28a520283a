import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
