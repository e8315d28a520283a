import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayIso } from '@ntag/shared';
import { Client, signIn, startTestApp, type TestContext } from './support/app';
import { pdfText, sheetRows, workbook } from './support/documents';
import { formedGroup, propose, registerFarmer } from './support/flows';
import { newUser, PASSWORD } from './support/world';

/**
 * Selection results sent up (issue 13, part 4): the province submits its result to its host
 * agency, which returns it with a reason or accepts it; the agency's summary of its provinces
 * goes to the ministry. Same version and reason rules as the monthly reports; both print.
 */
let ctx: TestContext;
let province: Client;
let agency: Client;
let ministry: Client;
let district: Client;
let northAgency: Client;
let resultId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  [province, agency, ministry, district] = await Promise.all([signIn(ctx, 'province'), signIn(ctx, 'agency'), signIn(ctx, 'ministry'), signIn(ctx, 'district')]);
  await formedGroup(district, province);
  // One more candidate, proposed and not decided, in another tambon of the district.
  await propose(district, await registerFarmer(district, { tambonCode: '400102' }));
  await newUser(await signIn(ctx, 'admin'), 'agency-north', 'CPD', 'agency');
  northAgency = await new Client(ctx.app).login('agency-north', PASSWORD);
});
afterAll(() => ctx.close());

const act = (c: Client, action: string, body: Record<string, unknown>) => c.post(`/api/selection/results/${resultId}/${action}`, body);

