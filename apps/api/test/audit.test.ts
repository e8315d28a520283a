import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farmerBody } from './support/builders';
import { anonymous, signIn, startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('audit log', () => {
  it('records who changed what, with before and after, readable by administrators and filterable', async () => {
    const admin = await signIn(ctx, 'admin');
    const cohort = (await admin.get('/api/program/cohorts')).body.cohorts[0];
    await admin.patch(`/api/program/cohorts/${cohort.cohort}`, { tambonTarget: 790, version: cohort.version });
    const me = (await admin.get('/api/me')).body.user.id;
    const res = await admin.get(`/api/audit?userId=${me}&targetType=cohort&targetId=${cohort.cohort}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      actorUsername: 'demo-admin', verb: 'cohort.update', targetType: 'cohort', targetId: '2565',
      before: expect.objectContaining({ tambonTarget: 788 }), after: expect.objectContaining({ tambonTarget: 790 }),
    });
    expect(res.body.items[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the people, farmers and groups instead of ids, and filters by person, kind of action and area (issue 15)', async () => {
    const admin = await signIn(ctx, 'admin');
    const district = await signIn(ctx, 'district');
    const f = await district.post('/api/farmers', farmerBody({ firstName: 'บุญมา', lastName: 'ทองดี' }));
    expect(f.status).toBe(201);
    const res = await admin.get(`/api/audit?targetType=farmer&targetId=${f.body.id}`);
    expect(res.body.items[0]).toMatchObject({
      verb: 'farmer.create', actorUsername: 'demo-district-4001', actorName: expect.stringContaining('อำเภอเมืองขอนแก่น'),
      targetName: 'บุญมา ทองดี', areaCode: '400101', areaName: 'ในเมือง',
    });
    const byPerson = await admin.get('/api/audit?person=district-4001&kind=farmer');
    expect(byPerson.body.total).toBeGreaterThan(0);
    expect(byPerson.body.items.every((i: { verb: string; actorUsername: string }) => i.verb.startsWith('farmer.') && i.actorUsername === 'demo-district-4001')).toBe(true);
    expect((await admin.get('/api/audit?kind=farmer&unit=4001')).body.items.map((i: { targetId: string }) => i.targetId)).toContain(f.body.id);
    expect((await admin.get('/api/audit?kind=farmer&unit=50')).body.items.map((i: { targetId: string }) => i.targetId)).not.toContain(f.body.id);
    const login = await admin.get('/api/audit?kind=auth&person=demo-admin');
    expect(login.body.items[0]).toMatchObject({ targetType: 'user', targetName: expect.stringContaining('(demo-admin)') });
    expect((await admin.get('/api/audit?unit=4x')).status).toBe(400);
    expect((await district.get('/api/audit')).status).toBe(403);
  });

  it('filters by date (Thailand days)', async () => {
    const admin = await signIn(ctx, 'admin');
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const todays = await admin.get(`/api/audit?from=${today}&to=${today}&verb=auth.login`);
    expect(todays.body.total).toBeGreaterThan(0);
    const past = await admin.get('/api/audit?from=2020-01-01&to=2020-12-31');
    expect(past.body.total).toBe(0);
    const bad = await admin.get('/api/audit?from=31-12-2020');
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('from');
  });

  it('records the first-start seed of the reference data', async () => {
    const res = await (await signIn(ctx, 'admin')).get('/api/audit?verb=reference.seed&targetType=geo_unit');
    expect(res.body.items).toEqual([expect.objectContaining({ actorId: null, targetId: '*', after: { rows: 77 + 928 + 7436 } })]);
  });

  it('a failed write leaves no audit row (same transaction)', async () => {
    const admin = await signIn(ctx, 'admin');
    const before = (await admin.get('/api/audit?verb=cohort.update')).body.total;
    await admin.patch('/api/program/cohorts/2566', { tambonTarget: 1, version: 42 });
    expect((await admin.get('/api/audit?verb=cohort.update')).body.total).toBe(before);
  });

  it('is closed to everyone but administrators: province 403, ministry 403, anonymous 401', async () => {
    expect((await (await signIn(ctx, 'province')).get('/api/audit')).status).toBe(403);
    expect((await (await signIn(ctx, 'ministry')).get('/api/audit')).status).toBe(403);
    expect((await anonymous(ctx).get('/api/audit')).status).toBe(401);
  });
});
