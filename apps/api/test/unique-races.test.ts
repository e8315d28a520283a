import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { farmerBody, nextNationalId } from './support/builders';
import { ALL_MET, createGroup, groupWithMembers, propose, registerFarmer, select } from './support/flows';
import { N, countRows, expectOneWinner, race, statusesOf } from './support/races';

/**
 * Concurrent creates against every unique constraint of the registry, users and geography
 * (the steps' and reports' constraints are in unique-races-steps.test.ts). Each fires N
 * identical requests at once and expects the answers the same requests get one after the other —
 * never a 500 — and exactly one row.
 *
 * | constraint | test |
 * |---|---|
 * | farmer_pkey | same farmer id |
 * | farmer_national_id_uq | same national id, other ids |
 * | app_user_username_uq (app_user_pkey: server ids) | same username |
 * | role_grant_uq (role_grant_pkey: server ids) | same role on the same unit |
 * | geo_unit_pkey | same unit code |
 * | cohort_pkey, step_schedule_cohort_year_step_number_pk | same cohort year |
 * | selection_candidate_pkey, selection_farmer_cohort_uq | same candidate id; same farmer and cohort |
 * | model_group_pkey, group_tambon_cohort_uq | same group id; same tambon and cohort |
 * | group_member_group_id_farmer_id_pk, group_member_farmer_uq | same member twice; one farmer into two groups |
 * | group_committee_group_id_seat_pk | the same committee saved at once |
 */
let ctx: TestContext;
let admin: Client;
let district: Client;
let province: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  [admin, district, province] = await Promise.all([signIn(ctx, 'admin'), signIn(ctx, 'district'), signIn(ctx, 'province')]);
});
afterAll(() => ctx.close());

describe('concurrent creates: farmers, users, geography, program', () => {
  it('the same farmer (same client id) N times at once: one 201, the rest 200 replays, one row', async () => {
    const body = farmerBody();
    const res = await race(() => district.post('/api/farmers', body));
    expectOneWinner(res, 201, 200);
    for (const r of res) expect(r.body.id).toBe(body.id);
    expect(await countRows(ctx, sql`select 1 from farmer where id = ${body.id}`)).toBe(1);
  });

  it('one national id under N client ids at once: one 201, the rest 409 farmer.duplicate_national_id, one row', async () => {
    const nationalId = nextNationalId();
    const res = await race(() => district.post('/api/farmers', farmerBody({ nationalId })));
    expectOneWinner(res, 201, 409, 'farmer.duplicate_national_id');
    expect(res.find((r) => r.status === 409)!.body.details.issues[0].path).toBe('nationalId');
    expect(await countRows(ctx, sql`select 1 from farmer where national_id = ${nationalId}`)).toBe(1);
  });

  it('one username N times at once: one 201, the rest 409 user.username_taken', async () => {
    const res = await race(() => admin.post('/api/users', { username: 'race-user', password: 'race-password-1', displayName: 'ผู้ใช้แข่ง', unitCode: '40' }));
    expectOneWinner(res, 201, 409, 'user.username_taken');
    expect(await countRows(ctx, sql`select 1 from app_user where username = 'race-user'`)).toBe(1);
  });

  it('one role on one unit granted N times at once: one 201, the rest 409 role.already_granted', async () => {
    const user = await admin.post('/api/users', { username: 'race-roles', password: 'race-password-1', displayName: 'ผู้ใช้แข่งบทบาท', unitCode: '40' });
    expect(user.status).toBe(201);
    const res = await race(() => admin.post(`/api/users/${user.body.id}/roles`, { role: 'province', unitCode: '40' }));
    expectOneWinner(res, 201, 409, 'role.already_granted');
    expect(await countRows(ctx, sql`select 1 from role_grant where user_id = ${user.body.id} and role = 'province'`)).toBe(1);
  });

  it('one geography code created N times at once: one 201, the rest 409 geo.duplicate_code', async () => {
    const res = await race(() => admin.post('/api/geo/units', { code: '400199', nameTh: 'ตำบลทดสอบการแข่ง' }));
    expectOneWinner(res, 201, 409, 'geo.duplicate_code');
    expect(await countRows(ctx, sql`select 1 from geo_unit where code = '400199'`)).toBe(1);
  });

  it('one cohort year created N times at once: one 201, the rest 409 program.cohort_exists; one step calendar', async () => {
    const res = await race(() => admin.post('/api/program/cohorts', { cohort: 2570, tambonTarget: 100 }));
    expectOneWinner(res, 201, 409, 'program.cohort_exists');
    expect(await countRows(ctx, sql`select 1 from cohort where year_be = 2570`)).toBe(1);
    expect(await countRows(ctx, sql`select 1 from step_schedule where cohort_year = 2570`)).toBe(7);
  });
});

