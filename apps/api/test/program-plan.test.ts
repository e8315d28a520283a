import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { createGroup, selectedFarmers } from './support/flows';

/**
 * The program as the ministry runs it (issue 13, parts 1–3): target tambons, the areas' own
 * targets on dashboards and progress, coverage, the ministry opening a cohort and changing its
 * calendar with a reason, and a late group moving to the next cohort.
 */
let ctx: TestContext;
let ministry: Client;
let admin: Client;
let province: Client;
let district: Client;
let agency: Client;
/** Ten tambons of Khon Kaen: eight in Mueang Khon Kaen (4001), two in Ban Fang (4002). */
let targets: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  [ministry, admin, province, district, agency] = await Promise.all([signIn(ctx, 'ministry'), signIn(ctx, 'admin'), signIn(ctx, 'province'), signIn(ctx, 'district'), signIn(ctx, 'agency')]);
  const t4001 = (await admin.get('/api/geo/districts/4001/tambons')).body.map((t: { code: string }) => t.code);
  const t4002 = (await admin.get('/api/geo/districts/4002/tambons')).body.map((t: { code: string }) => t.code);
  targets = [...t4001.slice(0, 8), ...t4002.slice(0, 2)];
});
afterAll(() => ctx.close());

describe('the ministry opens a cohort with its targets and calendar', () => {
  it('opens cohort 2570 with 10 target tambons in Khon Kaen; the province may not (403) and nothing is written', async () => {
    expect((await province.post('/api/program/cohorts', { cohort: 2570, tambonTarget: 788 })).status).toBe(403);
    expect((await admin.get('/api/program/cohorts')).body.cohorts.map((c: { cohort: number }) => c.cohort)).not.toContain(2570);
    const res = await ministry.post('/api/program/cohorts', {
      cohort: 2570, tambonTarget: 788, tambonCodes: targets,
      schedule: [{ step: 1, startsOn: '2027-01-15', dueOn: '2027-06-30' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ cohort: 2570, tambonTarget: 788, targetTambons: 10 });
    const step = (n: number) => res.body.schedule.find((s: { step: number }) => s.step === n);
    expect(step(1)).toMatchObject({ startsOn: '2027-01-15', dueOn: '2027-06-30' });
    // The steps not given take 2569's calendar moved a year on; step 4 has a start and no due date.
    expect(step(2)).toMatchObject({ startsOn: null, dueOn: '2027-07-30' });
    expect(step(4)).toMatchObject({ startsOn: '2027-08-01', dueOn: null });
    expect(step(7)).toMatchObject({ dueOn: '2027-12-31' });
  });

  it('refuses an unknown tambon naming its place in the list, and writes nothing', async () => {
    const res = await ministry.post('/api/program/cohorts', { cohort: 2571, tambonTarget: 10, tambonCodes: ['400101', '999999'] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'program.unknown_tambon', details: { issues: [{ path: 'tambonCodes.1' }] } });
    expect((await admin.get('/api/program/cohorts')).body.cohorts.map((c: { cohort: number }) => c.cohort)).not.toContain(2571);
  });
});

describe('target tambons', () => {
  it('everyone reads them (by province or district); only the ministry and the administrator set them', async () => {
    const all = (await district.get('/api/program/cohorts/2570/target-tambons')).body;
    expect(all.tambonCodes).toEqual([...targets].sort());
    expect(all.tambons[0]).toMatchObject({ districtNameTh: 'เมืองขอนแก่น', provinceNameTh: 'ขอนแก่น', groupId: null });
    expect((await district.get('/api/program/cohorts/2570/target-tambons?unit=4002')).body.tambonCodes).toEqual(targets.slice(8));
    const refused = await province.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: targets.slice(0, 1) });
    expect(refused.status).toBe(403);
    expect((await agency.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: [] })).status).toBe(403);
    expect((await district.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: [] })).status).toBe(403);
    expect((await ministry.get('/api/program/cohorts/2570/target-tambons')).body.tambonCodes).toHaveLength(10);
  });

  it('a PUT replaces the list (audited); a stale version is a conflict; a bad code names its index', async () => {
    const before = (await ministry.get('/api/program/cohorts/2570/target-tambons')).body;
    const bad = await ministry.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: ['400101', '40010'] });
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('tambonCodes.1');
    const added = await admin.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: [...targets, '500701'], version: before.version });
    expect(added.status).toBe(200);
    expect(added.body.tambonCodes).toContain('500701');
    const stale = await ministry.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: targets, version: before.version });
    expect(stale.status).toBe(409);
    const back = await ministry.put('/api/program/cohorts/2570/target-tambons', { tambonCodes: targets });
    expect(back.body.tambonCodes).toHaveLength(10);
    const audit = (await admin.get('/api/audit?targetId=2570')).body;
    expect(JSON.stringify(audit)).toContain('500701');
    expect((await ministry.put('/api/program/cohorts/2599/target-tambons', { tambonCodes: [] })).body.code).toBe('program.cohort_not_found');
  });

  it('reads a pasted list: codes, names with district and province, ambiguous and unknown names', async () => {
    const res = await ministry.post('/api/program/cohorts/2570/target-tambons/resolve', {
      lines: ['400101', 'ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น', 'ในเมือง', 'ไม่มีตำบลนี้', ''],
    });
    expect(res.status).toBe(200);
    expect(res.body.matched.map((m: { line: number; code: string; alreadyTarget: boolean }) => [m.line, m.code, m.alreadyTarget])).toEqual([[1, '400101', true], [2, '400101', true]]);
    expect(res.body.problems.map((p: { line: number }) => p.line)).toEqual([3, 4]);
    expect(res.body.problems[0].candidates.length).toBeGreaterThan(1);
    expect((await province.post('/api/program/cohorts/2570/target-tambons/resolve', { lines: ['400101'] })).status).toBe(403);
  });
});

