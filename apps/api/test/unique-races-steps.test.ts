import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { runReminders } from '../src/modules/reports/reminders';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';
import { N, countRows, expectOneWinner, race, statusesOf } from './support/races';

/**
 * Concurrent writes against every unique constraint of steps 3–7, plans, the monthly figures and
 * reports (the registry's are in unique-races.test.ts): N identical requests at once answer as
 * they would one after the other — never a 500 — and leave one row.
 *
 * | constraint | test |
 * |---|---|
 * | learning_centre_pkey, enterprise_pkey, survey_framework_pkey | first save N times: one 200, the rest 409 record.stale (as a save without a version after someone saved) |
 * | enterprise_code_uq | one code on two groups at once |
 * | individual_plan_…_pk, group_plan_…_pk | first save N times |
 * | production_record, sales_transaction, learning_session, outlet, online_channel, marketing_event pkeys | same client id N times: one 201, the rest 200 |
 * | group_month_stat_…_slot_pk, province_month_stat_…_slot_pk, group_step_fact_…_pk | N records of one group and month at once: all 201, figures (summed over their slots, ADR 0024) = the records' sum |
 * | report_unit_period_uq | a month's draft opened N times at once |
 * | report_version_report_id_number_pk | one draft submitted N times at once |
 * | step_override_group_id_step_pk | a step confirmed N times at once |
 * | notification_dedupe_uq | the daily reminders run twice at once |
 * Not raced: session, audit_log, notification_delivery, learning_photo (server-made ids) and the
 * reference tables (agency, region, product, step, program_target, province_agency,
 * report_deadline), which the API only updates.
 */
let ctx: TestContext;
let district: Client;
let province: Client;
let tambon: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  [district, province, tambon] = await Promise.all([signIn(ctx, 'district'), signIn(ctx, 'province'), signIn(ctx, 'tambon')]);
  ({ group, members } = await formedGroup(district, province));
});
afterAll(() => ctx.close());

