import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { todayIso } from '@ntag/shared';
import { clearOpenCache } from '../src/modules/open/open.service';
import { anonymous, Client, signIn, startTestApp, type TestContext } from './support/app';
import { sheetRows, workbook } from './support/documents';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let groupId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  const district = await signIn(ctx, 'district');
  const { group } = await formedGroup(district, await signIn(ctx, 'province'));
  groupId = group.id;
  const tambon = await signIn(ctx, 'tambon');
  await tambon.post('/api/transactions', { id: randomUUID(), groupId, date: todayIso(), product: 'morning_glory', unit: 'kg', quantity: 10, unitPrice: 25, channel: 'green_market' });
  await tambon.post('/api/production', { id: randomUUID(), groupId, date: todayIso(), product: 'morning_glory', unit: 'kg', quantity: 10, value: 250 });
});
afterAll(() => ctx.close());

describe('dashboard', () => {
  it('the ministry sees the country: targets, funnel, agencies, provinces for the map, money by month and channel', async () => {
    const res = await (await signIn(ctx, 'ministry')).get('/api/dashboard');
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.unit.code).toBe('TH');
    expect(d.targets).toMatchObject({ programTambons: 4009, cohortTargetTotal: 3940, tambonsWithGroup: 1 });
    expect(d.targets.cohorts.find((c: { cohort: number }) => c.cohort === 2569)).toEqual({ cohort: 2569, tambonTarget: 788, tambonsWithGroup: 1, areaTambons: 0, areaTambonsWithGroup: 0 });
    // No target tambons named yet: the country's own target is 0, every province but Khon Kaen has no group.
    expect(d.targets).toMatchObject({ areaTambons: 0, groupsOutsideTargets: 1 });
    expect(d.coverage).toMatchObject({ provinces: 77, provincesWithGroup: 1 });
    expect(d.funnel[0]).toMatchObject({ step: 1, done: 1 });
    expect(d.funnel[5]).toMatchObject({ step: 6, done: 1 });
    expect(d.byAgency.map((a: { code: string }) => a.code)).toEqual(['CPD', 'DLD', 'DOAE', 'KPM']);
    expect(d.byAgency.find((a: { code: string }) => a.code === 'DLD')).toMatchObject({ provinces: 20, groups: 1, formed: 1, members: 3, salesValue: 250 });
    expect(d.byProvince).toEqual([expect.objectContaining({ code: '40', nameTh: 'ขอนแก่น', agencyCode: 'DLD', groups: 1, salesValue: 250, productionValue: 250 })]);
    expect(d.monthly).toEqual([expect.objectContaining({ month: todayIso().slice(0, 7), salesValue: 250, productionValue: 250, byChannel: { green_market: 250 } })]);
    expect(d.byChannel).toEqual([{ channel: 'green_market', kind: 'sale', value: 250, count: 1 }]);
    expect(d.reporting.totals.expected).toBeGreaterThan(0);
  });

  it('a record written now is in the next load (no batch)', async () => {
    const tambon = await signIn(ctx, 'tambon');
    await tambon.post('/api/transactions', { id: randomUUID(), groupId, date: todayIso(), product: 'morning_glory', unit: 'kg', quantity: 2, value: 50, channel: 'green_market' });
    const d = (await (await signIn(ctx, 'ministry')).get('/api/dashboard')).body;
    expect(d.totals.salesValue).toBe(300);
  });

  it('scopes: a district sees its district, not another (404); the agency its region; a group committee has no dashboard', async () => {
    const district = (await (await signIn(ctx, 'district')).get('/api/dashboard')).body;
    expect(district.unit.code).toBe('4001');
    expect(district.totals.groups).toBe(1);
    expect(district.reporting).toBeNull();
    expect((await (await signIn(ctx, 'district')).get('/api/dashboard?unit=50')).status).toBe(404);
    const agency = (await (await signIn(ctx, 'agency')).get('/api/dashboard?cohort=2569')).body;
    expect(agency.unit.code).toBe('DLD');
    expect(agency.byAgency.map((a: { code: string }) => a.code)).toEqual(['DLD']);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/dashboard')).body.totals.groups).toBe(0);
    const admin = await signIn(ctx, 'admin');
    const user = (await admin.post('/api/users', { username: 'dashboard-committee', password: 'long-enough', displayName: 'ประธานกลุ่ม', unitCode: groupId })).body;
    expect((await admin.post(`/api/users/${user.id}/roles`, { role: 'group', unitCode: groupId })).status).toBe(201);
    const committee = await new Client(ctx.app).login('dashboard-committee', 'long-enough');
    expect((await committee.get('/api/dashboard')).body.code).toBe('authz.forbidden');
  });
});

