import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Thai administrative units with official DOPA codes: provinces (2 digits), districts
 * (4 digits, Bangkok's khet included) and sub-districts / tambons (6 digits, Bangkok's khwaeng
 * included). One table, because the code's length already says the level and every record
 * elsewhere points at a tambon code; scope checks work by code prefix.
 */
export const geoUnit = pgTable(
  'geo_unit',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['province', 'district', 'tambon'] }).notNull(),
    parentCode: text('parent_code'),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    /** Geographic region of a province (standard four-region grouping); null below provinces. */
    regionCode: text('region_code'),
    postalCode: text('postal_code'),
    /** Retired units stay (records may point to them) but are hidden from pickers. */
    active: boolean('active').notNull().default(true),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('geo_unit_parent_idx').on(t.parentCode), index('geo_unit_level_idx').on(t.level)],
);
