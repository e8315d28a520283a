import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, signIn, startTestApp, type TestContext } from './support/app';
import { createGroup, propose, registerFarmer, select, selectedFarmers } from './support/flows';

let ctx: TestContext;
let district: Client;
let province: Client;
let members: string[];
let group: { id: string; version: number };
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
  members = await selectedFarmers(district, province, 3);
  group = await createGroup(district);
});
afterAll(() => ctx.close());

describe('model groups', () => {
  it('forms one group per tambon and cohort; a second is refused naming the tambon', async () => {
    const res = await district.post('/api/groups', { id: randomUUID(), name: 'อีกกลุ่ม', tambonCode: '400101', cohort: 2569 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'group.duplicate_tambon_cohort', details: { issues: [{ path: 'tambonCode' }], groupId: group.id } });
    const same = (await district.get(`/api/groups/${group.id}`)).body;
    expect(same).toMatchObject({ name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', cohort: 2569, tambon: { nameTh: 'ในเมือง' }, memberCount: 0, formed: false });
  });

  it('takes selected farmers of its tambon as members; others are refused', async () => {
    for (const m of members) expect((await district.post(`/api/groups/${group.id}/members`, { farmerId: m })).status).toBe(201);
    expect((await district.post(`/api/groups/${group.id}/members`, { farmerId: members[0] })).status).toBe(200);
    const notSelected = await registerFarmer(district);
    await propose(district, notSelected);
    const res = await district.post(`/api/groups/${group.id}/members`, { farmerId: notSelected });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'group.member_not_selected', details: { issues: [{ path: 'farmerId' }] } });
    expect((await district.get(`/api/groups/${group.id}`)).body.memberCount).toBe(3);
  });

  it('a farmer is in at most one model group', async () => {
    const f = members[0]!;
    await select(province, await propose(district, f, 2568));
    const other = await createGroup(district, '400101', 2568, 'กลุ่มปีรุ่น 2568');
    const res = await district.post(`/api/groups/${other.id}/members`, { farmerId: f });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('group.member_elsewhere');
  });

  it('the committee is held by members; a president makes the group formed', async () => {
    const outsider = await registerFarmer(district);
    const bad = await district.put(`/api/groups/${group.id}/committee`, [{ farmerId: members[0], role: 'president' }, { farmerId: outsider, role: 'secretary' }]);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'group.committee_not_member', details: { issues: [{ path: '1.farmerId' }] } });
    const twoPresidents = await district.put(`/api/groups/${group.id}/committee`, [{ farmerId: members[0], role: 'president' }, { farmerId: members[1], role: 'president' }]);
    expect(twoPresidents.body.details.issues[0].path).toBe('1.role');
    const twoSeats = await district.put(`/api/groups/${group.id}/committee`, [{ farmerId: members[0], role: 'president' }, { farmerId: members[0], role: 'treasurer' }]);
    expect(twoSeats.body.details.issues[0]).toMatchObject({ path: '1.farmerId', message: 'already holds another seat' });
    const untitled = await district.put(`/api/groups/${group.id}/committee`, [{ farmerId: members[2], role: 'other' }]);
    expect(untitled.body.details.issues[0].path).toBe('0.title');
    expect((await district.get(`/api/groups/${group.id}`)).body.formed).toBe(false);
    const ok = await district.put(`/api/groups/${group.id}/committee`, [
      { farmerId: members[0], role: 'president' }, { farmerId: members[1], role: 'secretary' }, { farmerId: members[2], role: 'other', title: 'ฝ่ายการตลาด' },
    ]);
    expect(ok.status).toBe(200);
    expect(ok.body.formed).toBe(true);
    expect(ok.body.committee.map((s: { role: string; title: string | null }) => [s.role, s.title])).toEqual([['president', null], ['secretary', null], ['other', 'ฝ่ายการตลาด']]);
  });

  it('edits contact channels with the version read; a stale one is 409', async () => {
    const g = (await district.get(`/api/groups/${group.id}`)).body;
    const res = await district.patch(`/api/groups/${group.id}`, { lineOaId: '@naimueang', website: 'https://example.org/naimueang', latitude: 16.43, longitude: 102.83, version: g.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lineOaId: '@naimueang', latitude: 16.43 });
    expect((await district.patch(`/api/groups/${group.id}`, { phone: '043000000', version: g.version })).status).toBe(409);
    expect((await district.patch(`/api/groups/${group.id}`, { website: 'not a url', version: res.body.version })).body.details.issues[0].path).toBe('website');
  });

  it('scopes: another district gets 404; a tambon worker cannot form groups (403); the agency reads', async () => {
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.get(`/api/groups/${group.id}`)).status).toBe(404);
    expect((await other.post(`/api/groups/${group.id}/members`, { farmerId: members[0] })).status).toBe(404);
    expect((await other.post('/api/groups', { id: randomUUID(), name: 'x', tambonCode: '400102', cohort: 2569 })).status).toBe(404);
    expect((await (await signIn(ctx, 'tambon')).post('/api/groups', { id: randomUUID(), name: 'x', tambonCode: '400101', cohort: 2567 })).status).toBe(403);
    const list = await (await signIn(ctx, 'agency')).get('/api/groups?cohort=2569');
    expect(list.body.map((g: { id: string }) => g.id)).toEqual([group.id]);
    expect((await other.get('/api/groups')).body).toEqual([]);
  });

  it("a group committee user sees and edits their own group only, with members' ids masked", async () => {
    const admin = await signIn(ctx, 'admin');
    const user = (await admin.post('/api/users', { username: 'naimueang-president', password: 'long-enough', displayName: 'ประธานกลุ่ม', unitCode: group.id })).body;
    expect(user.homeUnit).toMatchObject({ kind: 'group', nameTh: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง' });
    expect((await admin.post(`/api/users/${user.id}/roles`, { role: 'group', unitCode: group.id })).status).toBe(201);
    const committee = await new Client(ctx.app).login('naimueang-president', 'long-enough');
    const mine = await committee.get(`/api/groups/${group.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.members.every((m: { nationalIdMasked: boolean }) => m.nationalIdMasked)).toBe(true);
    const g2568 = (await district.get('/api/groups?cohort=2568')).body[0];
    expect((await committee.get(`/api/groups/${g2568.id}`)).status).toBe(404);
    expect((await committee.patch(`/api/groups/${group.id}`, { phone: '0431234567', version: mine.body.version })).status).toBe(200);
    const farmers = await committee.get('/api/farmers');
    expect(farmers.body.items.map((f: { id: string }) => f.id).sort()).toEqual([...members].sort());
    // The province sees the committee user as someone of its area.
    expect((await province.get('/api/users?q=naimueang-president')).body.total).toBe(1);
  });

  it('removing a member frees their committee seat', async () => {
    const res = await district.delete(`/api/groups/${group.id}/members/${members[2]}`);
    expect(res.status).toBe(200);
    expect(res.body.memberCount).toBe(2);
    expect(res.body.committee.map((s: { role: string }) => s.role)).toEqual(['president', 'secretary']);
  });
});