describe('dashboard drill-down and downloads', () => {
  it("a province's districts, every one of them, with its group's figures in its own district", async () => {
    const d = (await (await signIn(ctx, 'ministry')).get('/api/dashboard?unit=40')).body;
    expect(d.byDistrict.length).toBeGreaterThan(20);
    expect(d.byDistrict.every((x: { code: string }) => x.code.startsWith('40'))).toBe(true);
    expect(d.byDistrict.find((x: { code: string }) => x.code === '4001')).toMatchObject({ nameTh: 'เมืองขอนแก่น', groups: 1, formed: 1, members: 3, salesValue: 300, productionValue: 250 });
    expect(d.byDistrict.filter((x: { groups: number }) => x.groups > 0)).toHaveLength(1);
    expect((await (await signIn(ctx, 'ministry')).get('/api/dashboard')).body.byDistrict).toBeNull();
  });

  it('each chart downloads as its table in Excel; the whole dashboard as one sheet per chart; in scope only', async () => {
    const ministry = await signIn(ctx, 'ministry');
    const funnel = await ministry.download('/api/dashboard.xlsx?chart=funnel');
    expect(funnel.status).toBe(200);
    const wb = await workbook(funnel.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ความก้าวหน้าตามขั้นตอน']);
    const rows = sheetRows(wb.worksheets[0]!);
    expect(rows.find((r) => r[0] === 1)).toEqual([1, 'คัดเลือกเกษตรกร', 1, 0, 0, 0]);
    const all = await workbook((await ministry.download('/api/dashboard.xlsx?unit=40')).body);
    expect(all.worksheets.map((w) => w.name)).toContain('ผลการดำเนินงานรายอำเภอ');
    const provinces = sheetRows(all.getWorksheet('ผลการดำเนินงานรายจังหวัด')!);
    expect(provinces.find((r) => r[0] === '40')).toEqual(expect.arrayContaining(['ขอนแก่น', 1, 3, 300, 250]));
    expect((await (await signIn(ctx, 'district')).download('/api/dashboard.xlsx?unit=50')).status).toBe(404);
    // Each download is in the audit log (the refused one is not): who, which unit, which chart.
    const exports = await ctx.database.db.select().from(auditLog).where(eq(auditLog.verb, 'dashboard.export')).orderBy(auditLog.id);
    expect(exports.map((a) => [a.actorUsername, a.targetId, a.after])).toEqual([
      ['demo-ministry', 'TH', { cohort: null, chart: 'funnel' }],
      ['demo-ministry', '40', { cohort: null, chart: null }],
    ]);
    const bad = await ministry.get('/api/dashboard.xlsx?chart=pie');
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('chart');
  });
});

describe('open data', () => {
  it('answers without sign-in, with counts by province, cohort and step and sales by channel per month, and no personal data', async () => {
    clearOpenCache();
    const json = await anonymous(ctx).get('/api/open/summary.json');
    expect(json.status).toBe(200);
    const rows = json.body.rows as { measure: string; provinceCode: string; cohort: number | null; step: number | null; channel: string | null; value: number }[];
    expect(rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ measure: 'groups', provinceCode: '40', cohort: 2569, value: 1 }),
      expect.objectContaining({ measure: 'step_done', provinceCode: '40', cohort: 2569, step: 1, value: 1 }),
      expect.objectContaining({ measure: 'sales_value', provinceCode: '40', channel: 'green_market', value: 300 }),
    ]));
    expect(JSON.stringify(json.body)).not.toMatch(/สมาชิก|ใจดี|\d{13}/);
    const csv = await anonymous(ctx).get('/api/open/summary.csv');
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    const lines = String(csv.body).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('measure,provinceCode,provinceNameTh,cohort,step,month,channel,value');
    expect(lines).toContain('groups,40,ขอนแก่น,2569,,,,1');
  });
});
