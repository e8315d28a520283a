import type { ProduceUse, QuantityUnit } from '@ntag/shared';
import { productionRecord } from '../../db/schema';
import { invalid } from '../../lib/errors';
import { checkRecordDate, productOf, recordService, requireMember, resolveProduct, type RecordKind } from '../records/records.kit';
import type { ProductionInput } from './production.schemas';
import { farmerNames } from './products.repo';
import { monthOf } from '../stats/stats.repo';
import { monthEnd, usesWithinQuantity } from './production.rules';

type Input = Omit<ProductionInput, 'version'> & { uses: Record<ProduceUse, number> };
type ProductionRow = typeof productionRecord.$inferSelect;
const NO_USES: Record<ProduceUse, number> = { household: 0, exchange: 0, sale: 0, processing: 0, loss: 0 };

const kind: RecordKind<Input, ReturnType<typeof out>> = {
  noun: 'production',
  refusal: { what: 'ผลผลิต', page: 'production' },
  table: productionRecord,
  date: productionRecord.recordedOn,
  dateKey: 'recordedOn',
  read: 'production.read',
  write: 'production.write',
  notFound: 'record.not_found',
  fact: 'production',
  stats: true,
  async prepare(db, input, group) {
    const month = input.period === 'month';
    // A month-only record is dated the first of its month, the month its figures count in.
    const recordedOn = month ? monthOf(input.date!) : input.date!;
    checkRecordDate(recordedOn, group, 'date', month ? monthEnd(recordedOn) : recordedOn);
    if (input.farmerId) await requireMember(db, group.id, input.farmerId, 'farmerId');
    const product = await resolveProduct(db, { product: input.product!, unit: input.unit! });
    const uses = input.uses ?? NO_USES;
    if (!usesWithinQuantity(input.quantity!, uses)) {
      throw invalid([{ path: 'uses', message: 'the uses add up to more than the quantity' }]);
    }
    return {
      farmerId: input.farmerId ?? null, recordedOn, period: input.period ?? 'day', ...product, unit: input.unit, quantity: input.quantity,
      usedHousehold: uses.household, usedExchange: uses.exchange, usedSale: uses.sale, usedProcessing: uses.processing, usedLoss: uses.loss,
      valueBaht: input.value ?? null, notes: input.notes ?? null,
    };
  },
  toInput(row) {
    const r = row as unknown as ProductionRow;
    return {
      farmerId: r.farmerId, date: r.recordedOn, period: r.period as 'day' | 'month', product: productOf(r),
      unit: r.unit as QuantityUnit, quantity: Number(r.quantity), value: r.valueBaht, notes: r.notes,
      uses: { household: Number(r.usedHousehold), exchange: Number(r.usedExchange), sale: Number(r.usedSale), processing: Number(r.usedProcessing), loss: Number(r.usedLoss) },
    };
  },
  async present(db, _actor, rows) {
    const names = await farmerNames(db, rows.map((r) => r.farmerId as string | null));
    return rows.map((r) => out(r as unknown as ProductionRow, names));
  },
};

function out(r: ProductionRow, names: Map<string, string>) {
  return {
    id: r.id, groupId: r.groupId, farmerId: r.farmerId, farmerName: r.farmerId ? (names.get(r.farmerId) ?? null) : null,
    date: r.recordedOn, period: r.period as 'day' | 'month', product: productOf(r), unit: r.unit as QuantityUnit, quantity: Number(r.quantity),
    uses: { household: Number(r.usedHousehold), exchange: Number(r.usedExchange), sale: Number(r.usedSale), processing: Number(r.usedProcessing), loss: Number(r.usedLoss) },
    value: r.valueBaht === null ? null : Number(r.valueBaht), notes: r.notes,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}

export const productionService = recordService(kind);
