import { z } from 'zod';
import { Version } from '../common.schemas';
import { FarmerOut } from '../farmers/farmers.schemas';
import { GroupOut } from '../groups/groups.schemas';
import { SessionOut } from '../learning/learning.schemas';
import { OutletOut } from '../markets/markets.schemas';
import { NotificationOut } from '../notifications/notifications.schemas';
import { ProductOut, ProductionOut } from '../production/production.schemas';
import { StepOut } from '../progress/progress.schemas';
import { TransactionOut } from '../sales/sales.schemas';

/**
 * The offline app's sync protocol (issue #12, docs/adr/0020): the outbox is pushed in batches,
 * what changed in the caller's scope is pulled in pages behind an opaque cursor.
 */
export const PUSH_KINDS = ['transaction', 'production', 'learningSession', 'outlet', 'farmer'] as const;
export type PushKind = (typeof PUSH_KINDS)[number];
export const MAX_PUSH_ITEMS = 500;

export const PushItem = z.strictObject({
  /** The record's client-made UUID: its id on the server too (a create), or the record edited. */
  id: z.uuid(),
  kind: z.enum(PUSH_KINDS),
  /** The version an edit was based on; left out, the item creates the record. */
  baseVersion: Version.optional(),
  /** What the record's own POST takes (a create; `id` may be left out) or its PATCH (an edit; without `version`). */
  body: z.record(z.string().max(100), z.unknown()),
});
export const PushBody = z.strictObject({ items: z.array(PushItem).min(1, 'at least one item').max(MAX_PUSH_ITEMS, `at most ${MAX_PUSH_ITEMS} items per call`) });
export type PushInput = z.output<typeof PushBody>;

const Place = z.object({ code: z.string(), nameTh: z.string() });

export const PushResult = z.object({
  id: z.uuid(),
  status: z.enum(['applied', 'duplicate', 'refused', 'conflict']),
  /** The record's version on the server after the item (applied or duplicate). */
  version: z.number().int().optional(),
  /** Why an item was refused or is a conflict: the error code (docs/ERRORS.md) and the body's field it names. */
  error: z.object({
    code: z.string(),
    field: z.string().optional(),
    /** A farmer whose national id is registered elsewhere: where (as the online form says it). */
    registeredIn: z.object({ tambon: Place, district: Place, province: Place }).optional(),
    /** …and the farmer's id, only when the caller may read that farmer. */
    farmerId: z.uuid().optional(),
  }).optional(),
  /** A conflict: the server's record as it is now (an edit based on an old version; the farmer already registered, when readable). */
  current: z.union([FarmerOut, SessionOut, OutletOut, ProductionOut, TransactionOut]).optional(),
});
export const PushOut = z.object({ results: z.array(PushResult) });

export const PullQuery = z.object({
  /** The `cursor` of the previous pull; left out (or from another scope), the pull starts from nothing. */
  cursor: z.string().max(8000).optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

const StepsOut = z.object({ groupId: z.uuid(), steps: z.array(StepOut) });

/** One change: the thing as the caller may read it now, or `deleted` (gone, out of the caller's scope, or older than `recentFrom`). */
const change = <K extends string, T extends z.ZodType>(kind: K, data: T) =>
  z.object({ kind: z.literal(kind), id: z.string(), deleted: z.boolean(), data: data.nullable() });

export const SyncChange = z.discriminatedUnion('kind', [
  change('group', GroupOut),
  change('farmer', FarmerOut),
  change('steps', StepsOut),
  change('production', ProductionOut),
  change('transaction', TransactionOut),
  change('learningSession', SessionOut),
  change('outlet', OutletOut),
  change('product', ProductOut),
  change('notification', NotificationOut),
]);
export type SyncChangeOut = z.output<typeof SyncChange>;

export const PullOut = z.object({
  changes: z.array(SyncChange),
  /** Send it back as `cursor` on the next pull. */
  cursor: z.string(),
  /** More changes are waiting: pull again at once. */
  more: z.boolean(),
  /** The cursor was made for another scope (or not by this server): drop what is kept and apply from nothing. */
  reset: z.boolean(),
  /** Records dated before this day are not sent (the phone keeps recent records only). */
  recentFrom: z.string(),
});
