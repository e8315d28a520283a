import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayIso } from '@ntag/shared';
import { anonymous, signIn, startTestApp, type Client, type TestContext } from './support/app';
import { pdfPages as pages, pdfText, workbook } from './support/documents';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let district: Client;
let members: string[];
let group: { id: string };
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  const province = await signIn(ctx, 'province');
  ({ group, members } = await formedGroup(district, province, { members: 2 }));
  await district.put(`/api/farmers/${members[0]}/plans/2569`, {
    plannedProducts: [{ product: 'ผักบุ้งจีน', unit: 'kg', quantity: 120, months: [1, 2, 3], shareHousehold: 30, shareExchange: 20, shareSale: 50, expectedIncome: 4500 }],
    assessment: { scores: { production: 4, processing: 2, marketing: 3, bookkeeping: 1, groupWork: 5 }, assessor: 'นายสมชาย เกษตรอำเภอ', assessedOn: '2026-07-10' },
  });
  await district.put(`/api/groups/${group.id}/plans/2569`, {
    products: [{ product: 'ผักบุ้งจีน', unit: 'kg', monthly: [50, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0] }],
    markets: [{ channel: 'green_market', target: 'ตลาดสีเขียวโรงพยาบาลขอนแก่น' }],
    topics: [{ topic: 'การผลิตผักปลอดภัยตามมาตรฐาน GAP', plannedOn: '2026-08-15' }],
  });
});
afterAll(() => ctx.close());


describe('printed forms', () => {
  it('แบบ กท.01 lists the tambon’s candidates with Thai names, places and a BE date', async () => {
    const res = await district.download('/api/forms/kt01.pdf?tambon=400101&cohort=2569');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toBe('application/pdf');
    const text = await pdfText(res.body);
    expect(text).toContain('กท.01');
    expect(text).toContain('นางสมาชิก1 ใจดี');
    expect(text).toContain('ในเมือง');
    expect(text).toContain('เมืองขอนแก่น');
    expect(text).toContain('2569');
    expect(text).toContain(String(Number(todayIso().slice(0, 4)) + 543));
  });

  it('แบบ กท.02 carries the plan and the assessment; the ministry’s copy masks the national id', async () => {
    const text = await pdfText((await district.download(`/api/forms/kt02.pdf?farmer=${members[0]}&cohort=2569`)).body);
    expect(text).toContain('กท.02');
    expect(text).toContain('ผักบุ้งจีน');
    expect(text).toContain('นายสมชาย เกษตรอำเภอ');
    expect(text).toContain(formatDate('2026-07-10', 'th', 'long').split(' ').slice(-1)[0]);
    const ministry = await pdfText((await (await signIn(ctx, 'ministry')).download(`/api/forms/kt02.pdf?farmer=${members[0]}&cohort=2569`)).body);
    expect(ministry).toMatch(/\d-\d{4}-xxxxx-xx-\d/);
  });

  it('แบบ กท.03 shows the calendar, markets, topics and the roll-up', async () => {
    const text = await pdfText((await district.download(`/api/forms/kt03.pdf?group=${group.id}&cohort=2569`)).body);
    expect(text).toContain('กท.03');
    expect(text).toContain('กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง');
    expect(text).toContain('ตลาดสีเขียว');
    expect(text).toContain('GAP');
  });

  it("a group's file is the cover, กท.03 and each member's กท.02 in one PDF", async () => {
    const res = await district.download(`/api/forms/group.pdf?group=${group.id}&cohort=2569`);
    const text = await pdfText(res.body);
    expect(await pages(res.body)).toBeGreaterThanOrEqual(4);
    expect(text).toContain('นางสมาชิก1 ใจดี');
    expect(text).toContain('นางสมาชิก2 ใจดี');
  });

  it('each form is also an Excel sheet named in Thai', async () => {
    for (const url of ['/api/forms/kt01.xlsx?tambon=400101&cohort=2569', `/api/forms/kt02.xlsx?farmer=${members[0]}&cohort=2569`, `/api/forms/kt03.xlsx?group=${group.id}&cohort=2569`]) {
      const res = await district.download(url);
      expect(res.status).toBe(200);
      const wb = await workbook(res.body);
      expect(wb.worksheets[0]!.name).toMatch(/^กท\.0[123]/);
    }
  });

  it('printing is audited, scoped (another district 404) and validated (400 naming the field)', async () => {
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.download('/api/forms/kt01.pdf?tambon=400101&cohort=2569')).status).toBe(404);
    expect((await other.download(`/api/forms/group.pdf?group=${group.id}&cohort=2569`)).status).toBe(404);
    const bad = await district.get('/api/forms/kt01.pdf?tambon=40&cohort=2569');
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('tambon');
    expect((await district.get('/api/forms/kt03.pdf?group=' + group.id + '&cohort=2599')).status).toBe(404);
    const audits = await (await signIn(ctx, 'admin')).get('/api/audit?verb=form.print');
    expect(audits.body.total).toBeGreaterThanOrEqual(5);
  });
});

