import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { Client, signIn, startTestApp, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

/**
 * Advice and support (issue 13, parts 5 and 6): the district's visits to its groups, the
 * training its groups' lecturers attend, and the province's partners — recorded in scope,
 * shown on the group's timeline, counted in the monthly report.
 */
let ctx: TestContext;
let district: Client;
let province: Client;
let tambon: Client;
let otherDistrict: Client;
let group: { id: string };
let members: string[];
let groupB: { id: string };
const today = todayIso();
beforeAll(async () => {
  ctx = await startTestApp();
  [district, province, tambon, otherDistrict] = await Promise.all([signIn(ctx, 'district'), signIn(ctx, 'province'), signIn(ctx, 'tambon'), signIn(ctx, 'otherDistrict')]);
  ({ group, members } = await formedGroup(district, province));
  const admin = await signIn(ctx, 'admin');
  await admin.post('/api/users', { username: 'province-50', password: 'province-50-pass', displayName: 'จังหวัดเชียงใหม่', unitCode: '50' });
  const id = (await admin.get('/api/users?unit=50')).body.items.find((u: { username: string }) => u.username === 'province-50').id;
  await admin.post(`/api/users/${id}/roles`, { role: 'province', unitCode: '50' });
  const tambonB = (await admin.get('/api/geo/districts/5007/tambons')).body[0].code;
  const p50 = await new Client(ctx.app).login('province-50', 'province-50-pass');
  ({ group: groupB } = await formedGroup(otherDistrict, p50, { tambonCode: tambonB, name: 'กลุ่มแม่ริม' }));
});
afterAll(() => ctx.close());

const visit = (extra: Record<string, unknown> = {}) => ({
  id: randomUUID(), groupId: group.id, visitedOn: '2026-11-10', step: 4, visitors: 'นายสมชาย ใจดี เกษตรอำเภอ', advice: 'ให้ทำปุ๋ยหมักใช้เองก่อนปลูกรอบใหม่', problems: 'น้ำไม่พอในหน้าแล้ง', followUpOn: '2026-11-25', ...extra,
});

describe('advisory visits', () => {
  it('the district records a visit to its group, with photos; the same id again is the same visit', async () => {
    const body = visit();
    const res = await district.post('/api/visits', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ groupId: group.id, visitedOn: '2026-11-10', step: 4, advice: body.advice, problems: body.problems, followUpOn: '2026-11-25', followUp: 'overdue' });
    expect((await district.post('/api/visits', body)).status).toBe(200);
    const png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#3a7' } }).png().toBuffer();
    const withPhoto = await district.upload(`/api/visits/${res.body.id}/photos`, 'visit.png', png, 'image/png');
    expect(withPhoto.status).toBe(201);
    expect(withPhoto.body.photos).toHaveLength(1);
    const photo = await district.download(withPhoto.body.photos[0].url);
    expect(String(photo.headers['content-type'])).toBe('image/jpeg');
    expect((await otherDistrict.download(withPhoto.body.photos[0].url)).status).toBe(404);
  });

  it('only for its own groups: another district gets 404, the province and the tambon worker 403; bad input names the field and writes nothing', async () => {
    expect((await otherDistrict.post('/api/visits', visit())).status).toBe(404);
    expect((await district.post('/api/visits', visit({ groupId: groupB.id }))).status).toBe(404);
    expect((await province.post('/api/visits', visit())).status).toBe(403);
    expect((await tambon.post('/api/visits', visit())).status).toBe(403);
    const before = (await district.get(`/api/visits?group=${group.id}`)).body.items.length;
    const early = await district.post('/api/visits', visit({ followUpOn: '2026-11-01' }));
    expect(early.body).toMatchObject({ code: 'visit.follow_up_before_visit', details: { issues: [{ path: 'followUpOn' }] } });
    expect((await district.post('/api/visits', visit({ step: 9 }))).body.details.issues[0].path).toBe('step');
    expect((await district.post('/api/visits', visit({ date: '2026-11-10' }))).body.details.issues[0].path).toBe('date');
    expect((await district.post('/api/visits', visit({ visitedOn: '2099-01-01', followUpOn: null }))).body.code).toBe('record.future_date');
    expect((await district.get(`/api/visits?group=${group.id}`)).body.items).toHaveLength(before);
    // Everyone who follows the group reads its visits; another district does not.
    expect((await tambon.get(`/api/visits?group=${group.id}`)).body.items).toHaveLength(before);
    expect((await otherDistrict.get(`/api/visits?group=${group.id}`)).status).toBe(404);
  });

  it("an overdue follow-up waits on the district's home until the next visit", async () => {
    const due = (await district.get('/api/visits/follow-ups')).body;
    expect(due.items).toHaveLength(1);
    expect(due.items[0]).toMatchObject({ groupId: group.id, followUpOn: '2026-11-25', tambon: { nameTh: 'ในเมือง' } });
    expect(due.items[0].daysLate).toBeGreaterThan(0);
    expect((await otherDistrict.get('/api/visits/follow-ups')).body.items).toEqual([]);
    expect((await province.get('/api/visits/follow-ups?unit=40')).body.items).toHaveLength(1);
    expect((await otherDistrict.get('/api/visits/follow-ups?unit=4001')).status).toBe(404);
    const next = await district.post('/api/visits', visit({ visitedOn: today, step: 6, advice: 'ติดตามการขายที่ตลาดเกษตรกร', followUpOn: null }));
    expect(next.status).toBe(201);
    expect((await district.get('/api/visits/follow-ups')).body.items).toEqual([]);
    const first = (await district.get(`/api/visits?group=${group.id}`)).body.items.find((v: { visitedOn: string }) => v.visitedOn === '2026-11-10');
    expect(first).toMatchObject({ followUp: 'done', followedUpOn: today });
  });

  it("shows on the group's timeline and counts in the province's monthly report", async () => {
    const items = (await district.get(`/api/groups/${group.id}/timeline`)).body.items;
    expect(items.find((i: { kind: string; date: string }) => i.kind === 'visit' && i.date === '2026-11-10').title).toContain('ให้ทำปุ๋ยหมักใช้เองก่อนปลูกรอบใหม่');
    const report = (await province.get('/api/reports?unit=40&period=2026-11')).body.reports[0];
    expect(report.content.support.visits).toEqual({ month: 1, total: 1 });
  });
});

