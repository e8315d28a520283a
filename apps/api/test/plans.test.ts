import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { groupWithMembers } from './support/flows';

let ctx: TestContext;
let district: Client;
let members: string[];
let group: { id: string };
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  const province = await signIn(ctx, 'province');
  ({ group, members } = await groupWithMembers(district, province, { members: 2 }));
});
afterAll(() => ctx.close());

const kt02 = (quantity: number, version?: number) => ({
  currentActivities: [{ activity: 'ปลูกข้าวนาปี', kind: 'crops', areaSqm: 8000, output: 2000, unit: 'kg' }],
  plannedProducts: [{ product: 'ผักบุ้ง', unit: 'kg', quantity, months: [1, 2, 3], shareHousehold: 30, shareExchange: 20, shareSale: 50, expectedIncome: 4500 }],
  assessment: { scores: { production: 4, processing: 2, marketing: 3, bookkeeping: 1, groupWork: 5 }, assessor: 'นายสมชาย เกษตรอำเภอ', assessedOn: '2026-07-10' },
  developmentNeeds: 'การทำบัญชีครัวเรือนและการแปรรูปผัก',
  ...(version ? { version } : {}),
});

describe('form กท.02 — individual plan', () => {
  it('creates without a version, then changes with the version read; a stale one is 409', async () => {
    const created = await district.put(`/api/farmers/${members[0]}/plans/2569`, kt02(120));
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ exists: true, version: 1, plannedProducts: [expect.objectContaining({ product: 'ผักบุ้ง', quantity: 120 })] });
    // Saved again as if new (another device created it meanwhile): a conflict carrying the plan.
    const again = await district.put(`/api/farmers/${members[0]}/plans/2569`, kt02(150));
    expect(again.status).toBe(409);
    expect(again.body.details.current).toMatchObject({ exists: true, version: 1 });
    expect((await district.put(`/api/farmers/${members[0]}/plans/2569`, kt02(150, 1))).body.version).toBe(2);
    const stale = await district.put(`/api/farmers/${members[0]}/plans/2569`, kt02(160, 1));
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.plannedProducts[0].quantity).toBe(150);
    expect((await district.get(`/api/farmers/${members[1]}/plans/2569`)).body).toMatchObject({ exists: false, version: 0, plannedProducts: [] });
  });

  it('refuses a month outside 1–12, shares not adding to 100 and a score of 6, naming each field', async () => {
    const body = kt02(10);
    body.plannedProducts[0]!.months = [0, 13];
    body.plannedProducts[0]!.shareSale = 60;
    body.assessment.scores.production = 6;
    const res = await district.put(`/api/farmers/${members[1]}/plans/2569`, body);
    expect(res.status).toBe(400);
    expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining([
      'plannedProducts.0.months.0', 'plannedProducts.0.months.1', 'plannedProducts.0.shareSale', 'assessment.scores.production',
    ]));
  });

  it('refuses a cohort that does not exist (404) and a farmer outside the scope (404)', async () => {
    const res = await district.put(`/api/farmers/${members[1]}/plans/2599`, kt02(10));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('program.cohort_not_found');
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/farmers/${members[0]}/plans/2569`)).status).toBe(404);
    expect((await (await signIn(ctx, 'ministry')).put(`/api/farmers/${members[0]}/plans/2569`, kt02(10))).status).toBe(403);
  });
});

describe('form กท.03 — group plan', () => {
  it("rolls up the members' plans against the group calendar and shows the difference", async () => {
    await district.put(`/api/farmers/${members[1]}/plans/2569`, kt02(30));
    const res = await district.put(`/api/groups/${group.id}/plans/2569`, {
      products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: [60, 60, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, { product: 'ไข่ไก่', unit: 'tray', monthly: Array(12).fill(10) }],
      markets: [{ channel: 'farmers_market', target: 'ตลาดเกษตรกรจังหวัดขอนแก่น', notes: 'ทุกวันศุกร์' }, { channel: 'online', target: 'Facebook กลุ่ม' }],
      topics: [{ topic: 'การผลิตผักปลอดภัยตามมาตรฐาน GAP', plannedOn: '2026-08-15' }],
      resources: [{ item: 'โรงเรือนเพาะกล้า', quantity: '1 หลัง', notes: null }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ exists: true, version: 1, memberCount: 2, membersWithPlan: 2 });
    expect(res.body.rollup).toEqual([
      { product: 'ผักบุ้ง', unit: 'kg', groupPlan: 180, membersPlan: 180, difference: 0 },
      { product: 'ไข่ไก่', unit: 'tray', groupPlan: 120, membersPlan: 0, difference: 120 },
    ]);
  });

  it('needs twelve months and a known channel', async () => {
    const res = await district.put(`/api/groups/${group.id}/plans/2569`, { products: [{ product: 'x', unit: 'kg', monthly: [1, 2] }], markets: [{ channel: 'moon' }], version: 1 });
    expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['products.0.monthly', 'markets.0.channel']));
  });

  it('scopes: another district 404, the ministry reads but cannot write', async () => {
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/groups/${group.id}/plans/2569`)).status).toBe(404);
    const ministry = await signIn(ctx, 'ministry');
    expect((await ministry.get(`/api/groups/${group.id}/plans/2569`)).status).toBe(200);
    expect((await ministry.put(`/api/groups/${group.id}/plans/2569`, { version: 1 })).status).toBe(403);
  });
});
