import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStepReminders } from '../src/modules/reminders/step-reminders';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';
import { N, countRows, expectOneWinner, race, statusesOf } from './support/races';

/**
 * Concurrent writes against issue 13's unique constraints: N identical requests at once answer as
 * they would one after the other — never a 500 — and leave one row.
 *
 * | constraint | test |
 * |---|---|
 * | cohort_target_tambon_…_pk | the same list put N times at once (without a version: all 200; with one: one 200, the rest 409) |
 * | selection_result_unit_cohort_uq | a result opened N times at once |
 * | selection_result_version_…_pk | one draft submitted N times at once |
 * | advisory_visit, lecturer_training, partner pkeys | same client id N times: one 201, the rest 200 |
 * | model_group version (moving a group) | the same move N times at once: one 200, the rest 409 |
 * | notification_dedupe_uq | the step reminders run twice at once |
 * Not raced: advisory_visit_photo (server-made ids).
 */
let ctx: TestContext;
let ministry: Client;
let district: Client;
let province: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  [ministry, district, province] = await Promise.all([signIn(ctx, 'ministry'), signIn(ctx, 'district'), signIn(ctx, 'province')]);
  ({ group, members } = await formedGroup(district, province));
  await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้', mainLecturerId: members[0], assistantLecturerIds: [] });
  expect((await ministry.post('/api/program/cohorts', { cohort: 2570, tambonTarget: 788 })).status).toBe(201);
});
afterAll(() => ctx.close());

describe("issue 13's writes, N at once", () => {
  it('target tambons: the same list N times without a version, all 200; with the version read, one 200 and the rest 409; no row twice', async () => {
    const codes = ['400101', '400102', '400103'];
    expect(statusesOf(await race(() => ministry.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: codes })))).toEqual(Array(N).fill(200));
    expect(await countRows(ctx, sql`select 1 from cohort_target_tambon where cohort_year = 2570`)).toBe(3);
    const { version } = (await ministry.get('/api/program/cohorts/2570/target-tambons')).body;
    expectOneWinner(await race(() => ministry.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: [...codes, '400104'], version })), 200, 409, 'record.stale');
    expect(await countRows(ctx, sql`select 1 from cohort_target_tambon where cohort_year = 2570`)).toBe(4);
  });

  it("a province's selection result opened N times at once: one draft; submitted N times at once: one 200, the rest 409; one version", async () => {
    const opened = await race(() => province.get('/api/selection/results?province=40&cohort=2569'));
    expect(statusesOf(opened)).toEqual(Array(N).fill(200));
    expect(await countRows(ctx, sql`select 1 from selection_result where unit_code = '40' and cohort_year = 2569`)).toBe(1);
    const r = opened[0]!.body.results[0];
    expectOneWinner(await race(() => province.post(`/api/selection/results/${r.id}/submit`, { version: r.version })), 200, 409);
    expect(await countRows(ctx, sql`select 1 from selection_result_version where result_id = ${r.id}`)).toBe(1);
  });

  const bodies: [string, string, () => Client, () => Record<string, unknown>][] = [
    ['/api/visits', 'advisory_visit', () => district, () => ({ groupId: group.id, visitedOn: '2026-09-10', step: 4, visitors: 'เกษตรอำเภอ', advice: 'ให้ทำปุ๋ยหมัก' })],
    ['/api/lecturer-trainings', 'lecturer_training', () => district, () => ({ groupId: group.id, farmerId: members[0], date: '2026-09-12', course: 'การเป็นวิทยากร', organiser: 'ศูนย์ถ่ายทอดเทคโนโลยี', hours: 6 })],
    ['/api/partners', 'partner', () => province, () => ({ provinceCode: '40', name: 'สหกรณ์การเกษตร', sector: 'public', support: 'รับซื้อผลผลิต', groupIds: [group.id], from: '2026-09-01' })],
  ];
  for (const [path, table, writer, body] of bodies) {
    it(`${path}: one 201, the rest 200 replays of the same record; one row`, async () => {
      const sent = { id: randomUUID(), ...body() };
      expectOneWinner(await race(() => writer().post(path, sent)), 201, 200);
      expect(await countRows(ctx, sql`select 1 from ${sql.identifier(table)} where id = ${sent.id}`)).toBe(1);
    });
  }

  it('a late group moved to the next cohort N times at once: one 200, the rest 409', async () => {
    const g = (await district.post('/api/groups', { id: randomUUID(), name: 'กลุ่มตั้งช้า', tambonCode: '400105', cohort: 2569, foundedOn: '2026-09-01' })).body;
    const res = await race(() => district.post(`/api/groups/${g.id}/cohort`, { cohort: 2570, reason: 'จัดตั้งหลังวันครบกำหนด', version: g.version }));
    expectOneWinner(res, 200, 409);
    expect(await countRows(ctx, sql`select 1 from model_group where id = ${g.id} and cohort_year = 2570`)).toBe(1);
  });

  it('the step reminders run twice at once: each unit reminded once', async () => {
    const deps = { db: ctx.database.db, notifier: ctx.app.notifier };
    await Promise.all([runStepReminders(deps, '2026-09-16'), runStepReminders(deps, '2026-09-16')]);
    expect(await countRows(ctx, sql`select 1 from notification where kind = 'step.reminder' group by user_id, dedupe_key having count(*) > 1`)).toBe(0);
    expect(await countRows(ctx, sql`select 1 from notification where kind = 'step.reminder'`)).toBeGreaterThan(0);
  });
});
