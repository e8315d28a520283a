import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { factsOf, groupsForProgress, overridesOf } from '../src/modules/progress/progress.repo';
import { deriveSteps, stepViews } from '../src/modules/progress/progress.rules';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { createGroup, formedGroup } from './support/flows';
import { race } from './support/races';

/**
 * Issue 16 (ADR 0024): the roll-ups the country's views read agree with a recomputation from the
 * records after every kind of write — group_progress with progress.rules.ts over the records,
 * the monthly figures (summed over their slots) with sums over the records — and the progress
 * answer pages its groups, filtered on the server, inside the caller's scope.
 */
let ctx: TestContext;
let district: Client;
let tambon: Client;
let province: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  tambon = await signIn(ctx, 'tambon');
  province = await signIn(ctx, 'province');
  ({ group, members } = await formedGroup(district, province));
});
afterAll(() => ctx.close());

const db = () => ctx.database.db;
const all = { all: true, prefixes: [], agencies: [], groups: [] };

/** Every group's roll-up row against the rules applied to its records now. */
async function expectProgressAgrees() {
  const groups = await groupsForProgress(db(), { scope: all });
  const [facts, overrides] = await Promise.all([factsOf(db(), groups), overridesOf(db(), groups.map((g) => g.id))]);
  const stored = new Map(rowsOf<Record<string, unknown>>(await db().execute(sql`
    select group_id as id, s1, s2, s3, s4, s5, s6, s7, d1::text, d2::text, d3::text, d4::text, d5::text, d6::text, d7::text, members, formed, informed, applied, registered from group_progress`))
    .map((r) => [r.id as string, r]));
  const counts = new Map(rowsOf<{ id: string; members: number; formed: boolean }>(await db().execute(sql`
    select g.id, (select count(*) from group_member m where m.group_id = g.id)::int as members,
      exists (select 1 from group_committee c where c.group_id = g.id and c.role = 'president') as formed from model_group g`)).map((r) => [r.id, r]));
  expect(stored.size).toBe(groups.length);
  for (const g of groups) {
    const f = facts.get(g.id)!;
    const views = stepViews(deriveSteps(f), overrides.get(g.id) ?? [], new Map(), '2000-01-01');
    const row = stored.get(g.id)!;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => [row[`s${n}`], row[`d${n}`]]), g.name).toEqual(views.map((v) => [v.status, v.doneOn]));
    expect({ members: Number(row.members), formed: row.formed, informed: row.informed, applied: row.applied, registered: row.registered }).toEqual({
      members: Number(counts.get(g.id)!.members), formed: counts.get(g.id)!.formed, informed: !!f.informedOn, applied: !!f.appliedOn, registered: !!f.registeredOn,
    });
  }
}

/** The monthly figures (summed over slots) against sums over the records; the provinces' against their groups'. */
async function expectFiguresAgree() {
  const figures = async (query: ReturnType<typeof sql>) =>
    Object.fromEntries(rowsOf<{ k: string; v: number }>(await db().execute(query)).filter((r) => Math.abs(Number(r.v)) > 0.0005).map((r) => [r.k, Number(r.v)]));
  const fromRecords = await figures(sql`
    select k, sum(v)::float8 as v from (
      select pr.group_id::text || ' ' || date_trunc('month', pr.recorded_on)::date || ' prod|' || coalesce(p.category, 'other') || '|' || pr.unit || '|' || u.use as k, u.q as v
        from production_record pr left join product p on p.code = pr.product_code
        cross join lateral (values ('total', pr.quantity), ('household', pr.used_household), ('exchange', pr.used_exchange), ('sale', pr.used_sale), ('processing', pr.used_processing), ('loss', pr.used_loss)) as u(use, q)
        where pr.deleted_at is null and u.q > 0
      union all select group_id::text || ' ' || date_trunc('month', recorded_on)::date || ' prodvalue', value_baht from production_record where deleted_at is null and value_baht is not null
      union all select group_id::text || ' ' || date_trunc('month', occurred_on)::date || ' sales|' || channel, coalesce(value_baht, 0) from sales_transaction where deleted_at is null
      union all select group_id::text || ' ' || date_trunc('month', occurred_on)::date || ' salesn|' || channel, 1 from sales_transaction where deleted_at is null
      union all select group_id::text || ' ' || date_trunc('month', held_on)::date || ' sessions', 1 from learning_session where deleted_at is null
      union all select group_id::text || ' ' || date_trunc('month', held_on)::date || ' attendance', cardinality(attendee_ids) + outside_participants from learning_session where deleted_at is null
    ) x group by k`);
  expect(await figures(sql`select group_id::text || ' ' || month || ' ' || key as k, sum(value)::float8 as v from group_month_stat group by 1`)).toEqual(fromRecords);
  const byProvince = sql`select substr(g.tambon_code, 1, 2) || ' ' || g.cohort_year || ' ' || s.month || ' ' || s.key as k, sum(s.value)::float8 as v from group_month_stat s join model_group g on g.id = s.group_id group by 1`;
  expect(await figures(sql`select province_code || ' ' || cohort_year || ' ' || month || ' ' || key as k, sum(value)::float8 as v from province_month_stat group by 1`)).toEqual(await figures(byProvince));
  expect(await figures(sql`select province_code || ' ' || month || ' ' || key as k, sum(value)::float8 as v from province_month_total group by 1`))
    .toEqual(await figures(sql`select substr(g.tambon_code, 1, 2) || ' ' || s.month || ' ' || s.key as k, sum(s.value)::float8 as v from group_month_stat s join model_group g on g.id = s.group_id group by 1`));
}