describe("the province's selection result", () => {
  it('is drafted on first sight from the records, per tambon', async () => {
    const res = await province.get('/api/selection/results?province=40&cohort=2569');
    expect(res.status).toBe(200);
    const r = res.body.results[0];
    resultId = r.id;
    expect(r).toMatchObject({ state: 'draft', unit: { code: '40', nameTh: 'ขอนแก่น' }, sentTo: { code: 'DLD' }, can: { submit: true, review: false }, version: 1 });
    expect(r.content.tambons.map((t: { code: string; selected: number; undecided: number; group: unknown }) => [t.code, t.selected, t.undecided, !!t.group])).toEqual([['400101', 3, 0, true], ['400102', 0, 1, false]]);
    expect(r.content.totals).toMatchObject({ tambons: 2, tambonsSelected: 1, candidates: 4, selected: 3, undecided: 1, groups: 1, groupsFormed: 1 });
  });

  it('is read by its province and its host agency only; the district and another agency get 404', async () => {
    expect((await district.get('/api/selection/results?province=40&cohort=2569')).status).toBe(404);
    expect((await northAgency.get(`/api/selection/results/${resultId}`)).status).toBe(404);
    expect((await northAgency.get('/api/selection/results?cohort=2569')).body.units.map((u: { code: string }) => u.code)).not.toContain('40');
    expect((await agency.get(`/api/selection/results/${resultId}`)).status).toBe(200);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/selection/results?province=40&cohort=2569')).status).toBe(404);
  });

  it("is sent by the province's own users only; the agency cannot accept a draft", async () => {
    expect((await act(agency, 'submit', { version: 1 })).body.code).toBe('selection.result_not_own');
    // The district cannot even read the province's result: 404, as for anything outside its scope.
    expect((await act(district, 'submit', { version: 1 })).status).toBe(404);
    expect((await act(agency, 'accept', { version: 1 })).body.code).toBe('selection.result_bad_state');
  });

  it('goes up with its numbers frozen; the agency hears of it and returns it with a reason', async () => {
    const sent = await act(province, 'submit', { version: 1, notes: 'คัดเลือกครบตามเกณฑ์ 4 ข้อ' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ state: 'submitted', notes: 'คัดเลือกครบตามเกณฑ์ 4 ข้อ', versions: [{ number: 1, decision: null }] });
    expect((await act(province, 'submit', { version: sent.body.version })).body.code).toBe('selection.result_bad_state');
    const note = (await agency.get('/api/notifications')).body.items.find((n: { kind: string }) => n.kind === 'selection.submitted');
    expect(note.body).toContain('ขอนแก่น ส่งผลการคัดเลือกแล้ว');
    // Numbers frozen: a candidate selected afterwards changes nothing in the submitted result.
    const inbox = (await agency.get('/api/selection/results?cohort=2569')).body;
    const kk = inbox.results.find((r: { id: string }) => r.id === resultId);
    expect(kk.can.review).toBe(true);
    expect(inbox.units.filter((u: { level: string }) => u.level === 'province')).toHaveLength(20);
    expect(inbox.units.find((u: { code: string }) => u.code === '40').state).toBe('submitted');

    expect((await act(agency, 'return', { version: sent.body.version, reason: 'x' })).body.details.issues[0].path).toBe('reason');
    expect((await act(agency, 'return', { version: 99, reason: 'ขอรายชื่อตำบลที่ยังไม่มีผู้สมัคร' })).status).toBe(409);
    const back = await act(agency, 'return', { version: sent.body.version, reason: 'ขอรายชื่อตำบลที่ยังไม่มีผู้สมัคร' });
    expect(back.body).toMatchObject({ state: 'returned', returnReason: 'ขอรายชื่อตำบลที่ยังไม่มีผู้สมัคร' });
    const told = (await province.get('/api/notifications')).body.items.find((n: { kind: string }) => n.kind === 'selection.returned');
    expect(told.body).toContain('ขอรายชื่อตำบลที่ยังไม่มีผู้สมัคร');

    const again = await act(province, 'submit', { version: back.body.version });
    expect(again.body).toMatchObject({ state: 'submitted', versions: [{ number: 1, decision: 'returned' }, { number: 2, decision: null }] });
    const ok = await act(agency, 'accept', { version: again.body.version });
    expect(ok.body).toMatchObject({ state: 'accepted', can: { review: false } });
  });

  it("prints A4 in Thai with BE dates, and exports to Excel", async () => {
    const pdf = await province.download('/api/forms/selection-result.pdf?province=40&cohort=2569');
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body);
    expect(text).toContain('รายงานผลการคัดเลือกเกษตรกร');
    expect(text).toContain('รุ่นปี พ.ศ. 2569');
    expect(text).toContain('ในเมือง');
    expect(text).toContain('หน่วยงานเจ้าภาพหลัก กรมปศุสัตว์');
    expect(text).toContain('ฉบับที่ 2');
    expect(text).toContain(`พิมพ์เมื่อ ${formatDate(todayIso())}`); // the day printed, in the Buddhist era (2569)
    expect(text).not.toContain('ร่าง');
    const wb = await workbook((await province.download('/api/forms/selection-result.xlsx?province=40&cohort=2569')).body);
    expect(wb.worksheets[0]!.name).toBe('ผลการคัดเลือก');
    const rows = sheetRows(wb.worksheets[0]!);
    expect(rows.find((r) => r.includes('ในเมือง'))).toEqual([1, 'ในเมือง', 'เมืองขอนแก่น', '–', 3, 3, 3, 0, 0, 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', 3]);
    expect((await northAgency.download('/api/forms/selection-result.pdf?province=40&cohort=2569')).status).toBe(404);
  });
});

describe("the host agency's summary for the ministry", () => {
  it('adds up its accepted provinces, goes to the ministry, which accepts or returns it', async () => {
    const mine = (await agency.get('/api/selection/results?cohort=2569')).body.results.find((r: { unit: { code: string } }) => r.unit.code === 'DLD');
    expect(mine).toMatchObject({ state: 'draft', sentTo: { code: 'TH' }, can: { submit: true } });
    expect(mine.content.totals).toMatchObject({ selected: 3, groups: 1 });
    expect(mine.content.provinces.find((p: { code: string }) => p.code === '40')).toMatchObject({ accepted: true, state: 'accepted' });
    expect(mine.content.provinces.filter((p: { accepted: boolean }) => !p.accepted)).toHaveLength(19);
    expect((await province.get(`/api/selection/results/${mine.id}`)).status).toBe(404);
    resultId = mine.id;
    const sent = await act(agency, 'submit', { version: mine.version });
    expect(sent.body.state).toBe('submitted');
    expect((await act(northAgency, 'accept', { version: sent.body.version })).status).toBe(404);
    const inbox = (await ministry.get('/api/selection/results?cohort=2569')).body;
    expect(inbox.results.find((r: { id: string }) => r.id === resultId).can.review).toBe(true);
    const accepted = await act(ministry, 'accept', { version: sent.body.version });
    expect(accepted.body.state).toBe('accepted');
    const text = await pdfText((await ministry.download('/api/forms/selection-summary.pdf?agency=DLD&cohort=2569')).body);
    expect(text).toContain('สรุปผลการคัดเลือกเกษตรกร');
    expect(text).toContain('กระทรวงเกษตรและสหกรณ์');
    expect(text).toContain('ขอนแก่น');
    expect(text).toContain('มหาสารคาม');
    const wb = await workbook((await agency.download('/api/forms/selection-summary.xlsx?agency=DLD&cohort=2569')).body);
    expect(wb.worksheets[0]!.name).toBe('สรุปผลการคัดเลือก');
  });
});
