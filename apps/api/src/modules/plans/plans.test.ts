import { describe, expect, it } from 'vitest';
import { matchTopics, rollup } from './plans.rules';

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

describe('development topics keep their ids across edits (matchTopics)', () => {
  const stored = [{ id: 'a', topic: 'ปุ๋ยหมัก' }, { id: 'b', topic: 'ไก่ไข่' }, { id: 'c', topic: 'เห็ด' }];
  let n = 0;
  const fresh = () => `new-${++n}`;

  it('a topic sent with its id is that topic, renamed or moved', () => {
    const r = matchTopics(stored, [{ id: 'c', topic: 'เห็ดนางฟ้า' }, { id: 'a', topic: 'ปุ๋ยหมัก' }], fresh);
    expect(r.topics.map((t) => t.id)).toEqual(['c', 'a']);
    expect(r.newIndexOf).toEqual([1, null, 0]);
  });

  it('a topic sent without an id keeps the id of an unclaimed stored topic with the same text; others are new', () => {
    const r = matchTopics(stored, [{ topic: ' ไก่ไข่ ' }, { topic: 'การตลาด' }, { topic: 'ไก่ไข่' }], fresh);
    expect(r.topics.map((t) => t.id)).toEqual(['b', expect.stringMatching(/^new-/), expect.stringMatching(/^new-/)]);
    expect(r.newIndexOf).toEqual([null, 0, null]);
  });

  it('an id that is not a stored topic\'s makes a new topic with that id; an id claimed twice counts once', () => {
    const r = matchTopics(stored, [{ id: 'zzz', topic: 'ปุ๋ยหมัก' }, { id: 'b', topic: 'x' }, { id: 'b', topic: 'y' }], fresh);
    expect(r.topics[0]!.id).toBe('zzz');
    expect(r.newIndexOf).toEqual([null, 1, null]);
  });
});
