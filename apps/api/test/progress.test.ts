import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let district: Client;
let tambon: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  tambon = await signIn(ctx, 'tambon');
  ({ group, members } = await formedGroup(district, await signIn(ctx, 'province')));
});
afterAll(() => ctx.close());

const stepsOf = async (c: Client) => {
  const res = await c.get('/api/progress?unit=4001&cohort=2569');
  expect(res.status).toBe(200);
  return res.body.groups.find((g: { id: string }) => g.id === group.id).steps as { step: number; status: string; doneOn: string | null; dueOn: string | null; overdue: boolean; overridden: boolean }[];
};

describe('community enterprise (step 7)', () => {
  it('accepts the 12-digit code with or without dashes, slash or Thai digits, and shows it everywhere', async () => {
    expect((await district.put(`/api/groups/${group.id}/enterprise`, { informedOn: '2026-10-01', registeredOn: '2026-11-01' })).body.code).toBe('enterprise.bad_code');
    expect((await district.put(`/api/groups/${group.id}/enterprise`, { registrationCode: '4-40-01-01/1-002', registeredOn: '2026-11-01' })).body.details.issues[0].path).toBe('registrationCode');
    expect((await district.put(`/api/groups/${group.id}/enterprise`, { informedOn: '2026-10-10', appliedOn: '2026-10-01' })).body.details.issues[0].path).toBe('appliedOn');
    const res = await district.put(`/api/groups/${group.id}/enterprise`, { informedOn: '2026-10-01', appliedOn: '2026-10-15', registeredOn: '2026-11-01', registrationCode: '๔-๔๐-๐๑-๐๑/๑-๐๐๒๓', marketsItself: true, ownChannels: ['facebook', 'line_oa'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ registrationCode: '440010110023', registrationCodeDisplay: '4-40-01-01/1-0023', version: 1 });
    expect((await district.get(`/api/groups/${group.id}`)).body.enterpriseCode).toBe('4-40-01-01/1-0023');
    expect((await district.get('/api/groups')).body[0].enterpriseCode).toBe('4-40-01-01/1-0023');
    expect((await tambon.put(`/api/groups/${group.id}/enterprise`, { version: 1 })).status).toBe(403);
  });

});

describe('progress of the seven steps', () => {
  it('derives each step from the records; the cohort’s due dates make the rest overdue', async () => {
    const before = await stepsOf(district);
    expect(before.map((s) => s.status)).toEqual(['done', 'in_progress', 'not_started', 'not_started', 'not_started', 'not_started', 'done']);
    expect(before[0]!.doneOn).toBe(todayIso());
    expect(before[1]).toMatchObject({ dueOn: '2026-07-30', overdue: todayIso() > '2026-07-30' });
    expect(before[6]).toMatchObject({ doneOn: '2026-11-01', overdue: false });

    await district.put(`/api/groups/${group.id}/plans/2569`, { products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: Array(12).fill(10) }] });
    await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้', mainLecturerId: members[0], assistantLecturerIds: [] });
    await district.post('/api/learning-sessions', { id: randomUUID(), groupId: group.id, date: '2026-08-05', topic: 'การทำปุ๋ยหมัก', lecturerIds: [members[0]], attendeeIds: members });
    await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 20 });
    await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-08-03', product: 'morning_glory', unit: 'kg', quantity: 5 });
    await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-08-15', product: 'morning_glory', unit: 'kg', quantity: 5, value: 100, channel: 'local_market' });
    const after = await stepsOf(district);
    expect(after.map((s) => [s.step, s.status, s.doneOn])).toEqual([
      [1, 'done', todayIso()], [2, 'done', todayIso()], [3, 'done', '2026-08-05'], [4, 'done', '2026-08-03'], [5, 'not_started', null], [6, 'done', '2026-08-15'], [7, 'done', '2026-11-01'],
    ]);
    expect(after[4]).toMatchObject({ dueOn: '2026-09-30', overdue: true });
  });

  it('a deleted first record moves the step’s date to the next one', async () => {
    const list = (await tambon.get(`/api/production?group=${group.id}`)).body.items;
    const first = list.find((p: { date: string }) => p.date === '2026-08-03');
    await tambon.delete(`/api/production/${first.id}?version=${first.version}`);
    expect((await stepsOf(district))[3]!.doneOn).toBe('2026-08-10');
  });

  it('the district confirms a step the records cannot show, with a reason; it is audited and can be undone', async () => {
    expect((await district.put(`/api/groups/${group.id}/steps/5`, { status: 'done', reason: 'สั้น' })).body.details.issues[0].path).toBe('doneOn');
    expect((await district.put(`/api/groups/${group.id}/steps/5`, { status: 'done', doneOn: '2026-09-20' })).body.details.issues[0].path).toBe('reason');
    const res = await district.put(`/api/groups/${group.id}/steps/5`, { status: 'done', doneOn: '2026-09-20', reason: 'สำรวจตลาดร่วมกับจังหวัด บันทึกในแบบกระดาษ' });
    expect(res.body.steps[4]).toMatchObject({ status: 'done', doneOn: '2026-09-20', overridden: true, overdue: false });
    const audit = await (await signIn(ctx, 'admin')).get(`/api/audit?verb=step.override&targetId=${group.id}`);
    expect(audit.body.total).toBe(1);
    expect((await tambon.put(`/api/groups/${group.id}/steps/5`, { status: 'done', doneOn: '2026-09-20', reason: 'ไม่มีสิทธิ์' })).status).toBe(403);
    const cleared = await district.delete(`/api/groups/${group.id}/steps/5`);
    expect(cleared.body.steps[4]).toMatchObject({ status: 'not_started', overridden: false, overdue: true });
  });

  it('filters to overdue groups and a step; totals count every group; scope holds (404 / 200)', async () => {
    const overdue = await district.get('/api/progress?unit=4001&cohort=2569&step=5&overdue=true');
    expect(overdue.body.groups.map((g: { id: string }) => g.id)).toEqual([group.id]);
    expect(overdue.body.totals[4]).toMatchObject({ step: 5, notStarted: 1, overdue: 1 });
    expect((await district.get('/api/progress?unit=4001&cohort=2569&step=4&overdue=true')).body.groups).toEqual([]);
    const agency = await (await signIn(ctx, 'agency')).get('/api/progress?cohort=2569');
    expect(agency.body).toMatchObject({ unit: { code: 'DLD' }, groupCount: 1 });
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/progress?unit=4001')).status).toBe(404);
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/groups/${group.id}/timeline`)).status).toBe(404);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/progress')).body.groups).toEqual([]);
  });
});

describe('group timeline', () => {
  it('lists everything recorded for the group, newest first, in Thai', async () => {
    const res = await district.get(`/api/groups/${group.id}/timeline`);
    expect(res.status).toBe(200);
    const titles = res.body.items.map((i: { title: string }) => i.title);
    expect(titles).toEqual(expect.arrayContaining([
      'จดทะเบียนวิสาหกิจชุมชนแล้ว รหัส 4-40-01-01/1-0023',
      'ตลาดท้องถิ่น: ผักบุ้ง 5 กิโลกรัม มูลค่า 100 บาท',
      'ผลผลิต ผักบุ้ง 20 กิโลกรัม',
      'จัดการเรียนรู้: การทำปุ๋ยหมัก (ผู้เข้าร่วม 3 คน)',
      'ประธาน: สมาชิก1 ใจดี',
    ]));
    expect(titles).not.toContain('ผลผลิต ผักบุ้ง 5 กิโลกรัม');
    const days = res.body.items.map((i: { date: string }) => i.date);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('pages without splitting a day', async () => {
    const first = await district.get(`/api/groups/${group.id}/timeline?limit=3`);
    expect(first.body.nextBefore).not.toBeNull();
    const second = await district.get(`/api/groups/${group.id}/timeline?limit=50&before=${first.body.nextBefore}`);
    const firstDays = new Set(first.body.items.map((i: { date: string }) => i.date));
    expect(second.body.items.some((i: { date: string }) => firstDays.has(i.date))).toBe(false);
  });
});

describe('deleting an enterprise record', () => {
  it('a soft-deleted record reads as absent and can be started again; a stale delete is 409', async () => {
    const other = (await district.post('/api/groups', { id: randomUUID(), name: 'กลุ่มทดลองลบ', tambonCode: '400105', cohort: 2569, foundedOn: '2026-10-01' })).body;
    const made = await district.put(`/api/groups/${other.id}/enterprise`, { informedOn: '2026-11-02' });
    expect((await district.delete(`/api/groups/${other.id}/enterprise?version=9`)).status).toBe(409);
    expect((await district.delete(`/api/groups/${other.id}/enterprise?version=${made.body.version}`)).status).toBe(200);
    expect((await district.get(`/api/groups/${other.id}/enterprise`)).body).toMatchObject({ exists: false, informedOn: null });
    expect((await district.put(`/api/groups/${other.id}/enterprise`, { informedOn: '2026-11-03' })).body).toMatchObject({ exists: true, informedOn: '2026-11-03' });
  });
});
