import type { z } from 'zod';
import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { conflictOf, isDatabaseError, isDatabaseUnavailable, isLostRace, sqlStateOf } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import * as farmers from '../farmers/farmers.service';
import { findFarmer } from '../farmers/farmers.repo';
import { CreateFarmerBody, UpdateFarmerBody } from '../farmers/farmers.schemas';
import { CreateSessionBody, UpdateSessionBody } from '../learning/learning.schemas';
import { sessionService } from '../learning/learning.service';
import { CreateOutletBody, UpdateOutletBody } from '../markets/markets.schemas';
import { outletService } from '../markets/markets.service';
import { CreateProductionBody, UpdateProductionBody } from '../production/production.schemas';
import { productionService } from '../production/production.service';
import { CreateTransactionBody, UpdateTransactionBody } from '../sales/sales.schemas';
import { transactionService } from '../sales/sales.service';
import type { PushInput, PushKind, PushResult } from './sync.schemas';
import { fieldOf, statusOfError } from './sync.rules';

type Deps = Pick<ModuleDeps, 'db'>;
type Item = PushInput['items'][number];
type Result = z.output<typeof PushResult>;
type Record = { id: string; version: number };

/** What one kind of item needs: the record's own schemas and use cases (so scope, rules, audit, step facts and monthly figures are the online API's). */
interface KindOps {
  create: z.ZodType;
  update: z.ZodType;
  /** Creates (idempotent on the id): created false for the same id and body again. */
  add(deps: Deps, ctx: Ctx, input: never): Promise<{ created: boolean; record: Record }>;
  edit(deps: Deps, ctx: Ctx, id: string, input: never): Promise<Record>;
  /** The edit is in the stored record already (sent again after its answer was lost). */
  alreadyIn(deps: Deps, ctx: Ctx, id: string, patch: never): Promise<boolean>;
}

const recordOps = (create: z.ZodType, update: z.ZodType, service: typeof productionService | typeof transactionService | typeof sessionService | typeof outletService): KindOps => ({
  create, update,
  add: (deps, ctx, input) => service.create(deps, ctx, input),
  edit: (deps, ctx, id, input) => service.update(deps, ctx, id, input),
  alreadyIn: (deps, ctx, id, patch) => service.editAlreadyIn(deps, ctx, id, patch),
});

const OPS: { [K in PushKind]: KindOps } = {
  production: recordOps(CreateProductionBody, UpdateProductionBody, productionService),
  transaction: recordOps(CreateTransactionBody, UpdateTransactionBody, transactionService),
  learningSession: recordOps(CreateSessionBody, UpdateSessionBody, sessionService),
  outlet: recordOps(CreateOutletBody, UpdateOutletBody, outletService),
  farmer: {
    create: CreateFarmerBody,
    update: UpdateFarmerBody,
    add: async (deps, ctx, input) => {
      const { created, farmer } = await farmers.createFarmer(deps, ctx, input);
      return { created, record: farmer };
    },
    edit: (deps, ctx, id, input) => farmers.updateFarmer(deps, ctx, id, input),
    alreadyIn: async (deps, ctx, id, patch) => {
      const row = await farmers.farmerInScope(deps.db, ctx.actor, 'farmer.update', id);
      return farmers.sameAsStored(row, patch);
    },
  },
};

/** How many times an item that lost a race to an identical write is run again (as the routes are, plugins/errors). */
const ATTEMPTS = 5;

const refused = (id: string, code: string, field?: string): Result => ({ id, status: 'refused', error: { code, ...(field ? { field } : {}) } });

/** The body as the record's own route would have it: a create carries the item's id; an edit its base version. */
function parse(item: Item, ops: KindOps): { ok: true; value: unknown } | { ok: false; result: Result } {
  const { id: bodyId, ...rest } = item.body;
  if (bodyId !== undefined && bodyId !== item.id) return { ok: false, result: refused(item.id, 'validation.failed', 'id') };
  const parsed = item.baseVersion === undefined ? ops.create.safeParse({ ...rest, id: item.id }) : ops.update.safeParse({ ...rest, version: item.baseVersion });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  // A field the record does not have is named (the bodies are strict, as on the record's own route).
  const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
  const path = issue ? [...issue.path.map(String), ...keys.slice(0, 1)].join('.') : undefined;
  return { ok: false, result: refused(item.id, 'validation.failed', path || undefined) };
}

async function attempt(deps: Deps, ctx: Ctx, item: Item, ops: KindOps, input: unknown): Promise<Result> {
  if (item.baseVersion === undefined) {
    const { created, record } = await ops.add(deps, ctx, input as never);
    return { id: item.id, status: created ? 'applied' : 'duplicate', version: record.version };
  }
  try {
    const record = await ops.edit(deps, ctx, item.id, input as never);
    return { id: item.id, status: 'applied', version: record.version };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'record.stale') throw err;
    const current = (err.details as { current?: Record } | undefined)?.current;
    const { version: _v, ...patch } = input as { version: number };
    if (current && (await ops.alreadyIn(deps, ctx, item.id, patch as never))) return { id: item.id, status: 'duplicate', version: current.version };
    throw err;
  }
}

