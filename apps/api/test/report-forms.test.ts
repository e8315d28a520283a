import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { pdfText, sheetRows, workbook } from './support/documents';
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
  await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: '2026-10-06', product: 'morning_glory', unit: 'kg', quantity: 30, unitPrice: 20, channel: 'farmers_market' });
  // Province 40 reports October, with its narrative; the agency accepts it.
  let r = (await province.get('/api/reports?unit=40&period=2026-10')).body.reports[0];
  r = (await province.patch(`/api/reports/${r.id}`, { narrative: { results: 'กลุ่มจำหน่ายผักบุ้งที่ตลาดเกษตรกรทุกสัปดาห์', problems: 'ฝนตกชุก' }, version: r.version })).body;
  r = (await province.post(`/api/reports/${r.id}/submit`, { version: r.version })).body;
  await agency.post(`/api/reports/${r.id}/accept`, { version: r.version });
});
afterAll(() => ctx.close());

describe('monthly report forms', () => {
  it("the province report prints the accepted version: the province, the month in BE, the sales, the narrative and who accepted it", async () => {
    const res = await province.download('/api/forms/province-report.pdf?province=40&period=2026-10');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toBe('application/pdf');
    const text = await pdfText(res.body);
    expect(text).toContain('ขอนแก่น');
    expect(text).toContain('ตุลาคม 2569');
    expect(text).toContain('กรมปศุสัตว์');
    expect(text).toContain('ตลาดเกษตรกร');
    expect(text).toContain('600.00');
    expect(text).toContain('กลุ่มจำหน่ายผักบุ้งที่ตลาดเกษตรกรทุกสัปดาห์');
    expect(text).toContain('รับรายงานเมื่อ');
    expect(text).not.toContain('ร่าง');
  });

  it("กท.05 of the agency sums its accepted provinces, lists the 19 that have not reported and is marked a draft until sent", async () => {
    const text = await pdfText((await agency.download('/api/forms/kt05.pdf?agency=DLD&period=2026-10')).body);
    expect(text).toContain('กท.05');
    expect(text).toContain('กรมปศุสัตว์');
    expect(text).toContain('600.00');
    expect(text).toContain('ร่าง');
    expect(text).toContain('มหาสารคาม');
    expect(text).toContain('ยังไม่ได้จัดทำรายงาน');

    const wb = await workbook((await agency.download('/api/forms/kt05.xlsx?agency=DLD&period=2026-10')).body);
    const rows = sheetRows(wb.worksheets[0]!);
    expect(rows.flat()).toContain(600);
    // Each missing province is named once (issue 15): in the list of those missing, not again in a table.
    const missing = rows.filter((r) => r.includes('ยังไม่ได้จัดทำรายงาน')).map((r) => r.find((v) => typeof v === 'string' && /^[ก-๙]/.test(v) && v !== 'ยังไม่ได้จัดทำรายงาน'));
    expect(new Set(missing).size).toBe(19);
    expect(missing).toHaveLength(19);
    expect(missing).toContain('จังหวัดมหาสารคาม');
    expect(missing).not.toContain('จังหวัดขอนแก่น');
  });

  it('the national summary has one sheet per host agency, for the ministry only', async () => {
    const res = await ministry.download('/api/forms/national-summary.xlsx?period=2026-10');
    expect(res.status).toBe(200);
    const wb = await workbook(res.body);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(4);
    expect(wb.worksheets.map((w) => w.name).join('|')).toContain('กรมปศุสัตว์');
    expect((await agency.download('/api/forms/national-summary.xlsx?period=2026-10')).status).toBe(403);
  });

  it('is scoped, validated with the field named, and audited', async () => {
    expect((await (await signIn(ctx, 'otherDistrict')).download('/api/forms/province-report.pdf?province=40&period=2026-10')).status).toBe(404);
    expect((await agency.download('/api/forms/kt05.pdf?agency=DOAE&period=2026-10')).status).toBe(404);
    expect((await province.download('/api/forms/province-report.pdf?province=50&period=2026-10')).status).toBe(404);
    const bad = await agency.get('/api/forms/kt05.pdf?agency=DLD&period=2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('period');
    const notAgency = await agency.get('/api/forms/kt05.pdf?agency=40&period=2026-10');
    expect(notAgency.status).toBe(400);
    expect(notAgency.body).toMatchObject({ code: 'report.not_reporting_unit', details: { issues: [{ path: 'agency' }] } });
    expect((await agency.get('/api/forms/kt05.pdf?agency=DLD&period=2099-01')).body.code).toBe('report.bad_period');
    const audits = await (await signIn(ctx, 'admin')).get('/api/audit?verb=form.print');
    expect(audits.body.items.map((a: { targetType: string }) => a.targetType)).toEqual(expect.arrayContaining(['kt05', 'province_report', 'national_summary']));
  });
});
