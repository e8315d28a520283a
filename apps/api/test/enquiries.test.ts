import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { rowsOf } from '../src/db/client';
import { anonymous, Client, signIn, type TestContext, startTestApp } from './support/app';
import { formedGroup } from './support/flows';
import { committeeOf, enquiryBody, listingBody, publish, tokenOf } from './support/market';

let ctx: TestContext;
let district: Client;
let province: Client;
let committee: Client;
let group: { id: string };
let listing: { id: string };
beforeAll(async () => {
  ctx = await startTestApp({ PUBLIC_URL: 'https://ntag.example.go.th', ENQUIRY_ADDRESS_LIMIT: '1000', ENQUIRY_LISTING_LIMIT: '1000' });
  district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
  ({ group } = await formedGroup(district, province));
  committee = await committeeOf(ctx, group.id, 'enquiry-committee');
  listing = await publish(committee, listingBody(group.id));
});
afterAll(() => ctx.close());

const count = async (table: string) => Number(rowsOf<{ n: number }>(await ctx.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const ask = (o: Record<string, unknown> = {}, address?: string) => new Client(ctx.app, address).post('/api/public/enquiries', enquiryBody(listing.id, o));

describe('a buyer asks to buy; the group answers; the delivery becomes a sale', () => {
  let enquiryId: string;
  let token: string;

  it('the buyer gets a private follow link; the group and its district are notified without the buyer’s contact', async () => {
    const res = await ask();
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'new', followUrl: expect.stringMatching(/^https:\/\/ntag\.example\.go\.th\/market\/follow\/[\w-]{40,}$/) });
    token = tokenOf(res.body.followUrl);
    // Only a hash of the token is kept.
    const stored = rowsOf<{ id: string; token_hash: string }>(await ctx.database.db.execute(sql`select id, token_hash from enquiry`));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    enquiryId = stored[0]!.id;
    const follow = await anonymous(ctx).get(`/api/public/enquiries/${token}`);
    expect(follow.body).toMatchObject({ product: 'morning_glory', productNameTh: 'ผักบุ้ง', quantity: 20, unit: 'kg', status: 'new', buyerName: 'ร้านครัวคุณแม่', actions: ['cancel', 'message'] });
    expect(follow.body.messages).toEqual([expect.objectContaining({ author: 'buyer', body: 'ต้องการผักบุ้ง 20 กก. ส่งทุกวันจันทร์' })]);
    for (const c of [committee, district]) {
      const n = (await c.get('/api/notifications')).body.items.find((x: { kind: string }) => x.kind === 'enquiry.new');
      expect(n).toMatchObject({ title: 'คำสั่งซื้อใหม่: กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', link: `/listings?enquiry=${enquiryId}` });
      expect(JSON.stringify(n)).not.toMatch(/0899990001|ครัวคุณแม่/);
    }
    expect((await province.get('/api/notifications')).body.items.some((x: { kind: string }) => x.kind === 'enquiry.new')).toBe(false);
  });

  it("lists never carry a contact; one enquiry shows it to the group and its district only, and each view is audited", async () => {
    const list = await committee.get(`/api/enquiries?group=${group.id}`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: enquiryId, buyerType: 'restaurant', buyer: null });
    expect(JSON.stringify(list.body)).not.toContain('0899990001');
    const mine = await committee.get(`/api/enquiries/${enquiryId}`);
    expect(mine.body.buyer).toEqual({ name: 'ร้านครัวคุณแม่', contact: '0899990001', deliveryPlace: 'ร้านครัวคุณแม่ ถนนมิตรภาพ' });
    expect((await district.get(`/api/enquiries/${enquiryId}`)).body.buyer.contact).toBe('0899990001');
    for (const who of ['province', 'tambon', 'agency'] as const) {
      const seen = await (await signIn(ctx, who)).get(`/api/enquiries/${enquiryId}`);
      expect(seen.status, who).toBe(200);
      expect(seen.body.buyer, who).toBeNull();
      expect(seen.body.messages[0].body, who).toBeNull();
    }
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/enquiries/${enquiryId}`)).status).toBe(404);
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/enquiries?group=${group.id}`)).status).toBe(404);
    const views = (await (await signIn(ctx, 'admin')).get(`/api/audit?targetId=${enquiryId}&verb=enquiry.contact_view`)).body.items;
    expect(views.map((v: { actorUsername: string }) => v.actorUsername).sort()).toEqual(['demo-district-4001', 'enquiry-committee']);
  });

  it('a counter-offer needs its message; the buyer accepts it through the link; only an accepted enquiry is delivered', async () => {
    expect((await committee.post(`/api/enquiries/${enquiryId}/answer`, { decision: 'counter' })).body.details.issues[0].path).toBe('message');
    expect((await committee.post(`/api/enquiries/${enquiryId}/delivered`, { date: todayIso(), quantity: 20, value: 500 })).body.code).toBe('enquiry.bad_state');
    const counter = await committee.post(`/api/enquiries/${enquiryId}/answer`, { decision: 'counter', message: 'ส่งได้ 15 กก. ต่อสัปดาห์ ราคา 25 บาท' });
    expect(counter.body).toMatchObject({ status: 'countered', buyer: null });
    expect(counter.body.firstAnsweredAt).not.toBeNull();
    expect((await (await signIn(ctx, 'tambon')).post(`/api/enquiries/${enquiryId}/answer`, { decision: 'accept' })).status).toBe(403);
    const accepted = await anonymous(ctx).post(`/api/public/enquiries/${token}/reply`, { action: 'accept_counter', message: 'ตกลงครับ' });
    expect(accepted.body).toMatchObject({ status: 'accepted', actions: ['cancel', 'message'] });
    expect(accepted.body.messages.map((m: { author: string; decision: string | null }) => `${m.author}:${m.decision}`)).toEqual(['buyer:null', 'group:counter', 'buyer:null', 'system:accept_counter']);
    expect((await committee.get('/api/notifications')).body.items[0]).toMatchObject({ kind: 'enquiry.reply', title: 'ผู้ซื้อยอมรับข้อเสนอ: ผักบุ้ง' });
  });

  it('delivered: one sale of the group, channel from the buyer type, buyer type kept, in the province’s monthly report draft', async () => {
    const period = todayIso().slice(0, 7);
    const before = (await province.get(`/api/reports?unit=40&period=${period}`)).body.reports[0].content;
    expect(before.sales).toEqual([]);
    const bad = await committee.post(`/api/enquiries/${enquiryId}/delivered`, { date: '2099-01-01', quantity: 15, value: 375 });
    expect(bad.body.details.issues[0].path).toBe('date');
    expect(await count('sales_transaction')).toBe(0);
    const res = await committee.post(`/api/enquiries/${enquiryId}/delivered`, { date: todayIso(), quantity: 15, value: 375 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'delivered', deliveredQuantity: 15, deliveredValue: 375, transactionId: expect.any(String) });
    const sale = (await district.get(`/api/transactions/${res.body.transactionId}`)).body;
    expect(sale).toMatchObject({ groupId: group.id, product: 'morning_glory', date: todayIso(), quantity: 15, unit: 'kg', value: 375, channel: 'community_buyer', buyerType: 'restaurant', kind: 'sale' });
    // The same delivery sent again (a retry on weak signal) is the same sale; another one is refused.
    expect((await committee.post(`/api/enquiries/${enquiryId}/delivered`, { date: todayIso(), quantity: 15, value: 375 })).body.transactionId).toBe(res.body.transactionId);
    expect((await committee.post(`/api/enquiries/${enquiryId}/delivered`, { date: todayIso(), quantity: 16, value: 400 })).status).toBe(409);
    expect(await count('sales_transaction')).toBe(1);
    const after = (await province.get(`/api/reports?unit=40&period=${period}`)).body.reports[0].content;
    expect(after.sales).toEqual([{ channel: 'community_buyer', kind: 'sale', value: { month: 375, total: 375 }, count: { month: 1, total: 1 } }]);
    expect(after.cohorts.find((c: { cohort: number }) => c.cohort === 2569).steps[5]).toMatchObject({ step: 6, doneMonth: 1 });
    expect((await anonymous(ctx).get(`/api/public/enquiries/${token}`)).body).toMatchObject({ status: 'delivered', actions: [] });
  });

  it('a person buying is an online sale on the NTAG platform', async () => {
    const e = await ask({ buyerType: 'person', buyerName: 'นายทดสอบ', buyerContact: 'line: tester01', message: null });
    const id = rowsOf<{ id: string }>(await ctx.database.db.execute(sql`select id from enquiry order by created_at desc limit 1`))[0]!.id;
    expect(e.body.status).toBe('new');
    await committee.post(`/api/enquiries/${id}/answer`, { decision: 'accept' });
    const done = await committee.post(`/api/enquiries/${id}/delivered`, { date: todayIso(), quantity: 5, value: 150 });
    expect((await district.get(`/api/transactions/${done.body.transactionId}`)).body).toMatchObject({ channel: 'online', platform: 'ตลาด NTAG', buyerType: 'person' });
  });
});

