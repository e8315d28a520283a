import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_MET, createGroup, propose, registerFarmer } from './support/flows';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';

/** Issue 15: every persona's home is its to-do, counted inside its scope; the bell carries the same news. */
let ctx: TestContext;
let district: Client;
let province: Client;
let other: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
  other = await signIn(ctx, 'otherDistrict');
});
afterAll(() => ctx.close());

type Item = { kind: string; count: number; title: string; link: string };
const tasks = async (c: Client): Promise<Item[]> => {
  const res = await c.get('/api/tasks');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};
const kind = (items: Item[], k: string) => items.find((i) => i.kind === k);

describe('GET /api/tasks', () => {
  it("the province sees the district's proposals waiting, by tambon, and in its bell; another province's are not counted", async () => {
    expect(kind(await tasks(province), 'selection.decide')).toBeUndefined();
    const candidates: { id: string; version: number }[] = [];
    for (const n of ['หนึ่ง', 'สอง', 'สาม']) candidates.push(await propose(district, await registerFarmer(district, { firstName: n })));
    // Chiang Mai's district proposes too: not the Khon Kaen province's work.
    await propose(other, await registerFarmer(other, { tambonCode: '500701' }));
    const item = kind(await tasks(province), 'selection.decide');
    expect(item).toMatchObject({ count: 3, link: '/selection?cohort=2569&area=400101' });
    expect(item!.title).toContain('ในเมือง');
    const bell = await province.get('/api/notifications');
    const news = bell.body.items.filter((n: { kind: string }) => n.kind === 'selection.proposed');
    expect(news).toHaveLength(1); // one per tambon and day, not one per farmer
    expect(news[0]).toMatchObject({ link: '/selection?cohort=2569&area=400101' });

    // The selection page's list of tambons with counts.
    const waiting = await province.get('/api/selection/waiting?cohort=2569');
    expect(waiting.body.tambons).toEqual([expect.objectContaining({ code: '400101', nameTh: 'ในเมือง', waiting: 3, candidates: 3 })]);
    expect((await other.get('/api/selection/waiting')).body.tambons.map((t: { code: string }) => t.code)).toEqual(['500701']);

    // Three decided at once: the to-do empties.
    const res = await province.post('/api/selection/decisions', { decision: 'selected', candidates: candidates.map((c) => ({ id: c.id, version: c.version })) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.decided).toBe(3);
    expect(res.body.candidates.every((c: { decision: string }) => c.decision === 'selected')).toBe(true);
    expect(kind(await tasks(province), 'selection.decide')).toBeUndefined();
    const audit = await (await signIn(ctx, 'admin')).get('/api/audit?verb=selection.decide');
    expect(audit.body.items.filter((r: { targetId: string }) => candidates.some((c) => c.id === r.targetId))).toHaveLength(3);
  });

  it('a batch with a candidate lacking criterion 1, or out of scope, or stale decides none and names it', async () => {
    const ok = await propose(district, await registerFarmer(district));
    const noPond = await propose(district, await registerFarmer(district, { pondDug: false, pondYear: null }), 2569, { ...ALL_MET, pondDug: { met: false } });
    const bad = await province.post('/api/selection/decisions', { decision: 'selected', candidates: [ok, noPond].map((c) => ({ id: c.id, version: c.version })) });
    expect(bad.status).toBe(409);
    expect(bad.body).toMatchObject({ code: 'selection.pond_not_dug', details: { issues: [{ path: 'candidates.1.id' }] } });
    const far = await propose(other, await registerFarmer(other, { tambonCode: '500701' }));
    const out = await province.post('/api/selection/decisions', { decision: 'selected', candidates: [ok, far].map((c) => ({ id: c.id, version: c.version })) });
    expect(out.status).toBe(404);
    const stale = await province.post('/api/selection/decisions', { decision: 'selected', candidates: [{ id: ok.id, version: ok.version + 5 }] });
    expect(stale.status).toBe(409);
    expect(stale.body.details.issues[0].path).toBe('candidates.0.version');
    const list = await province.get('/api/selection?tambon=400101&cohort=2569');
    expect(list.body.candidates.find((c: { id: string }) => c.id === ok.id).decision).toBeNull();
    expect((await district.post('/api/selection/decisions', { decision: 'selected', candidates: [{ id: ok.id, version: ok.version }] })).status).toBe(403);
  });

  it("the district sees its groups with an overdue step; the tambon worker its group's next step; another district neither", async () => {
    const g = await createGroup(district);
    const d = await tasks(district);
    // Cohort 2569's step 1 was due before the group existed; its steps are not done.
    expect(kind(d, 'group.overdue')).toMatchObject({ count: 1, link: '/progress?overdue=1' });
    expect(kind(await tasks(other), 'group.overdue')).toBeUndefined();
    const tambon = await tasks(await signIn(ctx, 'tambon'));
    expect(tambon.filter((i) => i.kind === 'group.next_step')).toEqual([expect.objectContaining({ count: 1, link: expect.stringContaining(`/groups/${g.id}`) })]);
    expect(kind(await tasks(province), 'group.overdue')).toMatchObject({ count: 1 });
  });

  it('reviewers: the agency and the ministry see what is sent up to them; the ministry sees กท.05 received and missing', async () => {
    const ministry = await tasks(await signIn(ctx, 'ministry'));
    const agency = await tasks(await signIn(ctx, 'agency'));
    expect(ministry.map((i) => i.kind)).not.toContain('selection.decide');
    expect(agency.map((i) => i.kind)).not.toContain('group.overdue');
    // No agency has sent last month's กท.05 in a fresh database: all four are missing, none received.
    expect(kind(ministry, 'kt05.received')).toMatchObject({ count: 0, link: expect.stringContaining('/reports?tab=inbox') });
    expect(kind(ministry, 'kt05.missing')!.count).toBe(4);
    // The north-east agency hears only of its own provinces that are late (not the country's 77).
    const late = kind(agency, 'report.late')!;
    expect(late.count).toBeGreaterThan(0);
    expect(late.count).toBeLessThan(77);
    expect(kind(agency, 'report.submit')).toMatchObject({ count: 1 });
    // The ministry's targets: two target tambons of the cohort in progress, one with a group (made above).
    const m = await signIn(ctx, 'ministry');
    const cohort = (await m.get('/api/program/cohorts')).body.cohorts.find((c: { cohort: number }) => c.cohort === 2569);
    const set = await m.put('/api/program/cohorts/2569/target-tambons', { tambonCodes: ['400101', '400102'], version: cohort.version });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(kind(await tasks(m), 'coverage.missing')).toMatchObject({ count: 1, link: '/program?cohort=2569' });
  });

  it('needs a session', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/tasks' })).statusCode).toBe(401);
  });
});