const statuses = async () =>
  Object.values(rowsOf<Record<string, string>>(await db().execute(sql`select s1, s2, s3, s4, s5, s6, s7 from group_progress where group_id = ${group.id}`))[0]!);

describe('the roll-ups agree with a recomputation after each write', () => {
  it('a new group, its members and its president', async () => {
    await expectProgressAgrees();
    await expectFiguresAgree();
  });

  it('records created, moved to another month, edited and deleted; a learning centre and a session; a กท.03', async () => {
    const p = (await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 20, uses: { household: 5, sale: 15 }, value: 300 })).body;
    await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-03', product: 'egg_chicken', unit: 'tray', quantity: 4 });
    await expectProgressAgrees();
    await expectFiguresAgree();
    const moved = (await tambon.patch(`/api/production/${p.id}`, { date: '2026-07-20', quantity: 30, version: p.version })).body;
    expect(moved.version).toBe(2);
    await expectProgressAgrees();
    await expectFiguresAgree();
    const s = (await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-08-15', product: 'morning_glory', unit: 'kg', quantity: 15, unitPrice: 20, channel: 'farmers_market' })).body;
    await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-08-16', product: 'morning_glory', unit: 'kg', quantity: 2, channel: 'exchange_in_group' });
    await expectProgressAgrees();
    await expectFiguresAgree();
    expect((await tambon.delete(`/api/transactions/${s.id}?version=${s.version}`)).status).toBe(200);
    expect((await tambon.delete(`/api/production/${moved.id}?version=${moved.version}`)).status).toBe(200);
    await expectProgressAgrees();
    await expectFiguresAgree();
    // A stale edit changes nothing, figures included.
    expect((await tambon.patch(`/api/production/${moved.id}`, { quantity: 99, version: 1 })).status).not.toBe(200);
    await expectFiguresAgree();

    await district.put(`/api/groups/${group.id}/plans/2569`, { products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: Array(12).fill(10) }] });
    await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้', mainLecturerId: members[0], assistantLecturerIds: [] });
    await expectProgressAgrees();
    await district.post('/api/learning-sessions', { id: randomUUID(), groupId: group.id, date: '2026-08-05', topic: 'การทำปุ๋ยหมัก', lecturerIds: [members[0]], attendeeIds: members });
    await tambon.post('/api/outlets', { id: randomUUID(), groupId: group.id, type: 'shop', name: 'ร้านค้าชุมชน', date: '2026-09-01' });
    await expectProgressAgrees();
    await expectFiguresAgree();
    expect(await statuses()).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'not_started']);
  });

  it('a step overridden and the override removed; the enterprise registered', async () => {
    expect((await district.put(`/api/groups/${group.id}/steps/4`, { status: 'done', doneOn: '2026-09-20', reason: 'บันทึกในแบบกระดาษ' })).status).toBe(200);
    await expectProgressAgrees();
    expect((await district.put(`/api/groups/${group.id}/steps/1`, { status: 'in_progress', reason: 'ยังคัดเลือกไม่ครบ' })).status).toBe(200);
    await expectProgressAgrees();
    expect((await district.delete(`/api/groups/${group.id}/steps/4`)).status).toBe(200);
    await expectProgressAgrees();
    expect(await statuses()).toEqual(['in_progress', 'done', 'done', 'done', 'done', 'done', 'not_started']);
    expect((await district.put(`/api/groups/${group.id}/enterprise`, { informedOn: '2026-10-01', appliedOn: '2026-10-15', registeredOn: '2026-11-01', registrationCode: '440010110023' })).status).toBe(200);
    await expectProgressAgrees();
    expect((await statuses())[6]).toBe('done');
  });

  it('many writers on one group at once: every record counted once, whatever slot it went to', async () => {
    const res = await race(() => tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-10-10', product: 'morning_glory', unit: 'kg', quantity: 5, value: 100 }), 12);
    expect(res.map((r) => r.status)).toEqual(Array(12).fill(201));
    await expectFiguresAgree();
    await expectProgressAgrees();
  });
});

