import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth';
import { geoUnit } from './geo';

/** One main activity of a farm: a controlled kind with free text. */
export interface FarmActivity {
  kind: 'crops' | 'livestock' | 'fishery' | 'processing' | 'other';
  detail?: string;
}

/**
 * The farmer registry. `id` is created by the client (field devices work offline); the national
 * id is unique across the country. Land is stored in square metres, pond volume in m³.
 */
export const farmer = pgTable(
  'farmer',
  {
    id: uuid('id').primaryKey(),
    nationalId: text('national_id').notNull(),
    title: text('title'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date'),
    sex: text('sex'),
    phone: text('phone'),
    houseNo: text('house_no'),
    villageNo: smallint('village_no'),
    villageName: text('village_name'),
    tambonCode: text('tambon_code').notNull().references(() => geoUnit.code),
    householdSize: smallint('household_size'),
    farmerRegistryNo: text('farmer_registry_no'),
    plotAreaSqm: numeric('plot_area_sqm', { precision: 12, scale: 2, mode: 'number' }),
    titleDeedType: text('title_deed_type'),
    pondDug: boolean('pond_dug').notNull().default(false),
    /** Buddhist-era year the Land Development Department dug the pond. */
    pondYear: smallint('pond_year'),
    pondVolumeM3: numeric('pond_volume_m3', { precision: 10, scale: 2, mode: 'number' }),
    activities: jsonb('activities').$type<FarmActivity[]>().notNull().default([]),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** The import batch that last wrote this farmer (issue 11: undo within 7 days). */
    importBatchId: uuid('import_batch_id'),
  },
  (t) => [
    uniqueIndex('farmer_national_id_uq').on(t.nationalId),
    // text_pattern_ops: prefix searches (`like 'สม%'`, scope `like '40%'`) use the index under any collation.
    index('farmer_tambon_idx').using('btree', sql`${t.tambonCode} text_pattern_ops`),
    index('farmer_first_name_idx').using('btree', sql`${t.firstName} text_pattern_ops`),
    index('farmer_last_name_idx').using('btree', sql`${t.lastName} text_pattern_ops`),
    index('farmer_birth_idx').on(t.birthDate),
  ],
);

/**
 * The column mapping an office chose for a file's headings (issue 11): the next file with the
 * same headings maps itself. `signature` is the file's headings joined in column order.
 */
export const importMapping = pgTable(
  'import_mapping',
  {
    officeCode: text('office_code').notNull(),
    signature: text('signature').notNull(),
    /** { column letter: field | null } */
    columns: jsonb('columns').$type<Record<string, string | null>>().notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.signature] })],
);

/**
 * One import (a check or a commit): its progress while it runs (rows done / total, polled by the
 * screen) and, once committed, what it wrote, so the office can undo it as a whole within 7 days.
 */
export const importBatch = pgTable(
  'import_batch',
  {
    id: uuid('id').primaryKey(),
    officeCode: text('office_code').notNull(),
    fileName: text('file_name').notNull(),
    dryRun: boolean('dry_run').notNull(),
    /** reading → checking → writing → done (or failed); undone after an undo. */
    status: text('status').notNull(),
    rowsDone: integer('rows_done').notNull().default(0),
    rowsTotal: integer('rows_total').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [index('import_batch_office_idx').on(t.officeCode, t.createdAt)],
);

/** Each farmer a batch wrote: its state before (null when the batch created it) and the version it left. */
export const importBatchRow = pgTable(
  'import_batch_row',
  {
    batchId: uuid('batch_id').notNull().references(() => importBatch.id),
    farmerId: uuid('farmer_id').notNull(),
    before: jsonb('before'),
    version: integer('version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.farmerId] })],
);
