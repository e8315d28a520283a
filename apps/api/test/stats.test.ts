import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let tambon: Client;
let group: { id: string };
beforeAll(async () => {
  ctx = await startTestApp();
  const district = await signIn(ctx, 'district');
  ({ group } = await formedGroup(district, await signIn(ctx, 'province')));
  tambon = await signIn(ctx, 'tambon');
});
afterAll(() => ctx.close());

const stats = async (table: 'group_month_stat' | 'province_month_stat') =>
  Object.fromEntries(rowsOf<{ month: string; key: string; value: number }>(await ctx.database.db.execute(sql.raw(`select month::text as month, key, sum(value)::float8 as value from ${table} group by 1, 2 order by 1, 2`)))
    .map((r) => [`${r.month} ${r.key}`, Number(r.value)]));

describe('monthly figures follow the records', () => {
  it('adds production and sales to the group’s month and the province’s sums; moving and deleting moves them', async () => {
    const p = (await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 20, uses: { household: 5, sale: 15 }, value: 300 })).body;
    await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-20', product: 'egg_chicken', unit: 'tray', quantity: 4 });
    const s = (await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-08-15', product: 'morning_glory', unit: 'kg', quantity: 15, unitPrice: 20, channel: 'farmers_market' })).body;
    expect(await stats('group_month_stat')).toEqual({
      '2026-08-01 prod|crops|kg|household': 5, '2026-08-01 prod|crops|kg|sale': 15, '2026-08-01 prod|crops|kg|total': 20,
      '2026-08-01 prod|livestock|tray|total': 4, '2026-08-01 prodvalue': 300,
      '2026-08-01 sales|farmers_market': 300, '2026-08-01 salesn|farmers_market': 1,
    });
    expect(await stats('province_month_stat')).toEqual(await stats('group_month_stat'));

    await tambon.patch(`/api/production/${p.id}`, { date: '2026-09-01', version: p.version });
    await tambon.delete(`/api/transactions/${s.id}?version=${s.version}`);
    expect(await stats('province_month_stat')).toEqual({
      '2026-08-01 prod|livestock|tray|total': 4,
      '2026-09-01 prod|crops|kg|household': 5, '2026-09-01 prod|crops|kg|sale': 15, '2026-09-01 prod|crops|kg|total': 20, '2026-09-01 prodvalue': 300,
    });
    expect(await stats('province_month_stat')).toEqual(await stats('group_month_stat'));
  });
});