describe('each area compares with its own target', () => {
  let inTarget: { id: string };
  let outside: { id: string };
  beforeAll(async () => {
    const t4001 = (await admin.get('/api/geo/districts/4001/tambons')).body.map((t: { code: string }) => t.code);
    const notTarget = t4001.find((c: string) => !targets.includes(c));
    await selectedFarmers(district, province, 1, targets[0], 2570);
    inTarget = await createGroup(district, targets[0], 2570, 'กลุ่มในตำบลเป้าหมาย');
    outside = await createGroup(district, notTarget, 2570, 'กลุ่มนอกตำบลเป้าหมาย');
  });

  it("the province's dashboard: 1 of its 10 target tambons has a group, 1 group lies outside the targets", async () => {
    const d = (await province.get('/api/dashboard?unit=40&cohort=2570')).body;
    expect(d.targets).toMatchObject({ areaTambons: 10, areaTambonsWithGroup: 1, groupsOutsideTargets: 1, cohortTargetTotal: 3940 + 788 });
    expect(d.targets.cohorts.find((c: { cohort: number }) => c.cohort === 2570)).toMatchObject({ tambonTarget: 788, areaTambons: 10, areaTambonsWithGroup: 1 });
    expect(d.coverage.provincesWithoutGroup).toEqual([]);
    expect(d.coverage.byProvince).toEqual([{ code: '40', nameTh: 'ขอนแก่น', groups: 2, targetTambons: 10, targetTambonsWithGroup: 1 }]);
    // Ban Fang has two target tambons and no group yet.
    expect(d.coverage.districtsWithoutGroup.find((x: { code: string }) => x.code === '4002')).toMatchObject({ targetTambons: 2 });
    expect(d.coverage.districtsWithoutTarget).not.toContain('4001');
  });

  it("a district sees its own target (8 tambons), not the national 788", async () => {
    const d = (await district.get('/api/dashboard?unit=4001&cohort=2570')).body;
    expect(d.targets).toMatchObject({ areaTambons: 8, areaTambonsWithGroup: 1 });
    // Where its work is expected next: its seven target tambons still without a group.
    expect(d.targets.targetTambonsWithoutGroup.map((x: { code: string }) => x.code)).toEqual(targets.slice(1, 8));
    expect(d.coverage).toBeNull();
    const p = (await district.get('/api/progress?unit=4001&cohort=2570')).body;
    expect(p.targets).toEqual({ areaTambons: 8, areaTambonsWithGroup: 1, groupsOutsideTargets: 1 });
    expect(p.groups.find((g: { id: string }) => g.id === inTarget.id).inTarget).toBe(true);
    expect(p.groups.find((g: { id: string }) => g.id === outside.id).inTarget).toBe(false);
    expect((await district.get(`/api/groups/${outside.id}`)).body.inTarget).toBe(false);
  });

  it('the country and the agency list provinces without a group; the agency only its own', async () => {
    const country = (await ministry.get('/api/dashboard?cohort=2570')).body;
    expect(country.coverage.provinces).toBe(77);
    expect(country.coverage.provincesWithGroup).toBe(1);
    expect(country.coverage.provincesWithoutGroup).toHaveLength(76);
    expect(country.coverage.provincesWithoutGroup).not.toContain('40');
    expect(country.coverage.provincesWithoutTarget).toHaveLength(76);
    const dld = (await agency.get('/api/dashboard?unit=DLD&cohort=2570')).body;
    expect(dld.coverage.provinces).toBe(20);
    expect(dld.coverage.provincesWithoutGroup).toHaveLength(19);
    expect(dld.coverage.provincesWithoutGroup).not.toContain('50');
    expect(dld.targets.areaTambons).toBe(10);
    expect((await agency.get('/api/dashboard?unit=50&cohort=2570')).status).toBe(404);
  });
});