describe('lecturer development (step 3)', () => {
  it("records a course attended by the centre's lecturer, on the timeline and in the report; others are refused", async () => {
    await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้บ้านโนนทัน', mainLecturerId: members[0], assistantLecturerIds: [members[1]] });
    const body = { id: randomUUID(), groupId: group.id, farmerId: members[1], date: '2026-11-20', course: 'หลักสูตรวิทยากรเกษตรทฤษฎีใหม่', organiser: 'ศูนย์ถ่ายทอดเทคโนโลยีการเกษตร', hours: '๑๒' };
    const res = await district.post('/api/lecturer-trainings', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ farmerId: members[1], hours: 12, course: body.course });
    const notLecturer = await district.post('/api/lecturer-trainings', { ...body, id: randomUUID(), farmerId: members[2] });
    expect(notLecturer.body).toMatchObject({ code: 'training.not_lecturer', details: { issues: [{ path: 'farmerId' }] } });
    expect((await district.post('/api/lecturer-trainings', { ...body, id: randomUUID(), hours: 0 })).body.details.issues[0].path).toBe('hours');
    expect((await otherDistrict.post('/api/lecturer-trainings', { ...body, id: randomUUID() })).status).toBe(404);
    expect((await tambon.post('/api/lecturer-trainings', { ...body, id: randomUUID() })).status).toBe(403);
    expect((await district.get(`/api/lecturer-trainings?group=${group.id}`)).body.items).toHaveLength(1);
    const items = (await district.get(`/api/groups/${group.id}/timeline`)).body.items;
    expect(items.find((i: { kind: string }) => i.kind === 'lecturer.training').title).toContain('หลักสูตรวิทยากรเกษตรทฤษฎีใหม่ (12 ชั่วโมง');
    const report = (await province.get('/api/reports?unit=40&period=2026-11')).body.reports[0];
    expect(report.content.support).toMatchObject({ lecturerTrainings: { month: 1, total: 1 }, trainingHours: { month: 12, total: 12 } });
  });
});

describe("the province's partners (step 7)", () => {
  it('the province records a partner for its groups; its districts read it; others do not; it is in the province report', async () => {
    const body = { id: randomUUID(), provinceCode: '40', name: 'มหาวิทยาลัยขอนแก่น', sector: 'academic', support: 'อบรมการแปรรูปผลผลิต', groupIds: [group.id], from: '2026-11-01' };
    const res = await province.post('/api/partners', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: 'มหาวิทยาลัยขอนแก่น', sector: 'academic', from: '2026-11-01', to: null, groups: [{ id: group.id, name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง' }] });
    expect((await district.get('/api/partners')).body.items.map((p: { id: string }) => p.id)).toEqual([body.id]);
    expect((await otherDistrict.get('/api/partners')).body.items).toEqual([]);
    expect((await otherDistrict.get(`/api/partners/${body.id}`)).status).toBe(404);
    expect((await district.post('/api/partners', { ...body, id: randomUUID() })).status).toBe(403);
    const outside = await province.post('/api/partners', { ...body, id: randomUUID(), groupIds: [groupB.id] });
    expect(outside.body).toMatchObject({ code: 'partner.group_outside', details: { issues: [{ path: 'groupIds.0' }] } });
    expect((await province.post('/api/partners', { ...body, id: randomUUID(), to: '2026-10-01' })).body).toMatchObject({ code: 'partner.bad_dates', details: { issues: [{ path: 'to' }] } });
    expect((await province.post('/api/partners', { ...body, id: randomUUID(), sector: 'church' })).body.details.issues[0].path).toBe('sector');
    expect((await province.post('/api/partners', { ...body, id: randomUUID(), provinceCode: '50' })).status).toBe(404);
    const report = (await province.get('/api/reports?unit=40&period=2026-11')).body.reports[0];
    expect(report.content.partners).toEqual([{ name: 'มหาวิทยาลัยขอนแก่น', sector: 'academic', support: 'อบรมการแปรรูปผลผลิต', groups: 1, from: '2026-11-01', to: null }]);
    expect((await province.get('/api/reports?unit=40&period=2026-10')).body.reports[0].content.partners).toEqual([]);
  });
});
