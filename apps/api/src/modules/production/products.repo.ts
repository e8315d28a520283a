import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memo } from '../../db/batch-memo';
import { farmer, product } from '../../db/schema';
import { fullName } from '../farmers/farmers.rules';

export const listProducts = (db: Executor) => db.select().from(product).where(eq(product.active, true)).orderBy(asc(product.category), asc(product.code));

/** The product of the list whose code or Thai name this is, if any (retired ones included). */
export async function findProduct(db: Executor, codeOrName: string) {
  return memo(`product:${codeOrName}`, async () => (await db.select().from(product).where(or(eq(product.code, codeOrName), eq(product.nameTh, codeOrName))))[0] ?? null);
}

/** Display names of farmers, for records that name one. */
export async function farmerNames(db: Executor, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  return new Map((await db.select().from(farmer).where(inArray(farmer.id, wanted))).map((f) => [f.id, fullName(f)]));
}
