import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { createGroup, formedGroup, selectedFarmers } from './support/flows';

/**
 * One province's report checked number by number against a small data set computed by hand.
 * The period is the current month, so everything done today counts in it; the production
 * record of the previous month counts only in the "so far" figures.
 */
let ctx: TestContext;
let content: any;
const period = todayIso().slice(0, 7);
const lastMonth = (() => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-15` : `${y}-${String(m - 1).padStart(2, '0')}-15`;
})();

beforeAll(async () => {
  ctx = await startTestApp();
  const district: Client = await signIn(ctx, 'district');
  const province: Client = await signIn(ctx, 'province');
  const tambon: Client = await signIn(ctx, 'tambon');
  // Group A, Nai Mueang, cohort 2569: 3 members, a president, a กท.03, a session, production and sales.
  const { group: a, members } = await formedGroup(district, province);
  await district.put(`/api/groups/${a.id}/plans/2569`, { products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: Array(12).fill(10) }] });
  await district.post('/api/learning-sessions', { id: randomUUID(), groupId: a.id, date: todayIso(), topic: 'ปุ๋ยหมัก', attendeeIds: members, outsideParticipants: 2 });
  await tambon.post('/api/production', { id: randomUUID(), groupId: a.id, date: lastMonth, product: 'morning_glory', unit: 'kg', quantity: 20, uses: { household: 5, sale: 15 } });
  await tambon.post('/api/production', { id: randomUUID(), groupId: a.id, date: todayIso(), product: 'morning_glory', unit: 'kg', quantity: 10, uses: { sale: 10 }, value: 200 });
  await tambon.post('/api/production', { id: randomUUID(), groupId: a.id, date: todayIso(), product: 'egg_chicken', unit: 'tray', quantity: 3 });
  await tambon.post('/api/transactions', { id: randomUUID(), groupId: a.id, date: todayIso(), product: 'morning_glory', unit: 'kg', quantity: 10, unitPrice: 20, channel: 'farmers_market' });
  await tambon.post('/api/transactions', { id: randomUUID(), groupId: a.id, date: todayIso(), product: 'morning_glory', unit: 'kg', quantity: 2, channel: 'exchange_in_group' });
  // Group B, Samran, cohort 2569: 2 members, no president.
  const bMembers = await selectedFarmers(district, province, 2, '400102');
  const b = await createGroup(district, '400102', 2569, 'กลุ่มตำบลสำราญ');
  for (const m of bMembers) await district.post(`/api/groups/${b.id}/members`, { farmerId: m });
  // Group C, Khok Si, cohort 2568: 1 member who is its president.
  const [c1] = await selectedFarmers(district, province, 1, '400103', 2568);
  const c = await createGroup(district, '400103', 2568, 'กลุ่มตำบลโคกสี');
  await district.post(`/api/groups/${c.id}/members`, { farmerId: c1 });
  await district.put(`/api/groups/${c.id}/committee`, [{ farmerId: c1, role: 'president' }]);

  content = (await province.get(`/api/reports?unit=40&period=${period}`)).body.reports[0].content;
});
afterAll(() => ctx.close());

const steps = (rows: [number, number, number][]) => rows.map(([doneMonth, doneTotal, overdue], i) => ({ step: i + 1, doneMonth, doneTotal, overdue }));

describe("a province's report, by hand", () => {
  it('counts groups, members, formation and the seven steps per cohort at the end of the month', () => {
    expect(content.cohorts).toEqual([
      {
        // Formed in the month of its founding date (1 July 2026), not the month its president was entered.
        cohort: 2568, targetTambons: 0, groupsInTargets: 0, tambonsWithCandidates: 1, groups: 1, groupsFormed: { month: 0, total: 1 }, members: 1,
        // 2568's due dates all passed in 2025: every step not done is overdue — except step 4, which has no due date.
        steps: steps([[1, 1, 0], [0, 0, 1], [0, 0, 1], [0, 0, 0], [0, 0, 1], [0, 0, 1], [0, 0, 1]]),
      },
      {
        cohort: 2569, targetTambons: 0, groupsInTargets: 0, tambonsWithCandidates: 2, groups: 2, groupsFormed: { month: 0, total: 1 }, members: 5,
        steps: steps([
          [2, 2, 0], // both groups' farmers were selected this month
          [1, 1, 1], // A: president and กท.03; B: none, due 30 July
          [0, 0, 2], // no learning centre with a main lecturer, due 30 July
          [0, 1, 0], // A produced last month (not this month); B never, and step 4 ("from August on") has no due date
          [0, 0, 2], // no outlet surveyed, due 30 September
          [1, 1, 0], // A sold this month; due 31 December is not past at the end of the month
          [0, 0, 0], // no enterprise, due 31 December
        ]),
      },
    ]);
  });

  it('sums learning, production by product group, unit and use, and the value', () => {
    expect(content.learning).toEqual({ sessions: { month: 1, total: 1 }, attendance: { month: 5, total: 5 } });
    expect(content.production).toEqual([
      { category: 'crops', unit: 'kg', use: 'household', month: 0, total: 5 },
      { category: 'crops', unit: 'kg', use: 'sale', month: 10, total: 25 },
      { category: 'crops', unit: 'kg', use: 'total', month: 10, total: 30 },
      { category: 'livestock', unit: 'tray', use: 'total', month: 3, total: 3 },
    ]);
    expect(content.productionValue).toEqual({ month: 200, total: 200 });
  });

  it('sums sales and exchanges by channel, and enterprises', () => {
    expect(content.sales).toEqual([
      { channel: 'exchange_in_group', kind: 'exchange', value: { month: 0, total: 0 }, count: { month: 1, total: 1 } },
      { channel: 'farmers_market', kind: 'sale', value: { month: 200, total: 200 }, count: { month: 1, total: 1 } },
    ]);
    expect(content.salesTotal).toEqual({ sale: { month: 200, total: 200 }, exchange: { month: 0, total: 0 } });
    expect(content.enterprises).toEqual({ month: 0, total: 0 });
    expect(content.unit).toEqual({ code: '40', kind: 'province', nameTh: 'ขอนแก่น' });
  });
});
