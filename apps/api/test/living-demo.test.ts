import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { buildLivingDemo, type DemoBuildResult } from '../src/demo/demo.build';
import { signIn, startTestApp, type TestContext } from './support/app';

/**
 * The living demo (issue 15, docs/adr/0023): on an empty database it builds a program that
 * every demo account sees working — groups at every step in Khon Kaen and Chiang Mai, reports in
 * every state, candidates waiting for the province — and never twice.
 */
let ctx: TestContext;
let first: DemoBuildResult;
const NOW = new Date('2026-12-07T03:00:00Z');

beforeAll(async () => {
  ctx = await startTestApp();
  first = await buildLivingDemo(ctx.app, ctx.database.db, 'full', () => {}, NOW);
}, 120_000);
afterAll(() => ctx.close());

const count = async (table: string) => rowsOf<{ n: number }>(await ctx.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

describe('the living demo', () => {
  it('builds twelve groups, their members and a year of records', async () => {
    expect(first).toMatchObject({ built: true, groups: 12 });
    expect(await count('model_group')).toBe(12);
    expect(await count('group_member')).toBeGreaterThanOrEqual(50);
    expect(await count('learning_session')).toBeGreaterThanOrEqual(30);
  });

  it('shows groups at several steps on the province’s progress page and numbers on its dashboard', async () => {
    const province = await signIn(ctx, 'province');
    const progress = await province.get('/api/progress?unit=40');
    expect(progress.status).toBe(200);
    expect(progress.body.groupCount).toBe(8);
    expect(progress.body.groups.every((g: { name: string }) => g.name.endsWith('(ตัวอย่าง)'))).toBe(true);
    const done = progress.body.groups.map((g: { steps: { status: string }[] }) => g.steps.filter((s) => s.status === 'done').length);
    expect(new Set(done).size).toBeGreaterThanOrEqual(4);
    const dash = await province.get('/api/dashboard?unit=40');
    expect(dash.body.totals.groups).toBe(8);
    expect(dash.body.totals.salesValue).toBeGreaterThan(0);
    expect(dash.body.totals.productionValue).toBeGreaterThan(0);
    expect(dash.body.totals.registered).toBe(1);
    // The groups stand in the ministry's target tambons of their cohorts.
    expect(progress.body.targets).toMatchObject({ areaTambonsWithGroup: 8, groupsOutsideTargets: 0 });
  });

  it('gives the tambon worker and the Mae Rim district their own groups', async () => {
    const tambon = await signIn(ctx, 'tambon');
    expect((await tambon.get('/api/groups')).body).toHaveLength(1);
    const maeRim = await signIn(ctx, 'otherDistrict');
    expect((await maeRim.get('/api/groups')).body).toHaveLength(4);
  });

  it('leaves reports in every state and candidates waiting for the province', async () => {
    const states = rowsOf<{ state: string }>(await ctx.database.db.execute(sql`select distinct state from report`)).map((r) => r.state);
    expect(states).toEqual(expect.arrayContaining(['accepted', 'draft', 'returned', 'submitted']));
    const waiting = rowsOf<{ n: number }>(await ctx.database.db.execute(sql`select count(*)::int as n from selection_candidate where decision is null and proposal = 'proposed'`));
    expect(waiting[0]!.n).toBe(7);
  });

  it('is built once: a second start changes nothing', async () => {
    const before = await Promise.all(['farmer', 'model_group', 'production_record', 'audit_log'].map(count));
    const again = await buildLivingDemo(ctx.app, ctx.database.db, 'full', () => {}, NOW);
    expect(again).toMatchObject({ built: false, reason: 'already built' });
    expect(await Promise.all(['farmer', 'model_group', 'production_record', 'audit_log'].map(count))).toEqual(before);
  });

  it('leaves a database that already holds groups alone', async () => {
    const other = await startTestApp();
    try {
      const district = await signIn(other, 'district');
      await district.post('/api/groups', { id: '00000000-0000-4000-8000-000000000001', name: 'กลุ่มจริง', tambonCode: '400101', cohort: 2569 });
      const r = await buildLivingDemo(other.app, other.database.db, 'full');
      expect(r).toMatchObject({ built: false, reason: 'database holds work' });
      expect(rowsOf(await other.database.db.execute(sql`select count(*)::int as n from model_group`))[0]).toEqual({ n: 1 });
    } finally {
      await other.close();
    }
  });
});
