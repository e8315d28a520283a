import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let district: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  ({ group, members } = await formedGroup(district, await signIn(ctx, 'province')));
  await district.put(`/api/groups/${group.id}/plans/2569`, { topics: [{ topic: 'การทำปุ๋ยหมักจากเศษพืช', plannedOn: '2026-08-01' }] });
});
afterAll(() => ctx.close());

const session = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(), groupId: group.id, date: '2026-08-05', planCohort: 2569, planTopicIndex: 0,
  lecturerIds: [members[0]], attendeeIds: members, outsideParticipants: '๑๒', notes: 'ฝึกปฏิบัติที่แปลงของประธาน', ...overrides,
});

describe('learning centre and sessions (step 3)', () => {
  it('sets the learning centre with member lecturers; a non-member is refused by position', async () => {
    const bad = await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้บ้านโนนสูง', mainLecturerId: members[0], assistantLecturerIds: [members[1], randomUUID()] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'record.not_member', details: { issues: [{ path: 'assistantLecturerIds.1' }] } });
    const ok = await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้บ้านโนนสูง', mainLecturerId: members[0], assistantLecturerIds: [members[1]] });
    expect(ok.body).toMatchObject({ exists: true, version: 1, mainLecturer: { farmerId: members[0], fullName: 'นางสมาชิก1 ใจดี' } });
    expect((await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'x', assistantLecturerIds: [], version: 9 })).status).toBe(409);
    // A second phone saving a new centre without a version: someone saved it first — 409 with theirs.
    const second = await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์อื่น', assistantLecturerIds: [] });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'record.stale', details: { current: { name: 'ศูนย์เรียนรู้บ้านโนนสูง' } } });
  });

  it('records a session following a กท.03 topic; attendance counts members and outsiders', async () => {
    const res = await district.post('/api/learning-sessions', session());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ topic: 'การทำปุ๋ยหมักจากเศษพืช', outsideParticipants: 12, participants: 15, lecturers: [{ fullName: 'นางสมาชิก1 ใจดี' }], photos: [] });
  });

  it('refuses a lecturer who is not a member, a future date, an unknown plan topic', async () => {
    expect((await district.post('/api/learning-sessions', session({ lecturerIds: [randomUUID()] }))).body.details.issues[0].path).toBe('lecturerIds.0');
    expect((await district.post('/api/learning-sessions', session({ date: '2099-01-01' }))).body.code).toBe('record.future_date');
    expect((await district.post('/api/learning-sessions', session({ planTopicIndex: 5 }))).body.details.issues[0].path).toBe('planTopicIndex');
    expect((await district.post('/api/learning-sessions', session({ planCohort: null, planTopicIndex: null, topic: '' }))).body.details.issues[0].path).toBe('topic');
  });

  it('takes up to five photos, re-encoded without EXIF; not an image 400; over 10 MB 413', async () => {
    const created = (await district.post('/api/learning-sessions', session({ id: randomUUID(), date: '2026-08-12' }))).body;
    const png = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3a7' } }).withExif({ IFD0: { Artist: 'secret' } }).png().toBuffer();
    const res = await district.upload(`/api/learning-sessions/${created.id}/photos`, 'a.png', png, 'image/png');
    expect(res.status).toBe(201);
    expect(res.body.photos[0]).toMatchObject({ width: 1600, height: 1067 });
    const img = await district.download(res.body.photos[0].url);
    expect(img.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(img.body).metadata()).exif).toBeUndefined();
    expect((await district.upload(`/api/learning-sessions/${created.id}/photos`, 'id.pdf', Buffer.from('%PDF-1.4'))).body.code).toBe('photo.not_image');
    expect((await district.upload(`/api/learning-sessions/${created.id}/photos`, 'big.jpg', Buffer.alloc(11 * 1024 * 1024, 1))).status).toBe(413);
    for (let i = 0; i < 4; i++) expect((await district.upload(`/api/learning-sessions/${created.id}/photos`, 'a.png', png)).status).toBe(201);
    expect((await district.upload(`/api/learning-sessions/${created.id}/photos`, 'a.png', png)).body.code).toBe('photo.too_many');
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.download(res.body.photos[0].url)).status).toBe(404);
  });

  it('scopes: the tambon worker reads but may not record learning (403); another district 404', async () => {
    const tambon = await signIn(ctx, 'tambon');
    expect((await tambon.get(`/api/learning-sessions?group=${group.id}`)).body.items.length).toBe(2);
    expect((await tambon.post('/api/learning-sessions', session())).status).toBe(403);
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/groups/${group.id}/learning-centre`)).status).toBe(404);
  });

  it('a deleted centre reads as absent and is set again without a version; a stale delete is 409', async () => {
    const current = (await district.get(`/api/groups/${group.id}/learning-centre`)).body;
    expect((await district.delete(`/api/groups/${group.id}/learning-centre?version=${current.version + 1}`)).status).toBe(409);
    expect((await district.delete(`/api/groups/${group.id}/learning-centre?version=${current.version}`)).status).toBe(200);
    expect((await district.get(`/api/groups/${group.id}/learning-centre`)).body).toMatchObject({ exists: false, name: null, version: 0 });
    expect((await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'x', assistantLecturerIds: [], version: current.version })).body.details.issues[0].path).toBe('version');
    const again = await district.put(`/api/groups/${group.id}/learning-centre`, { name: 'ศูนย์เรียนรู้แห่งใหม่', mainLecturerId: members[1], assistantLecturerIds: [] });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ exists: true, name: 'ศูนย์เรียนรู้แห่งใหม่', mainLecturer: { farmerId: members[1] } });
  });
});