describe('the progress answer: counts of every group, a page of them', () => {
  let ids: string[] = [];
  beforeAll(async () => {
    // Four more groups in the district (tambons 400102–400105), one with an overdue step only.
    ids = [group.id];
    for (const t of ['400102', '400103', '400104', '400105']) ids.push((await createGroup(district, t, 2569, `กลุ่มทดสอบ ${t}`)).id);
  });

  it('pages through every group once, in tambon order; the counts cover them all', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { groups: { id: string }[]; nextCursor: string | null } } = await district.get(`/api/progress?unit=4001&cohort=2569&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.groups.length).toBeLessThanOrEqual(2);
      expect(res.body).toMatchObject({ groupCount: 5, matching: 5, areaLevel: 'tambon' });
      seen.push(...res.body.groups.map((g) => g.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen.length).toBe(5);
    const first = (await district.get('/api/progress?unit=4001&cohort=2569')).body;
    expect(first.groups.map((g: { tambon: { code: string } }) => g.tambon.code)).toEqual(['400101', '400102', '400103', '400104', '400105']);
    expect(first.areas.map((a: { code: string; groups: number }) => [a.code, a.groups])).toEqual([['400101', 1], ['400102', 1], ['400103', 1], ['400104', 1], ['400105', 1]]);
    expect(first.totals[3]).toMatchObject({ step: 4, done: 1, notStarted: 4 });
  });

  it('filters on the server: a step\'s status, search; a bad cursor is a 400 naming it', async () => {
    const notStarted = (await district.get('/api/progress?unit=4001&cohort=2569&step=4&status=not_started')).body;
    expect(notStarted.matching).toBe(4);
    expect(notStarted.groups.map((g: { id: string }) => g.id)).not.toContain(group.id);
    expect(notStarted.groupCount).toBe(5);
    const search = (await district.get(`/api/progress?unit=4001&q=${encodeURIComponent('ทดสอบ 400103')}`)).body;
    expect(search.groups.map((g: { id: string }) => g.id)).toEqual([ids[2]]);
    const bad = await district.get('/api/progress?unit=4001&cursor=bm90LWEtY3Vyc29y');
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('cursor');
  });

  it('the country drills to provinces, a province to districts; nothing outside the scope is counted', async () => {
    const admin = await signIn(ctx, 'admin');
    const country = (await admin.get('/api/progress')).body;
    expect(country).toMatchObject({ unit: { code: 'TH' }, areaLevel: 'province', groupCount: 5 });
    expect(country.areas.map((a: { code: string; groups: number }) => [a.code, a.groups])).toEqual([['40', 5]]);
    const kk = (await province.get('/api/progress?unit=40')).body;
    expect(kk.areaLevel).toBe('district');
    expect(kk.areas.map((a: { code: string; groups: number }) => [a.code, a.groups])).toEqual([['4001', 5]]);
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.get('/api/progress?unit=4001')).status).toBe(404);
    expect((await other.get('/api/progress?unit=40')).status).toBe(404);
    const own = (await other.get('/api/progress')).body;
    expect(own).toMatchObject({ groupCount: 0, matching: 0, groups: [], nextCursor: null });
    expect(own.areas).toEqual([]);
  });
});
