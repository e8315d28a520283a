import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('host agencies', () => {
  it('seeds the four agencies with the standard four-region grouping and shows their province counts', async () => {
    const res = await (await signIn(ctx, 'tambon')).get('/api/program/agencies');
    expect(res.status).toBe(200);
    const summary = res.body.map((a: { code: string; shortTh: string; provinceCount: number }) => [a.code, a.shortTh, a.provinceCount]);
    expect(summary).toEqual([['CPD', 'กสส.', 17], ['DLD', 'ปศ.', 20], ['DOAE', 'กสก.', 26], ['KPM', 'กปม.', 14]]);
    expect(res.body[1].provinces.find((p: { code: string }) => p.code === '40')).toEqual({ code: '40', nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', assignmentVersion: 1 });
  });

  it('reassigning a province moves it into the new agency officer scope at once', async () => {
    const admin = await signIn(ctx, 'admin');
    const agency = await signIn(ctx, 'agency');
    expect((await agency.get('/api/area?unit=60')).status).toBe(404);
    const stale = await admin.put('/api/program/provinces/60/agency', { agencyCode: 'DLD', version: 99 });
    expect(stale.status).toBe(409);
    const res = await admin.put('/api/program/provinces/60/agency', { agencyCode: 'DLD', version: stale.body.details.current.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provinceCode: '60', agencyCode: 'DLD' });
    expect((await agency.get('/api/area?unit=60')).status).toBe(200);
    const counts = (await admin.get('/api/program/agencies')).body.map((a: { provinceCount: number }) => a.provinceCount);
    expect(counts).toEqual([16, 21, 26, 14]);
    expect((await (await signIn(ctx, 'province')).get('/api/geo/provinces')).body.find((p: { code: string }) => p.code === '60').agencyCode).toBe('DLD');
  });

  it('refuses an unknown agency (400 naming agencyCode) and non-administrators (403)', async () => {
    const admin = await signIn(ctx, 'admin');
    const bad = await admin.put('/api/program/provinces/61/agency', { agencyCode: 'XYZ', version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('agencyCode');
    expect((await (await signIn(ctx, 'agency')).put('/api/program/provinces/61/agency', { agencyCode: 'DLD', version: 1 })).status).toBe(403);
  });

  it('an administrator renames an agency', async () => {
    const admin = await signIn(ctx, 'admin');
    const kpm = (await admin.get('/api/program/agencies')).body.find((a: { code: string }) => a.code === 'KPM');
    const res = await admin.patch('/api/program/agencies/KPM', { nameTh: 'หน่วยงานภาคใต้', version: kpm.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nameTh: 'หน่วยงานภาคใต้', provinceCount: 14 });
  });
});

describe('cohorts, targets and the step calendar', () => {
  it('seeds cohorts 2565–2569 at 788 tambons (3,940 in all) and the program target of 4,009', async () => {
    const c = await signIn(ctx, 'district');
    const cohorts = (await c.get('/api/program/cohorts')).body;
    expect(cohorts.cohorts.map((x: { cohort: number; tambonTarget: number }) => [x.cohort, x.tambonTarget])).toEqual([[2565, 788], [2566, 788], [2567, 788], [2568, 788], [2569, 788]]);
    expect(cohorts.cohortTargetTotal).toBe(3940);
    expect((await c.get('/api/program/targets')).body).toEqual([expect.objectContaining({ key: 'program_tambons', value: 4009 })]);
  });

  it("shifts the seed's calendar to each cohort year", async () => {
    const steps = (await (await signIn(ctx, 'district')).get('/api/program/steps')).body;
    expect(steps).toHaveLength(7);
    expect(steps[0]).toMatchObject({ step: 1, nameTh: 'คัดเลือกเกษตรกร', form: 'กท.01' });
    const due = (n: number, year: number) => steps[n - 1].schedule.find((s: { cohort: number }) => s.cohort === year).dueOn;
    expect(due(1, 2565)).toBe('2022-06-30');
    expect(due(2, 2567)).toBe('2024-07-30');
    expect(due(5, 2569)).toBe('2026-09-30');
    expect(due(7, 2566)).toBe('2023-12-31');
    expect(steps[5].schedule[0]).toMatchObject({ startsOn: '2022-08-01', dueOn: '2022-12-31' });
    // Step 4 runs "from August on": a start, and no due date the guideline does not give.
    expect(steps[3].schedule.find((s: { cohort: number }) => s.cohort === 2569)).toMatchObject({ startsOn: '2026-08-01', dueOn: null });
  });

  it('the ministry changes a cohort target; a province may not (403)', async () => {
    const ministry = await signIn(ctx, 'ministry');
    const res = await ministry.patch('/api/program/cohorts/2569', { tambonTarget: 857, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.tambonTarget).toBe(857);
    expect((await ministry.get('/api/program/cohorts')).body.cohortTargetTotal).toBe(4009);
    expect((await (await signIn(ctx, 'province')).patch('/api/program/cohorts/2568', { tambonTarget: 1, version: 1 })).status).toBe(403);
    expect((await ministry.patch('/api/program/cohorts/2599', { tambonTarget: 1, version: 1 })).body.code).toBe('program.cohort_not_found');
  });

  it('the ministry moves a step date with a reason; a start after the due date is refused naming startsOn; a province may not (403)', async () => {
    const ministry = await signIn(ctx, 'ministry');
    const ok = await ministry.put('/api/program/steps/1/schedule/2569', { startsOn: '2026-05-01', dueOn: '2026-07-15', reason: 'ขยายเวลาคัดเลือกตามมติคณะอนุกรรมการ', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ startsOn: '2026-05-01', dueOn: '2026-07-15', reason: 'ขยายเวลาคัดเลือกตามมติคณะอนุกรรมการ', version: 2 });
    const noReason = await ministry.put('/api/program/steps/1/schedule/2569', { startsOn: null, dueOn: '2026-07-15', version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.issues[0].path).toBe('reason');
    const bad = await ministry.put('/api/program/steps/1/schedule/2569', { startsOn: '2026-08-01', dueOn: '2026-07-15', reason: 'ทดสอบ', version: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'program.bad_dates', details: { issues: [{ path: 'startsOn' }] } });
    const notDate = await ministry.put('/api/program/steps/1/schedule/2569', { startsOn: '30/06/2569', dueOn: null, reason: 'ทดสอบ', version: 2 });
    expect(notDate.body.details.issues[0].path).toBe('startsOn');
    expect((await (await signIn(ctx, 'province')).put('/api/program/steps/1/schedule/2569', { startsOn: null, dueOn: null, reason: 'ทดสอบ', version: 2 })).status).toBe(403);
    const audit = (await (await signIn(ctx, 'admin')).get('/api/audit?targetId=2569%2F1')).body;
    expect(JSON.stringify(audit)).toContain('ขยายเวลาคัดเลือกตามมติคณะอนุกรรมการ');
  });

  it('a new cohort year takes the latest calendar moved to its year', async () => {
    const admin = await signIn(ctx, 'admin');
    const res = await admin.post('/api/program/cohorts', { cohort: 2570, tambonTarget: 69 });
    expect(res.status).toBe(201);
    expect(res.body.schedule.find((s: { step: number }) => s.step === 7).dueOn).toBe('2027-12-31');
    expect((await admin.post('/api/program/cohorts', { cohort: 2570, tambonTarget: 1 })).body.code).toBe('program.cohort_exists');
  });

  it('report deadlines are data: province by the 5th, agency (กท.05) by the 10th, district off', async () => {
    const admin = await signIn(ctx, 'admin');
    const list = (await admin.get('/api/program/report-deadlines')).body;
    expect(list.map((d: { code: string; dueDay: number; enabled: boolean }) => [d.code, d.dueDay, d.enabled])).toEqual([['district', 3, false], ['province', 5, true], ['agency', 10, true]]);
    const res = await admin.patch('/api/program/report-deadlines/district', { enabled: true, version: 1 });
    expect(res.body).toMatchObject({ enabled: true, dueDay: 3 });
    expect((await admin.patch('/api/program/report-deadlines/province', { dueDay: 31, version: 1 })).body.details.issues[0].path).toBe('dueDay');
    expect((await (await signIn(ctx, 'province')).patch('/api/program/report-deadlines/province', { dueDay: 6, version: 1 })).status).toBe(403);
  });
});