describe('issue 15: file names and signers', () => {
  const fileName = (headers: Record<string, unknown>) => {
    const h = String(headers['content-disposition']);
    const star = /filename\*=UTF-8''([^;]+)/.exec(h);
    return star ? decodeURIComponent(star[1]!) : null;
  };

  it('names every download by its form code, the tambon, group or farmer and the BE year (UTF-8 filename*)', async () => {
    const farmer = (await district.get(`/api/farmers/${members[0]}`)).body;
    const full = `${farmer.title ?? ''}${farmer.firstName} ${farmer.lastName}`;
    const cases: [string, string[]][] = [
      ['/api/forms/kt01.pdf?tambon=400101&cohort=2569', ['กท.01', 'ตำบลในเมือง', '2569', '.pdf']],
      ['/api/forms/kt01.xlsx?tambon=400101&cohort=2569', ['กท.01', 'ตำบลในเมือง', '2569', '.xlsx']],
      [`/api/forms/kt02.pdf?farmer=${members[0]}&cohort=2569`, ['กท.02', full, '2569']],
      [`/api/forms/kt03.xlsx?group=${group.id}&cohort=2569`, ['กท.03', 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', '2569']],
      [`/api/forms/group.pdf?group=${group.id}&cohort=2569`, ['กท.03', 'กท.02', 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', '2569']],
    ];
    for (const [url, parts] of cases) {
      const res = await district.download(url);
      expect(res.status, url).toBe(200);
      const name = fileName(res.headers);
      for (const p of parts) expect(name, url).toContain(p);
      expect(String(res.headers['content-disposition'])).toMatch(/filename="[\x20-\x7e]+"/);
    }
    const kt05 = await (await signIn(ctx, 'agency')).download('/api/forms/kt05.pdf?agency=DLD&period=2026-10');
    expect(fileName(kt05.headers)).toBe('กท.05-กรมปศุสัตว์-ตุลาคม 2569.pdf');
  });

  it('prints national ids with dashes in กท.01', async () => {
    const farmer = (await district.get(`/api/farmers/${members[0]}`)).body;
    const id: string = farmer.nationalId;
    const text = await pdfText((await district.download('/api/forms/kt01.pdf?tambon=400101&cohort=2569')).body);
    expect(text).toContain(`${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`);
  });

  it('asks the signer once (PUT /api/me/signer) and prints their real name and position, not the account name', async () => {
    expect((await anonymous(ctx).put('/api/me/signer', { name: 'นายใคร ก็ได้', position: 'ไม่มี' })).status).toBe(401);
    const me = await signIn(ctx, 'district');
    expect((await me.get('/api/me')).body.user.signer).toBeNull();
    const before = await pdfText((await me.download(`/api/forms/kt03.pdf?group=${group.id}&cohort=2569`)).body);
    expect(before).not.toContain('นายวิชัย ตั้งใจงาน');
    const bad = await me.put('/api/me/signer', { name: 'ก', position: '' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/name|position/);
    expect((await me.get('/api/me')).body.user.signer).toBeNull();
    expect((await me.put('/api/me/signer', { name: ' นายวิชัย ตั้งใจงาน ', position: 'นักวิชาการส่งเสริมการเกษตรชำนาญการ' })).body).toEqual({ name: 'นายวิชัย ตั้งใจงาน', position: 'นักวิชาการส่งเสริมการเกษตรชำนาญการ' });
    expect((await me.get('/api/me')).body.user.signer).toEqual({ name: 'นายวิชัย ตั้งใจงาน', position: 'นักวิชาการส่งเสริมการเกษตรชำนาญการ' });
    const after = await pdfText((await me.download(`/api/forms/kt03.pdf?group=${group.id}&cohort=2569`)).body);
    expect(after).toContain('(นายวิชัย ตั้งใจงาน)');
    expect(after).toContain('ตำแหน่ง นักวิชาการส่งเสริมการเกษตรชำนาญการ');
    // The account's name stays out of the signature block (it was only ever in the footer).
    expect(after).not.toContain('คณะทำงานอำเภอเมืองขอนแก่น (ทดลอง)');
    const audit = await (await signIn(ctx, 'admin')).get('/api/audit?limit=200');
    expect(JSON.stringify(audit.body)).toContain('user.signer');
  });
});