describe('first saves of one-per-group records and plans, N at once', () => {
  it('learning centre: one 200, the rest 409 record.stale with the saved centre; one row', async () => {
    const res = await race(() => district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้บ้านโนนสูง', mainLecturerId: members[0], assistantLecturerIds: [] }));
    expectOneWinner(res, 200, 409, 'record.stale');
    expect(res.find((r) => r.status === 409)!.body.details.current).toMatchObject({ exists: true, version: 1 });
    expect(await countRows(ctx, sql`select 1 from learning_centre where group_id = ${group.id}`)).toBe(1);
  });

  it('enterprise: one 200, the rest 409 record.stale; one row', async () => {
    const res = await race(() => district.put(`/api/groups/${group.id}/enterprise`, { informedOn: '2026-08-01' }));
    expectOneWinner(res, 200, 409, 'record.stale');
    expect(await countRows(ctx, sql`select 1 from enterprise where group_id = ${group.id}`)).toBe(1);
  });

  it('one registration code on two groups at once: one 200, the other 409 enterprise.duplicate_code', async () => {
    const other = (await formedGroup(district, province, { tambonCode: '400102' })).group;
    const code = '440010100023';
    const res = await Promise.all([group, other].map((g) => district.put(`/api/groups/${g.id}/enterprise`, { informedOn: '2026-08-01', appliedOn: '2026-08-10', registeredOn: '2026-09-01', registrationCode: code, ...(g === group ? { version: 1 } : {}) })));
    expectOneWinner(res, 200, 409, 'enterprise.duplicate_code');
    expect(await countRows(ctx, sql`select 1 from enterprise where registration_code = ${code}`)).toBe(1);
  });

  it("the province's survey framework: one 200, the rest 409 record.stale", async () => {
    const res = await race(() => province.put('/api/provinces/40/survey-framework', { outletTypes: ['shop', 'community_market'], questions: [] }));
    expectOneWinner(res, 200, 409, 'record.stale');
    expect(await countRows(ctx, sql`select 1 from survey_framework where province_code = '40'`)).toBe(1);
  });

  it("a member's กท.02 and the group's กท.03: one 200 each, the rest 409 record.stale", async () => {
    const kt02 = await race(() => district.put(`/api/farmers/${members[1]}/plans/2569`, { developmentNeeds: 'การแปรรูป' }));
    expectOneWinner(kt02, 200, 409, 'record.stale');
    const kt03 = await race(() => district.put(`/api/groups/${group.id}/plans/2569`, { topics: [{ topic: 'การทำปุ๋ยหมัก' }] }));
    expectOneWinner(kt03, 200, 409, 'record.stale');
    expect(await countRows(ctx, sql`select 1 from individual_plan where farmer_id = ${members[1]}`)).toBe(1);
    expect(await countRows(ctx, sql`select 1 from group_plan where group_id = ${group.id}`)).toBe(1);
  });
});

describe('records with a client id, N at once', () => {
  const bodies: [string, string, () => Record<string, unknown>][] = [
    ['/api/production', 'production_record', () => ({ groupId: group.id, date: '2026-09-05', product: 'morning_glory', unit: 'kg', quantity: 12, value: 240 })],
    ['/api/transactions', 'sales_transaction', () => ({ groupId: group.id, date: '2026-09-06', product: 'morning_glory', unit: 'kg', quantity: 10, unitPrice: 20, channel: 'farmers_market' })],
    ['/api/learning-sessions', 'learning_session', () => ({ groupId: group.id, date: '2026-09-07', topic: 'การทำปุ๋ยหมัก', attendeeIds: members })],
    ['/api/outlets', 'outlet', () => ({ groupId: group.id, type: 'shop', name: 'ร้านค้าชุมชน', date: '2026-09-02' })],
    ['/api/channels', 'online_channel', () => ({ provinceCode: '40', kind: 'facebook', name: 'ตลาดออนไลน์', url: 'https://facebook.com/race' })],
    ['/api/events', 'marketing_event', () => ({ provinceCode: '40', name: 'งานเกษตรแฟร์', startsOn: '2026-09-20', groupIds: [group.id] })],
  ];
  for (const [path, table, body] of bodies) {
    it(`${path}: one 201, the rest 200 replays of the same record; one row`, async () => {
      const sent = { id: randomUUID(), ...body() };
      const writer = path === '/api/channels' || path === '/api/events' ? province : path === '/api/learning-sessions' ? district : tambon;
      const res = await race(() => writer.post(path, sent));
      expectOneWinner(res, 201, 200);
      expect(await countRows(ctx, sql`select 1 from ${sql.identifier(table)} where id = ${sent.id}`)).toBe(1);
    });
  }

  it("N records of one group and month at once: all 201, and the month's figures are the records' sum", async () => {
    const res = await race(() => tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 5, value: 100 }));
    expect(statusesOf(res)).toEqual(Array(N).fill(201));
    const value = async (query: ReturnType<typeof sql>) => Number(rowsOf<{ v: number }>(await ctx.database.db.execute(query))[0]?.v ?? 0);
    expect(await value(sql`select sum(value)::float8 as v from group_month_stat where group_id = ${group.id} and month = '2026-08-01' and key = 'prodvalue'`)).toBe(N * 100);
    expect(await value(sql`select sum(value)::float8 as v from province_month_stat where province_code = '40' and cohort_year = 2569 and month = '2026-08-01' and key = 'prodvalue'`)).toBe(N * 100);
    expect(await countRows(ctx, sql`select 1 from group_step_fact where group_id = ${group.id} and fact = 'production'`)).toBe(1);
  });
});

describe('reports, steps and reminders, N at once', () => {
  it("a month's report opened N times at once: one draft; submitted N times at once: one 200, the rest 409; one version", async () => {
    const opened = await race(() => province.get('/api/reports?unit=40&period=2026-09'));
    expect(statusesOf(opened)).toEqual(Array(N).fill(200));
    expect(await countRows(ctx, sql`select 1 from report where unit_code = '40' and period = '2026-09'`)).toBe(1);
    const r = opened[0]!.body.reports[0];
    const res = await race(() => province.post(`/api/reports/${r.id}/submit`, { version: r.version }));
    expectOneWinner(res, 200, 409);
    expect(await countRows(ctx, sql`select 1 from report_version where report_id = ${r.id}`)).toBe(1);
  });

  it('a step confirmed N times at once: every one 200, one override', async () => {
    const res = await race(() => district.put(`/api/groups/${group.id}/steps/5`, { status: 'done', doneOn: '2026-09-20', reason: 'สำรวจตลาดร่วมกับจังหวัด บันทึกในแบบกระดาษ' }));
    expect(statusesOf(res)).toEqual(Array(N).fill(200));
    expect(await countRows(ctx, sql`select 1 from step_override where group_id = ${group.id} and step = 5`)).toBe(1);
  });

  it('the daily reminders run twice at once: each unit reminded once', async () => {
    const deps = { db: ctx.database.db, notifier: ctx.app.notifier };
    await Promise.all([runReminders(deps, '2026-11-03'), runReminders(deps, '2026-11-03')]);
    expect(await countRows(ctx, sql`select 1 from notification where kind = 'report.reminder' group by user_id, dedupe_key having count(*) > 1`)).toBe(0);
    expect(await countRows(ctx, sql`select 1 from notification where kind = 'report.reminder'`)).toBeGreaterThan(0);
  });
});