/** One item's answer from the error its use case threw. Errors that are not the item's (the database gone) fail the whole call. */
function resultOfError(item: Item, err: unknown): Result {
  if (err instanceof AppError) {
    const status = statusOfError(err.code);
    const details = err.details as { current?: Result['current']; registeredIn?: NonNullable<Result['error']>['registeredIn']; farmerId?: string } | undefined;
    const field = err.code === 'record.stale' ? undefined : fieldOf(details);
    return {
      id: item.id, status,
      error: { code: err.code, ...(field ? { field } : {}), ...(details?.registeredIn ? { registeredIn: details.registeredIn } : {}), ...(details?.farmerId ? { farmerId: details.farmerId } : {}) },
      ...(status === 'conflict' && details?.current ? { current: details.current } : {}),
    };
  }
  if (isLostRace(err)) {
    const { code, path } = conflictOf(err);
    return refused(item.id, code, path);
  }
  // A value the validation let through but a column refused: still the item's input.
  const state = sqlStateOf(err);
  if (isDatabaseError(err) && state && /^(22...|23502|23503|23514)$/.test(state)) return refused(item.id, 'validation.failed');
  throw err;
}

/** A farmer already registered elsewhere: the conflict shows the stored farmer when the caller may read it. */
async function withCurrentFarmer(deps: Deps, ctx: Ctx, result: Result): Promise<Result> {
  if (result.error?.code !== 'farmer.duplicate_national_id' || !result.error.farmerId) return result;
  const row = await findFarmer(deps.db, result.error.farmerId);
  if (!row) return result;
  const [current] = await farmers.present(deps.db, ctx.actor, [row]);
  return { ...result, current };
}

async function pushOne(deps: Deps, ctx: Ctx, item: Item): Promise<Result> {
  const ops = OPS[item.kind];
  const parsed = parse(item, ops);
  if (!parsed.ok) return parsed.result;
  for (let n = 1; ; n++) {
    try {
      return await attempt(deps, ctx, item, ops, parsed.value);
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      if (isLostRace(err) && n < ATTEMPTS) continue;
      return withCurrentFarmer(deps, ctx, resultOfError(item, err));
    }
  }
}

const GROUP_RECORDS = { production: productionService, transaction: transactionService, learningSession: sessionService, outlet: outletService } as const;
type GroupRecordKind = keyof typeof GROUP_RECORDS;
const isGroupRecordCreate = (item: Item): item is Item & { kind: GroupRecordKind } => item.baseVersion === undefined && item.kind in GROUP_RECORDS;

/** A run of creates of one kind of group record: through the kit's `createMany` (the reads the items share made once, the records written in one transaction). */
async function pushCreates(deps: Deps, ctx: Ctx, kind: GroupRecordKind, items: Item[]): Promise<Result[]> {
  const ops = OPS[kind];
  const results: (Result | null)[] = items.map(() => null);
  const ready: { at: number; input: unknown }[] = [];
  items.forEach((item, at) => {
    const parsed = parse(item, ops);
    if (parsed.ok) ready.push({ at, input: parsed.value });
    else results[at] = parsed.result;
  });
  const answers = await GROUP_RECORDS[kind].createMany(deps, ctx, ready.map((r) => r.input) as never[]);
  for (const [n, answer] of answers.entries()) {
    const { at } = ready[n]!;
    const item = items[at]!;
    if (!('error' in answer)) results[at] = { id: item.id, status: answer.created ? 'applied' : 'duplicate', version: answer.version };
    else if (isDatabaseUnavailable(answer.error)) throw answer.error;
    // Lost a race to an identical write elsewhere: the item alone, run again until it settles.
    else if (isLostRace(answer.error)) results[at] = await pushOne(deps, ctx, item);
    else results[at] = resultOfError(item, answer.error);
  }
  return results as Result[];
}

/**
 * The outbox, in order: each item through its record's own use case (a refused item leaves the
 * others applied), idempotent on its id. One answer per item, given only once what it answers
 * has committed. Consecutive creates of one kind of group record go together through
 * `createMany`: checked one by one as `create` checks, then written in one transaction — one
 * INSERT, their audit rows, each group's step facts and monthly figures once (docs/adr/0020).
 * Edits and farmers go one by one, each in its own transaction.
 */
export async function push(deps: Deps, ctx: Ctx, input: PushInput): Promise<{ results: Result[] }> {
  const { items } = input;
  const results: Result[] = [];
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    if (!isGroupRecordCreate(item)) {
      results.push(await pushOne(deps, ctx, item));
      i++;
      continue;
    }
    let j = i + 1;
    while (j < items.length && items[j]!.kind === item.kind && isGroupRecordCreate(items[j]!)) j++;
    results.push(...(await pushCreates(deps, ctx, item.kind, items.slice(i, j))));
    i = j;
  }
  return { results };
}