describe('concurrent creates: selection and groups', () => {
  it('the same candidate (same id) N times: one 201, the rest 200; one farmer and cohort under N ids: one 201, the rest 409 selection.duplicate', async () => {
    const farmerId = await registerFarmer(district);
    const body = { id: randomUUID(), cohort: 2569, farmerId, criteria: ALL_MET, proposal: 'proposed' };
    expectOneWinner(await race(() => district.post('/api/selection', body)), 201, 200);
    const other = await registerFarmer(district);
    const res = await race(() => district.post('/api/selection', { ...body, id: randomUUID(), farmerId: other }));
    expectOneWinner(res, 201, 409, 'selection.duplicate');
    expect(await countRows(ctx, sql`select 1 from selection_candidate where farmer_id in (${farmerId}, ${other})`)).toBe(2);
  });

  it('the same group (same id) N times: one 201, the rest 200; one tambon and cohort under N ids: one 201, the rest 409 group.duplicate_tambon_cohort', async () => {
    const body = { id: randomUUID(), name: 'กลุ่มแข่งตำบลสาวะถี', tambonCode: '400104', cohort: 2569, foundedOn: '2026-07-01' };
    expectOneWinner(await race(() => district.post('/api/groups', body)), 201, 200);
    const res = await race(() => district.post('/api/groups', { ...body, id: randomUUID(), tambonCode: '400105' }));
    expectOneWinner(res, 201, 409, 'group.duplicate_tambon_cohort');
    expect(await countRows(ctx, sql`select 1 from model_group where tambon_code in ('400104', '400105') and cohort_year = 2569`)).toBe(2);
  });

  it('the same member added N times at once: one 201, the rest 200, one membership', async () => {
    const { group } = await groupWithMembers(district, province, { members: 0, tambonCode: '400106' });
    const farmerId = await registerFarmer(district, { tambonCode: '400106' });
    await select(province, await propose(district, farmerId));
    expectOneWinner(await race(() => district.post(`/api/groups/${group.id}/members`, { farmerId })), 201, 200);
    expect(await countRows(ctx, sql`select 1 from group_member where farmer_id = ${farmerId}`)).toBe(1);
  });

  it('one farmer added to two groups (cohorts 2568 and 2569) at once: one 201, the other 409 group.member_elsewhere', async () => {
    const farmerId = await registerFarmer(district, { tambonCode: '400107' });
    await select(province, await propose(district, farmerId, 2568));
    await select(province, await propose(district, farmerId, 2569));
    const [g68, g69] = [await createGroup(district, '400107', 2568), await createGroup(district, '400107', 2569)];
    const res = await Promise.all([g68, g69, g68, g69].map((g) => district.post(`/api/groups/${g.id}/members`, { farmerId })));
    // The winner's group answers 201 then 200 to its repeat; the other group 409 both times.
    const statuses = statusesOf(res);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
    for (const r of res.filter((x) => x.status === 409)) expect(r.body.code).toBe('group.member_elsewhere');
    expect(await countRows(ctx, sql`select 1 from group_member where farmer_id = ${farmerId}`)).toBe(1);
  });

  it('the same committee saved N times at once: every save answers 200 and the group has one president', async () => {
    const { group, members } = await groupWithMembers(district, province, { members: 2, tambonCode: '400108' });
    const seats = [{ farmerId: members[0], role: 'president' }, { farmerId: members[1], role: 'secretary' }];
    const res = await race(() => district.put(`/api/groups/${group.id}/committee`, seats));
    expect(statusesOf(res)).toEqual(Array(N).fill(200));
    expect(await countRows(ctx, sql`select 1 from group_committee where group_id = ${group.id}`)).toBe(2);
  });
});
