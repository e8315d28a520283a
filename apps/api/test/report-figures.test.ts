import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { selectedFarmers } from './support/flows';

/**
 * A month's figures never contradict that month's records (issue 13, part 8): a group counts as
 * formed in the month of its founding date once it has its president, members from the month
 * they joined — not from the day someone typed them in. The case from the field: a group founded
 * in October sells in November, and its members and president are entered in December.
 */
let ctx: TestContext;
let district: Client;
let province: Client;
let groupId: string;
let laterMember: string;
beforeAll(async () => {
  ctx = await startTestApp();
  [district, province] = await Promise.all([signIn(ctx, 'district'), signIn(ctx, 'province')]);
  const [a, b, c, d] = await selectedFarmers(district, province, 4, '400103', 2569);
  laterMember = d!;
  groupId = (await district.post('/api/groups', { id: randomUUID(), name: 'กลุ่มบ้านหนองคู', tambonCode: '400103', cohort: 2569, foundedOn: '2026-10-05' })).body.id;
  // November's sales come in first, by the district (the group has no members in NTAG yet).
  for (const date of ['2026-11-10', '2026-11-24']) {
    const res = await district.post('/api/transactions', { id: randomUUID(), groupId, date, product: 'morning_glory', unit: 'kg', quantity: 20, unitPrice: 25, channel: 'farmers_market' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  // December: the founding members are entered (they joined when the group was founded) and the president.
  for (const m of [a, b, c]) expect((await district.post(`/api/groups/${groupId}/members`, { farmerId: m })).status).toBe(201);
  expect((await district.put(`/api/groups/${groupId}/committee`, [{ farmerId: a, role: 'president' }])).status).toBe(200);
});
afterAll(() => ctx.close());

const cohortOf = async (period: string) => {
  const r = (await province.get(`/api/reports?unit=40&period=${period}`)).body.reports[0];
  return { c: r.content.cohorts.find((x: { cohort: number }) => x.cohort === 2569), sales: r.content.salesTotal.sale };
};

describe('monthly figures agree with the records of the month', () => {
  it('November shows the group formed and its members beside its sales', async () => {
    const { c, sales } = await cohortOf('2026-11');
    expect(sales).toEqual({ month: 1000, total: 1000 });
    expect(c).toMatchObject({ groups: 1, groupsFormed: { month: 0, total: 1 }, members: 3 });
  });

  it('the group is formed in October, the month of its founding date', async () => {
    const { c } = await cohortOf('2026-10');
    expect(c).toMatchObject({ groupsFormed: { month: 1, total: 1 }, members: 3 });
    expect((await cohortOf('2026-09')).c).toMatchObject({ groupsFormed: { month: 0, total: 0 }, members: 0 });
  });

  it('a member who joins the formed group later counts from the month they joined; a date before the founding is refused', async () => {
    const bad = await district.post(`/api/groups/${groupId}/members`, { farmerId: laterMember, joinedOn: '2026-09-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('joinedOn');
    const res = await district.post(`/api/groups/${groupId}/members`, { farmerId: laterMember });
    expect(res.status).toBe(201);
    // The group has its president: a member added now joined now.
    expect(res.body.members.find((m: { farmerId: string }) => m.farmerId === laterMember).joinedOn).toBe(todayIso());
    expect(res.body.members.find((m: { farmerId: string }) => m.farmerId !== laterMember).joinedOn).toBe('2026-10-05');
    expect((await cohortOf('2026-11')).c.members).toBe(3);
    const december = (await cohortOf(todayIso().slice(0, 7))).c;
    expect(december.members).toBe(4);
  });
});