describe('the calendar and a late group', () => {
  it("a calendar change moves the groups' overdue status at once", async () => {
    const late = async () => (await district.get('/api/progress?unit=4001&cohort=2569')).body.totals[0].overdue as number;
    const { body: steps } = await ministry.get('/api/program/steps');
    const s = steps[0].schedule.find((x: { cohort: number }) => x.cohort === 2569);
    const group = await createGroup(district, '400105', 2569, 'กลุ่มรุ่น 2569');
    expect(await late()).toBeGreaterThan(0);
    const moved = await ministry.put('/api/program/steps/1/schedule/2569', { startsOn: s.startsOn, dueOn: '2027-01-31', reason: 'ขยายเวลาให้จังหวัดที่ประสบอุทกภัย', version: s.version });
    expect(moved.status).toBe(200);
    expect(await late()).toBe(0);
    expect((await district.get(`/api/groups/${group.id}/progress`)).body.steps[0]).toMatchObject({ dueOn: '2027-01-31', overdue: false });
  });

  it('a group formed after its cohort deadline moves to the next cohort with a reason; others may not', async () => {
    const members = await selectedFarmers(district, province, 2, '400106', 2569);
    const res = await district.post('/api/groups', { id: randomUUID(), name: 'กลุ่มตั้งช้า', tambonCode: '400106', cohort: 2569, foundedOn: '2026-09-15' });
    const late = res.body;
    for (const m of members) expect((await district.post(`/api/groups/${late.id}/members`, { farmerId: m })).status).toBe(201);
    const early = (await district.get('/api/groups?cohort=2569')).body.find((g: { name: string }) => g.name === 'กลุ่มรุ่น 2569');
    expect((await district.post(`/api/groups/${early.id}/cohort`, { cohort: 2570, reason: 'ตั้งกลุ่มช้า', version: early.version })).body.code).toBe('program.move_not_late');
    expect((await district.post(`/api/groups/${late.id}/cohort`, { cohort: 2571, reason: 'ตั้งกลุ่มช้า', version: late.version })).body.code).toBe('program.move_not_next');
    expect((await (await signIn(ctx, 'otherDistrict')).post(`/api/groups/${late.id}/cohort`, { cohort: 2570, reason: 'ตั้งกลุ่มช้า', version: late.version })).status).toBe(404);
    expect((await province.post(`/api/groups/${late.id}/cohort`, { cohort: 2570, reason: 'ตั้งกลุ่มช้า', version: late.version })).status).toBe(403);
    const current = (await district.get(`/api/groups/${late.id}`)).body;
    const moved = await district.post(`/api/groups/${late.id}/cohort`, { cohort: 2570, reason: 'จัดตั้งหลังวันครบกำหนดของรุ่น 2569', version: current.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ cohort: 2570, memberCount: 2 });
    // Its selection moved with it: step 1 is done in the new cohort, its due dates are 2570's.
    const steps = (await district.get(`/api/groups/${late.id}/progress`)).body.steps;
    expect(steps[0].status).toBe('done');
    expect(steps[1].dueOn).toBe('2027-07-30');
    expect((await district.get('/api/selection?tambon=400106&cohort=2570')).body.summary.selected).toBe(2);
  });
});
