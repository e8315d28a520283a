import { describe, expect, it } from 'vitest';
import { rollup } from './plans.rules';

describe('plan roll-up', () => {
  it('sums the group calendar against the members’ plans per product and unit', () => {
    const lines = rollup(
      [
        { product: 'ผักบุ้ง', unit: 'kg', monthly: [10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { product: 'ไข่ไก่', unit: 'tray', monthly: Array(12).fill(5) },
      ],
      [
        { product: 'ผัก บุ้ง', unit: 'kg', quantity: 12.5 },
        { product: 'ผักบุ้ง', unit: 'kg', quantity: 10 },
        { product: 'ปลานิล', unit: 'kg', quantity: 40 },
      ],
    );
    expect(lines).toEqual([
      { product: 'ผักบุ้ง', unit: 'kg', groupPlan: 30, membersPlan: 22.5, difference: 7.5 },
      { product: 'ไข่ไก่', unit: 'tray', groupPlan: 60, membersPlan: 0, difference: 60 },
      { product: 'ปลานิล', unit: 'kg', groupPlan: 0, membersPlan: 40, difference: -40 },
    ]);
  });
  it('keeps different units apart', () => {
    expect(rollup([{ product: 'ข้าว', unit: 'kg', monthly: Array(12).fill(0) }], [{ product: 'ข้าว', unit: 'tonne', quantity: 1 }])).toHaveLength(2);
  });
});
