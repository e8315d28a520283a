import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { farmer, product } from '../../db/schema';
import { AppError, invalid } from '../../lib/errors';
import { fullName } from '../farmers/farmers.rules';

export const listProducts = (db: Executor) => db.select().from(product).where(eq(product.active, true)).orderBy(asc(product.category), asc(product.code));

/**
 * A product line of a record: a listed product counted in one of its units, or a free-text
 * product in any unit. Returns the code and the name to store.
 */
export async function resolveProduct(db: Executor, input: { product?: string; productCode?: string | null; productName?: string; unit: string }) {
  if (input.product) {
    // The contract's one `product`: a catalogue code or Thai name resolves to the catalogue item; anything else is free text.
    const p = (await db.select().from(product).where(or(eq(product.code, input.product), eq(product.nameTh, input.product))))[0];
    if (p?.active) return resolveProduct(db, { productCode: p.code, unit: input.unit });
    return { productCode: null, productName: input.product };
  }
  if (input.productCode) {
    const p = (await db.select().from(product).where(eq(product.code, input.productCode)))[0];
    if (!p || !p.active) throw new AppError('product.unknown', 400, { issues: [{ path: 'productCode', message: `no product ${input.productCode}` }] });
    if (!p.units.includes(input.unit)) throw new AppError('product.unit_mismatch', 400, { issues: [{ path: 'unit', message: `${p.nameTh} is counted in ${p.units.join(', ')}` }] });
    return { productCode: p.code, productName: input.productName?.trim() || p.nameTh };
  }
  if (!input.productName?.trim()) throw invalid([{ path: 'productName', message: 'a product code or a product name is required' }]);
  return { productCode: null, productName: input.productName.trim() };
}

/** Display names of farmers, for records that name one. */
export async function farmerNames(db: Executor, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  return new Map((await db.select().from(farmer).where(inArray(farmer.id, wanted))).map((f) => [f.id, fullName(f)]));
}
