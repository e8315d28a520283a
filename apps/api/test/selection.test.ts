import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_MET, propose, registerFarmer } from './support/flows';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';

let ctx: TestContext;
let district: Client;
let province: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
});
afterAll(() => ctx.close());

describe('selection (form กท.01)', () => {
  it('the district proposes with the four criteria; the province selects; the list counts them', async () => {
    const a = await registerFarmer(district, { firstName: 'อำนวย' });
    const candidate = await propose(district, a);
    const res = await province.post(`/api/selection/${candidate.id}/decision`, { decision: 'selected', version: candidate.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ decision: 'selected', criteria: expect.objectContaining({ sameProducts: { met: true, notes: 'ปลูกผักปลอดสารเหมือนกัน' } }) });
    const list = await district.get('/api/selection?tambon=400101&cohort=2569');
    expect(list.body.tambon.nameTh).toBe('ในเมือง');
    expect(list.body.summary).toMatchObject({ candidates: 1, proposed: 1, selected: 1, undecided: 0 });
    expect(list.body.candidates[0].farmer).toMatchObject({ fullName: 'นางอำนวย ใจดี', nationalIdMasked: false, address: '12/3 หมู่ 5 บ้านโนนสูง' });
  });

  it('is idempotent on the client id, and one candidacy per farmer and cohort', async () => {
    const f = await registerFarmer(district);
    const body = { id: randomUUID(), cohort: 2569, farmerId: f, criteria: ALL_MET, proposal: 'proposed' };
    expect((await district.post('/api/selection', body)).status).toBe(201);
    expect((await district.post('/api/selection', body)).status).toBe(200);
    const again = await district.post('/api/selection', { ...body, id: randomUUID() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('selection.duplicate');
  });

  it('a candidate whose pond was not dug cannot be selected; not selecting needs a reason', async () => {
    const f = await registerFarmer(district, { pondDug: false, pondYear: null });
    const c = await propose(district, f, 2569, { ...ALL_MET, pondDug: { met: false, notes: 'ยังไม่ได้ขุดสระ' } });
    const sel = await province.post(`/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
    expect(sel.status).toBe(409);
    expect(sel.body.code).toBe('selection.pond_not_dug');
    const noReason = await province.post(`/api/selection/${c.id}/decision`, { decision: 'not_selected', version: c.version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.issues[0].path).toBe('reason');
    const ok = await province.post(`/api/selection/${c.id}/decision`, { decision: 'not_selected', reason: 'ยังไม่ผ่านเกณฑ์ข้อ 1', version: c.version });
    expect(ok.body).toMatchObject({ decision: 'not_selected', decisionReason: 'ยังไม่ผ่านเกณฑ์ข้อ 1' });
  });

  it('a candidate the district did not propose cannot be selected; the district cannot change a decided candidate', async () => {
    const f = await registerFarmer(district);
    const c = await propose(district, f, 2569, ALL_MET, 'not_proposed');
    expect((await province.post(`/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version })).body.code).toBe('selection.not_proposed');
    const fixed = await district.patch(`/api/selection/${c.id}`, { proposal: 'proposed', version: c.version });
    expect(fixed.status).toBe(200);
    await province.post(`/api/selection/${c.id}/decision`, { decision: 'selected', version: fixed.body.version });
    expect((await district.patch(`/api/selection/${c.id}`, { proposal: 'not_proposed', version: fixed.body.version + 1 })).body.code).toBe('selection.decided');
  });

  it('scopes: the district cannot decide (403); another district cannot read or propose (404); a stale decision is 409', async () => {
    const f = await registerFarmer(district);
    const c = await propose(district, f);
    expect((await district.post(`/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version })).status).toBe(403);
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.get('/api/selection?tambon=400101&cohort=2569')).status).toBe(404);
    const res = await other.post('/api/selection', { id: randomUUID(), cohort: 2569, farmerId: f, criteria: ALL_MET, proposal: 'proposed' });
    expect(res.status).toBe(404);
    expect((await province.post(`/api/selection/${c.id}/decision`, { decision: 'selected', version: 99 })).status).toBe(409);
  });

  it('refuses an unknown cohort (404 naming cohort) and a bad body (400 naming fields)', async () => {
    const f = await registerFarmer(district);
    const res = await district.post('/api/selection', { id: randomUUID(), cohort: 2599, farmerId: f, criteria: ALL_MET, proposal: 'proposed' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'program.cohort_not_found', details: { issues: [{ path: 'cohort' }] } });
    const bad = await district.post('/api/selection', { id: 'x', cohort: 2569, farmerId: f, criteria: { pondDug: { met: 'yes' } }, proposal: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['id', 'criteria.pondDug.met', 'proposal']));
  });

  it("the province's summary is visible to its host agency and the ministry, by province", async () => {
    const agency = await signIn(ctx, 'agency');
    const res = await agency.get('/api/selection/summary?cohort=2569');
    expect(res.status).toBe(200);
    expect(res.body.unit.code).toBe('DLD');
    expect(res.body.provinces).toEqual([expect.objectContaining({ code: '40', nameTh: 'ขอนแก่น', agencyCode: 'DLD', tambonsWithCandidates: 1, selected: 2, groups: 0 })]);
    const ministry = await (await signIn(ctx, 'ministry')).get('/api/selection/summary?cohort=2569');
    expect(ministry.body.totals).toMatchObject({ tambonsWithCandidates: 1, selected: 2 });
    expect((await agency.get('/api/selection/summary?cohort=2569&unit=50')).status).toBe(404);
  });
});
