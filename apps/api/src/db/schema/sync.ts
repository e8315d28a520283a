import { bigint, customType, index, pgSequence, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL's 64-bit transaction id (xid8), read and written as text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/** The order of changes within one transaction. */
export const syncChangeSeq = pgSequence('sync_change_seq');

/**
 * The change feed of the offline app (issue #12, docs/adr/0020): one row per thing a phone keeps
 * and per place it lies, moved forward by triggers on every write (so imports, jobs and the
 * online API feed it as the sync push does). `txid` is the writing transaction's id and `seq` its
 * order within it; a pull reads rows of finished transactions only (txid below the snapshot's
 * xmin), so a page never skips a row that commits later. A deleted thing keeps its row
 * (`deleted`) as the tombstone phones need.
 */
export const syncChange = pgTable(
  'sync_change',
  {
    /** group · farmer · production · transaction · learningSession · outlet · steps · product · notification */
    entity: text('entity').notNull(),
    /** The thing's id (a uuid, or a product's code). */
    id: text('id').notNull(),
    /** Where it lies: a tambon code; '*' for reference data everyone reads; 'u:<user id>' for one user's notifications. */
    place: text('place').notNull(),
    /** The model group it belongs to, for callers whose grant is on the group (its committee). */
    groupId: uuid('group_id'),
    txid: xid8('txid').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entity, t.id, t.place] }),
    index('sync_change_order_idx').on(t.txid, t.seq),
    index('sync_change_place_idx').on(t.place.op('text_pattern_ops'), t.txid, t.seq),
    index('sync_change_group_idx').on(t.groupId),
  ],
);
