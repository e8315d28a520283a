import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let province: Client;
let agency: Client;
let ministry: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  const district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
  agency = await signIn(ctx, 'agency');
  ministry = await signIn(ctx, 'ministry');
  const { group } = await formedGroup(district, province);
  const tambon = await signIn(ctx, 'tambon');
  await tambon.post('/api/production', { id: randomUUID(), groupId: group.id, date: '2026-10-05', product: 'morning_glory', unit: 'kg', quantity: 40, uses: { household: 10, sale: 30 } });
  await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-10-06', product: 'morning_glory', unit: 'kg', quantity: 30, unitPrice: 20, channel: 'farmers_market' });
});
afterAll(() => ctx.close());

const provinceReport = async (c: Client, period = '2026-10') => {
  const res = await c.get(`/api/reports?unit=40&period=${period}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.reports[0];
};

describe('monthly reports up the chain', () => {
  it('a province drafts its October report from the records; the narrative is its own', async () => {
    const r = await provinceReport(province);
    expect(r).toMatchObject({ state: 'draft', dueOn: '2026-11-05', definition: { code: 'province', toLevel: 'agency' }, unit: { nameTh: 'ขอนแก่น' }, can: { edit: true, submit: true, review: false } });
    expect(r.content.salesTotal.sale).toEqual({ month: 600, total: 600 });
    const saved = await province.patch(`/api/reports/${r.id}`, { narrative: { results: 'กลุ่มจำหน่ายผักบุ้งที่ตลาดเกษตรกร', problems: 'ฝนตกชุก' }, version: r.version });
    expect(saved.body.narrative).toEqual({ results: 'กลุ่มจำหน่ายผักบุ้งที่ตลาดเกษตรกร', problems: 'ฝนตกชุก' });
  });

  it('refuses bad requests with a clear code each, changing nothing', async () => {
    const r = await provinceReport(province);
    expect((await province.get('/api/reports?unit=40&period=2099-01')).body.code).toBe('report.bad_period');
    expect((await province.get('/api/reports?unit=40&period=2020-05')).body.details.issues[0].message).toMatch(/before the program/);
    expect((await province.get('/api/reports?unit=400101&period=2026-10')).body.code).toBe('report.not_reporting_unit');
    expect((await province.post(`/api/reports/${r.id}/submit`, { version: r.version - 1 })).status).toBe(409);
    expect((await agency.post(`/api/reports/${r.id}/accept`, { version: r.version })).body.code).toBe('report.bad_state');
    expect((await agency.post(`/api/reports/${r.id}/submit`, { version: r.version })).body.code).toBe('report.not_own');
    expect((await (await signIn(ctx, 'otherDistrict')).post(`/api/reports/${r.id}/submit`, { version: r.version })).status).toBe(404);
    expect((await provinceReport(province)).state).toBe('draft');
  });

  it('submit → return with a reason → the province sees it, corrects and resubmits → accepted', async () => {
    let r = await provinceReport(province);
    r = (await province.post(`/api/reports/${r.id}/submit`, { version: r.version })).body;
    expect(r).toMatchObject({ state: 'submitted', onTime: false, can: { edit: false, submit: false } });
    expect(r.versions).toHaveLength(1);
    expect((await province.post(`/api/reports/${r.id}/accept`, { version: r.version })).status).toBe(403);
    const inbox = await agency.get('/api/reports/inbox?period=2026-10');
    expect(inbox.body.units.find((u: { unit: { code: string } }) => u.unit.code === '40')).toMatchObject({ state: 'submitted', reportId: r.id });
    expect((await agency.post(`/api/reports/${r.id}/return`, { version: r.version })).body.details.issues[0].path).toBe('reason');
    r = (await agency.post(`/api/reports/${r.id}/return`, { reason: 'ขอให้เพิ่มข้อมูลปัญหาอุปสรรค', version: r.version })).body;
    expect(r).toMatchObject({ state: 'returned', returnReason: 'ขอให้เพิ่มข้อมูลปัญหาอุปสรรค' });

    const mine = await province.get('/api/notifications');
    expect(mine.body.items[0]).toMatchObject({ kind: 'report.returned', title: 'รายงานผลจังหวัดถึงหน่วยงานเจ้าภาพหลัก ขอนแก่น เดือนตุลาคม 2569', body: 'ส่งกลับให้แก้ไข: ขอให้เพิ่มข้อมูลปัญหาอุปสรรค', link: `/reports/${r.id}` });
    r = await provinceReport(province);
    expect(r).toMatchObject({ state: 'returned', returnReason: 'ขอให้เพิ่มข้อมูลปัญหาอุปสรรค', can: { edit: true, submit: true } });
    r = (await province.patch(`/api/reports/${r.id}`, { narrative: { problems: 'ฝนตกชุก น้ำท่วมแปลงผักบางส่วน' }, version: r.version })).body;
    r = (await province.post(`/api/reports/${r.id}/submit`, { version: r.version })).body;
    expect(r.versions.map((v: { number: number; decision: string | null }) => [v.number, v.decision])).toEqual([[1, 'returned'], [2, null]]);
    r = (await agency.post(`/api/reports/${r.id}/accept`, { version: r.version })).body;
    expect(r.state).toBe('accepted');
    const full = (await province.get(`/api/reports/${r.id}`)).body;
    expect(full.versions[0].narrative.problems).toBe('ฝนตกชุก');
    expect(full.versions[1].narrative.problems).toBe('ฝนตกชุก น้ำท่วมแปลงผักบางส่วน');
    expect(full.versions[1].snapshot.salesTotal.sale.month).toBe(600);
  });

  it("the agency's กท.05 adds up its provinces' accepted reports and shows who has not reported; the ministry accepts it", async () => {
    let kt05 = (await agency.get('/api/reports?unit=DLD&period=2026-10')).body.reports[0];
    expect(kt05.definition.code).toBe('agency');
    expect(kt05.content.salesTotal.sale).toEqual({ month: 600, total: 600 });
    const provinces = kt05.content.provinces as { code: string; accepted: boolean }[];
    expect(provinces).toHaveLength(20);
    expect(provinces.filter((p) => p.accepted).map((p) => p.code)).toEqual(['40']);
    expect((await ministry.post(`/api/reports/${kt05.id}/accept`, { version: kt05.version })).body.code).toBe('report.bad_state');
    kt05 = (await agency.post(`/api/reports/${kt05.id}/submit`, { version: kt05.version })).body;
    expect((await agency.post(`/api/reports/${kt05.id}/accept`, { version: kt05.version })).status).toBe(403);
    const accepted = await ministry.post(`/api/reports/${kt05.id}/accept`, { version: kt05.version });
    expect(accepted.body.state).toBe('accepted');
    expect((await province.get(`/api/reports/${kt05.id}`)).status).toBe(404);
  });

  it('counts completeness and timeliness and lists who is late today', async () => {
    const res = await agency.get('/api/reports/completeness?level=province&from=2026-10&to=2026-10');
    expect(res.body.totals).toEqual({ expected: 20, received: 1, onTime: 0, late: 1, missing: 19 });
    expect(res.body.byAgency).toEqual([expect.objectContaining({ code: 'DLD', expected: 20, received: 1 })]);
    expect(res.body.byAgency[0].nameTh).toBe('กรมปศุสัตว์');
    expect(res.body.byProvince.find((p: { code: string }) => p.code === '40')).toMatchObject({ nameTh: 'ขอนแก่น', expected: 1, received: 1 });
    expect(res.body.lateToday).toHaveLength(19);
    expect(res.body.lateToday[0]).toMatchObject({ period: '2026-10', dueOn: '2026-11-05', daysLate: expect.any(Number) });
    const national = await ministry.get('/api/reports/completeness?level=province&from=2026-10&to=2026-10');
    expect(national.body.totals.expected).toBe(77);
    expect(national.body.byAgency).toHaveLength(4);
    expect((await province.get('/api/reports/completeness?level=province&from=2026-10&to=2026-10&unit=50')).status).toBe(404);
  });
});
