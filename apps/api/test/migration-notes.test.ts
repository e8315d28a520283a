import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { groupWithMembers } from './support/flows';

/**
 * Migration 0006 (docs/adr/0012): plans written before it keep a line's free text under `note`;
 * after it they answer `notes`, as the API now names it — nothing is lost on the way.
 */
const MIGRATION = fileURLToPath(new URL('../src/db/migrations/0006_notes_one_name.sql', import.meta.url));

let ctx: TestContext;
let district: Client;
let farmerId: string;
let groupId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  const { group, members } = await groupWithMembers(district, await signIn(ctx, 'province'), { members: 1 });
  groupId = group.id;
  farmerId = members[0]!;
});
afterAll(() => ctx.close());

describe('migration 0005: a plan line’s `note` becomes `notes`', () => {
  it('renames the key in stored กท.02 and กท.03 lines and leaves the rest as it was', async () => {
    await district.put(`/api/farmers/${farmerId}/plans/2569`, { currentActivities: [{ activity: 'ปลูกข้าว', notes: 'นาปี' }, { activity: 'เลี้ยงไก่' }] });
    await district.put(`/api/groups/${groupId}/plans/2569`, {
      markets: [{ channel: 'farmers_market', notes: 'ทุกวันศุกร์' }],
      resources: [{ item: 'โรงเรือน', quantity: '1 หลัง', notes: 'ขอรับการสนับสนุน' }, { item: 'เครื่องซีล' }],
    });
    // Back to the shape stored before the migration.
    const old = (col: string) => sql.raw(`replace(${col}::text, '"notes":', '"note":')::jsonb`);
    await ctx.database.db.execute(sql`update individual_plan set current_activities = ${old('current_activities')}`);
    await ctx.database.db.execute(sql`update group_plan set markets = ${old('markets')}, resources = ${old('resources')}`);
    expect((await district.get(`/api/groups/${groupId}/plans/2569`)).body.markets[0].notes).toBeUndefined();

    for (const statement of fs.readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint')) await ctx.database.db.execute(sql.raw(statement));

    const kt02 = (await district.get(`/api/farmers/${farmerId}/plans/2569`)).body;
    expect(kt02.currentActivities).toEqual([expect.objectContaining({ activity: 'ปลูกข้าว', notes: 'นาปี' }), { activity: 'เลี้ยงไก่' }]);
    const kt03 = (await district.get(`/api/groups/${groupId}/plans/2569`)).body;
    expect(kt03.markets).toEqual([expect.objectContaining({ channel: 'farmers_market', notes: 'ทุกวันศุกร์' })]);
    expect(kt03.resources).toEqual([expect.objectContaining({ item: 'โรงเรือน', quantity: '1 หลัง', notes: 'ขอรับการสนับสนุน' }), { item: 'เครื่องซีล' }]);
    const raw = await ctx.database.db.execute(sql`select markets::text as m from group_plan`);
    expect(JSON.stringify(raw)).not.toContain('"note"');
  });
});
