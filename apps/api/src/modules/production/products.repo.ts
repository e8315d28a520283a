import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { farmer, product } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { fullName } from '../farmers/farmers.rules';

export const listProducts = (db: Executor) => db.select().from(product).where(eq(product.active, true)).orderBy(asc(product.category), asc(product.code));

/**
 * A record's `product`: a catalogue code or Thai name is that listed product, which must be
 * counted in one of its units; anything else is a product typed in, in any unit. Returns the
 * code (null for one typed in) and the name to store.
 */
export async function resolveProduct(db: Executor, input: { product: string; unit: string }) {
  const name = input.product.trim();
  const p = (await db.select().from(product).where(or(eq(product.code, name), eq(product.nameTh, name))))[0];
  if (!p?.active) return { productCode: null, productName: name };
  if (!p.units.includes(input.unit)) throw new AppError('product.unit_mismatch', 400, { issues: [{ path: 'unit', message: `${p.nameTh} is counted in ${p.units.join(', ')}` }] });
  return { productCode: p.code, productName: p.nameTh };
}

/** Display names of farmers, for records that name one. */
export async function farmerNames(db: Executor, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  return new Map((await db.select().from(farmer).where(inArray(farmer.id, wanted))).map((f) => [f.id, fullName(f)]));
}