describe('abuse', () => {
  it('bad input is a 400 naming the field; an unpublished product is 404; nothing is written', async () => {
    const before = await count('enquiry');
    expect((await ask({ quantity: 0 })).body.details.issues[0].path).toBe('quantity');
    expect((await ask({ quantity: 2 })).body.details.issues[0].path).toBe('quantity');
    expect((await ask({ buyerContact: '' })).body.details.issues[0].path).toBe('buyerContact');
    expect((await ask({ wantedOn: '20/12/2569' })).body.details.issues[0].path).toBe('wantedOn');
    const hidden = await publish(committee, listingBody(group.id, { productCode: 'kale', published: false }));
    expect((await anonymous(ctx).post('/api/public/enquiries', enquiryBody(hidden.id))).body).toMatchObject({ code: 'listing.unavailable' });
    expect(await count('enquiry')).toBe(before);
  });

  it('a filled-in honeypot looks accepted and stores nothing', async () => {
    const before = await count('enquiry');
    const res = await ask({ website: 'http://spam.example' });
    expect(res.status).toBe(201);
    expect((await anonymous(ctx).get(`/api/public/enquiries/${tokenOf(res.body.followUrl)}`)).status).toBe(404);
    expect(await count('enquiry')).toBe(before);
  });

  it('links or spam words are held for the district; the group hears only once it is released', async () => {
    const res = await ask({ message: 'ดูรายละเอียดที่ http://cheap-seo.example/offer' });
    expect(res.body.status).toBe('held');
    const id = rowsOf<{ id: string }>(await ctx.database.db.execute(sql`select id from enquiry where status = 'held'`))[0]!.id;
    expect((await committee.get('/api/notifications')).body.items.some((n: { link: string }) => n.link === `/listings?enquiry=${id}`)).toBe(false);
    expect((await district.get('/api/notifications')).body.items.find((n: { link: string }) => n.link === `/listings?enquiry=${id}`).kind).toBe('enquiry.held');
    expect((await committee.post(`/api/enquiries/${id}/answer`, { decision: 'accept' })).body.code).toBe('enquiry.bad_state');
    expect((await committee.post(`/api/enquiries/${id}/review`, { decision: 'release' })).status).toBe(403);
    expect((await district.post(`/api/enquiries/${id}/review`, { decision: 'release' })).body.status).toBe('new');
    expect((await committee.get('/api/notifications')).body.items.find((n: { link: string }) => n.link === `/listings?enquiry=${id}`).kind).toBe('enquiry.new');
    const spam = await ask({ message: 'เครดิตฟรี สล็อตแตกง่าย' });
    expect(spam.body.status).toBe('held');
    const spamId = rowsOf<{ id: string }>(await ctx.database.db.execute(sql`select id from enquiry where status = 'held'`))[0]!.id;
    expect((await district.post(`/api/enquiries/${spamId}/review`, { decision: 'reject' })).body).toMatchObject({ status: 'rejected', closedAt: expect.any(String) });
    expect((await anonymous(ctx).post(`/api/public/enquiries/${tokenOf(spam.body.followUrl)}/reply`, { message: 'ตอบด้วย' })).status).toBe(409);
  });

  it('a report-abuse link reaches the district, which marks it looked at', async () => {
    expect((await anonymous(ctx).post('/api/public/abuse-reports', { listingId: listing.id, reason: 'wrong_info', message: 'ราคาไม่ตรง' })).status).toBe(201);
    const l = (await district.get(`/api/listings/${listing.id}`)).body;
    expect(l.openReports).toEqual([expect.objectContaining({ reason: 'wrong_info', message: 'ราคาไม่ตรง' })]);
    expect((await district.get('/api/notifications')).body.items[0]).toMatchObject({ kind: 'listing.report' });
    expect((await district.post(`/api/listings/${listing.id}/reports/${l.openReports[0].id}/resolve`)).body.openReports).toEqual([]);
  });
});
