import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

/**
 * Issue 8, finding 7: replacing a กท.03's development topics left learning sessions pointing at
 * a position that no longer existed, and a later edit of such a session failed with 400. Topics
 * now keep ids across edits; sessions follow their topic; a followed topic cannot be removed.
 */
let ctx: TestContext;
let district: Client;
let group: { id: string };
let members: string[];
const plan = () => `/api/groups/${group.id}/plans/2569`;

beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  ({ group, members } = await formedGroup(district, await signIn(ctx, 'province')));
});
afterAll(() => ctx.close());

async function session(planTopicIndex: number) {
  const res = await district.post('/api/learning-sessions', {
    id: randomUUID(), groupId: group.id, date: '2026-08-05', planCohort: 2569, planTopicIndex, lecturerIds: [members[0]], attendeeIds: members,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; topic: string; planTopicIndex: number };
}

describe('development topics of a กท.03 and the learning sessions that follow them', () => {
  let compost: { id: string; version: number };
  let ids: string[];

  it('gives each topic an id', async () => {
    const res = await district.put(plan(), { topics: [{ topic: 'การทำปุ๋ยหมัก', plannedOn: '2026-08-01' }, { topic: 'การเลี้ยงไก่ไข่', plannedOn: '2026-09-01' }] });
    expect(res.status).toBe(200);
    ids = res.body.topics.map((t: { id: string }) => t.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    compost = await session(0);
    await session(1);
  });

  it('a client that sends the topics without ids and drops an unused one: the sessions follow their topic, and a later edit works', async () => {
    // Reproduces the outside test: the first topic goes, the session of the second must not dangle.
    let current = (await district.get(plan())).body;
    const res = await district.put(plan(), { topics: [{ topic: 'การเลี้ยงไก่ไข่', plannedOn: '2026-09-01' }, { topic: 'การแปรรูปผลผลิต' }], version: current.version });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'plan.topic_in_use', details: { topics: [{ topic: 'การทำปุ๋ยหมัก', sessions: 1 }], issues: [{ path: 'topics' }] } });
    expect((await district.get(plan())).body.version).toBe(current.version);

    // Delete the session that follows the first topic; now it may go.
    expect((await district.delete(`/api/learning-sessions/${compost.id}?version=${compost.version}`)).status).toBe(200);
    const chicken = (await district.get(`/api/learning-sessions?group=${group.id}`)).body.items.find((s: { topic: string }) => s.topic === 'การเลี้ยงไก่ไข่');
    expect(chicken.planTopicIndex).toBe(1);
    const saved = await district.put(plan(), { topics: [{ topic: 'การเลี้ยงไก่ไข่', plannedOn: '2026-09-01' }, { topic: 'การแปรรูปผลผลิต' }], version: current.version });
    expect(saved.status).toBe(200);
    expect(saved.body.topics[0].id).toBe(ids[1]);
    const after = (await district.get(`/api/learning-sessions/${chicken.id}`)).body;
    expect(after).toMatchObject({ planTopicIndex: 0, topic: 'การเลี้ยงไก่ไข่', version: chicken.version + 1 });
    const edit = await district.patch(`/api/learning-sessions/${chicken.id}`, { notes: 'ฝึกทำรังไข่', version: after.version });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body).toMatchObject({ planTopicIndex: 0, notes: 'ฝึกทำรังไข่' });
    current = saved.body;
  });

  it('renaming and moving a topic by its id keeps its sessions on it', async () => {
    const current = (await district.get(plan())).body;
    const [chicken, processing] = current.topics;
    const res = await district.put(plan(), {
      topics: [{ id: processing.id, topic: processing.topic }, { topic: 'การตลาดออนไลน์' }, { id: chicken.id, topic: 'การเลี้ยงไก่ไข่อินทรีย์', plannedOn: '2026-10-01' }],
      version: current.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.topics.map((t: { id: string }) => t.id)).toEqual([processing.id, expect.any(String), chicken.id]);
    const sessions = (await district.get(`/api/learning-sessions?group=${group.id}`)).body.items;
    expect(sessions).toEqual([expect.objectContaining({ planTopicIndex: 2, topic: 'การเลี้ยงไก่ไข่' })]);
    const edit = await district.patch(`/api/learning-sessions/${sessions[0].id}`, { outsideParticipants: 4, version: sessions[0].version });
    expect(edit.status).toBe(200);
  });

  it('refuses the same topic id twice (400 naming it) and another district\'s plan (404)', async () => {
    const current = (await district.get(plan())).body;
    const id = current.topics[0].id;
    const dup = await district.put(plan(), { topics: [{ id, topic: 'ก' }, { id, topic: 'ข' }], version: current.version });
    expect(dup.status).toBe(400);
    expect(dup.body.details.issues[0].path).toBe('topics.1.id');
    expect((await (await signIn(ctx, 'otherDistrict')).put(plan(), { topics: [], version: current.version })).status).toBe(404);
  });
});

describe('the outside test, step by step', () => {
  it('dropping the first of two topics, as the plan screen sends it, leaves the second topic\'s session editable', async () => {
    const other = (await formedGroup(district, await signIn(ctx, 'province'), { tambonCode: '400102', name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลสาวะถี' }));
    const url = `/api/groups/${other.group.id}/plans/2569`;
    const first = await district.put(url, { topics: [{ topic: 'การทำปุ๋ยหมัก' }, { topic: 'การเพาะเห็ด' }] });
    const created = await district.post('/api/learning-sessions', {
      id: randomUUID(), groupId: other.group.id, date: '2026-08-05', planCohort: 2569, planTopicIndex: 1, lecturerIds: [other.members[0]], attendeeIds: other.members,
    });
    expect(created.status).toBe(201);
    expect((await district.put(url, { topics: [{ topic: 'การเพาะเห็ด' }], version: first.body.version })).status).toBe(200);
    const now = (await district.get(`/api/learning-sessions/${created.body.id}`)).body;
    const edit = await district.patch(`/api/learning-sessions/${created.body.id}`, { notes: 'เพาะเห็ดนางฟ้า', version: now.version });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body).toMatchObject({ topic: 'การเพาะเห็ด', planTopicIndex: 0, notes: 'เพาะเห็ดนางฟ้า' });
  });
});
