import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { rowsOf } from '../src/db/client';
import { runEnquiryHousekeeping } from '../src/modules/enquiries/enquiries.jobs';
import { createNotifier } from '../src/modules/notifications/notifications.service';
import { anonymous, Client, signIn, type TestContext, startTestApp } from './support/app';
import { formedGroup } from './support/flows';
import { committeeOf, enquiryBody, listingBody, publish, tokenOf } from './support/market';

let ctx: TestContext;
let district: Client;
let committee: Client;
let group: { id: string };
let listing: { id: string };
const env = { ENQUIRY_ADDRESS_LIMIT: '3', ENQUIRY_LISTING_LIMIT: '5' };
beforeAll(async () => {
  ctx = await startTestApp(env);
  district = await signIn(ctx, 'district');
  const province = await signIn(ctx, 'province');
  ({ group } = await formedGroup(district, province));
  committee = await committeeOf(ctx, group.id, 'jobs-committee');
  listing = await publish(committee, listingBody(group.id, { minOrder: null }));
});
afterAll(() => ctx.close());

const db = () => ctx.database.db;
const from = (address: string) => new Client(ctx.app, address);
const deps = () => ({ db: db(), notifier: createNotifier({ mailFrom: 'x', lineApiBase: 'http://127.0.0.1:9' }) });

describe('rate limits, kept in the database', () => {
  it('per address: the fourth enquiry within the hour is refused with Retry-After; another address is not affected', async () => {
    for (let i = 0; i < 3; i++) expect((await from('198.51.100.7').post('/api/public/enquiries', enquiryBody(listing.id))).status).toBe(201);
    const refused = await from('198.51.100.7').post('/api/public/enquiries', enquiryBody(listing.id));
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('enquiry.rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    expect((await from('198.51.100.8').post('/api/public/enquiries', enquiryBody(listing.id))).status).toBe(201);
    // Reports of abuse count against the same address.
    expect((await from('198.51.100.7').post('/api/public/abuse-reports', { listingId: listing.id, reason: 'other' })).status).toBe(429);
  });

  it('per product: a sixth enquiry within the hour from anywhere is refused, also by another API process on the same database', async () => {
    expect((await from('198.51.100.9').post('/api/public/enquiries', enquiryBody(listing.id))).status).toBe(201);
    const second = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', ...env }), database: ctx.database, sessionSecret: 'test-secret-test-secret-test-secret', logger: false,
    });
    try {
      const refused = await new Client(second, '203.0.113.1').post('/api/public/enquiries', enquiryBody(listing.id));
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('enquiry.rate_limited');
    } finally {
      await second.close();
    }
    expect(Number(rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from enquiry`))[0]!.n)).toBe(5);
  });
});

describe('the daily enquiry run (fixed clock)', () => {
  it("points out enquiries unanswered for more than two days to the district, once; the dashboard lists them", async () => {
    await db().execute(sql`update enquiry set received_at = now() - interval '3 days', last_activity_at = now() - interval '3 days'`);
    const figures = (await district.get('/api/dashboard/enquiries')).body;
    expect(figures.unit.code).toBe('4001');
    expect(figures.totals).toMatchObject({ received: 5, answered: 0, open: 5, late: 5 });
    expect(figures.rows).toEqual([expect.objectContaining({ code: group.id, kind: 'group', nameTh: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', late: 5 })]);
    expect(figures.late).toHaveLength(5);
    expect(figures.late[0]).toMatchObject({ groupId: group.id, product: 'morning_glory', days: 3 });
    expect((await committee.get(`/api/enquiries?late=true`)).body.total).toBe(5);
    const first = await runEnquiryHousekeeping(deps());
    expect(first.lateNotices).toBe(5);
    expect((await runEnquiryHousekeeping(deps())).lateNotices).toBe(0);
    expect((await district.get('/api/notifications')).body.items.filter((n: { kind: string }) => n.kind === 'enquiry.late')).toHaveLength(5);
    expect((await committee.get('/api/notifications')).body.items.some((n: { kind: string }) => n.kind === 'enquiry.late')).toBe(false);
  });

  it('dashboard figures: answered in how long, accepted, delivered and the value, per province and district; scoped', async () => {
    const ids = rowsOf<{ id: string }>(await db().execute(sql`select id from enquiry order by id`)).map((r) => r.id);
    await committee.post(`/api/enquiries/${ids[0]}/answer`, { decision: 'accept' });
    await committee.post(`/api/enquiries/${ids[0]}/delivered`, { date: todayIso(), quantity: 20, value: 500 });
    await committee.post(`/api/enquiries/${ids[1]}/answer`, { decision: 'decline', message: 'ผักหมดแล้ว' });
    const p = (await (await signIn(ctx, 'province')).get('/api/dashboard/enquiries?unit=40')).body;
    expect(p.totals).toMatchObject({ received: 5, answered: 2, accepted: 1, delivered: 1, deliveredValue: 500, declined: 1, open: 3, late: 3 });
    expect(p.totals.medianAnswerHours).toBeGreaterThanOrEqual(72);
    expect(p.rows).toEqual([expect.objectContaining({ code: '4001', kind: 'district', nameTh: 'เมืองขอนแก่น', received: 5, delivered: 1, deliveredValue: 500 })]);
    const country = (await (await signIn(ctx, 'ministry')).get('/api/dashboard/enquiries')).body;
    expect(country.rows).toEqual([expect.objectContaining({ code: '40', kind: 'province', received: 5 })]);
    expect((await district.get('/api/dashboard/enquiries?unit=50')).status).toBe(404);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/dashboard/enquiries')).body.totals.received).toBe(0);
    expect((await committee.get('/api/dashboard/enquiries')).status).toBe(403);
  });

  it("closes enquiries idle for 90 days, and 12 months after closing deletes the buyer's name, contact, place and words — not before", async () => {
    const open = rowsOf<{ id: string }>(await db().execute(sql`select id from enquiry where closed_at is null order by id limit 1`))[0]!.id;
    const closed = rowsOf<{ id: string; closed_at: Date }>(await db().execute(sql`select id, closed_at from enquiry where status = 'declined'`))[0]!;
    // (The first product has had its five enquiries this hour: ask for another one.)
    const eggs = await publish(committee, listingBody(group.id, { productCode: 'egg_chicken', unit: 'tray', minOrder: null }));
    const token = tokenOf((await from('198.51.100.20').post('/api/public/enquiries', enquiryBody(eggs.id, { buyerName: 'ผู้ซื้อใหม่' }))).body.followUrl);
    const closedAt = new Date(closed.closed_at);
    const at = (months: number, days = 0) => {
      const d = new Date(closedAt);
      d.setUTCMonth(d.getUTCMonth() + months);
      d.setUTCDate(d.getUTCDate() + days);
      return d;
    };
    // Eleven months on: the idle open enquiries have expired (closed then), nothing is purged yet.
    const eleven = await runEnquiryHousekeeping(deps(), at(11));
    expect(eleven.purged).toBe(0);
    expect(eleven.expired).toBe(4);
    expect(rowsOf<{ status: string }>(await db().execute(sql`select status from enquiry where id = ${open}`))[0]!.status).toBe('expired');
    const keep = (await district.get(`/api/enquiries/${closed.id}`)).body;
    expect(keep.buyer.contact).toBe('0899990001');
    // A day past twelve months after the decline (and the delivery just before it): their contacts and words go; the figures stay.
    const later = await runEnquiryHousekeeping(deps(), at(12, 1));
    expect(later.purged).toBe(2);
    const purged = (await district.get(`/api/enquiries/${closed.id}`)).body;
    expect(purged.buyer).toEqual({ name: null, contact: null, deliveryPlace: null });
    expect(purged.messages.filter((m: { author: string }) => m.author === 'buyer').every((m: { body: string | null }) => m.body === null)).toBe(true);
    expect(purged.messages.find((m: { author: string }) => m.author === 'group').body).toBe('ผักหมดแล้ว');
    expect(purged).toMatchObject({ quantity: 20, status: 'declined' });
    const raw = JSON.stringify(rowsOf(await db().execute(sql`select e.*, m.body from enquiry e left join enquiry_message m on m.enquiry_id = e.id where e.id = ${closed.id}`)));
    expect(raw).not.toMatch(/0899990001|ครัวคุณแม่|ส่งทุกวันจันทร์/);
    // The expired ones closed eleven months on keep theirs until twelve months after that.
    expect((await anonymous(ctx).get(`/api/public/enquiries/${token}`)).body.buyerName).toBe('ผู้ซื้อใหม่');
    expect((await runEnquiryHousekeeping(deps(), at(23, 2))).purged).toBe(4);
    expect((await anonymous(ctx).get(`/api/public/enquiries/${token}`)).body).toMatchObject({ buyerName: null, status: 'expired' });
    const audit = (await (await signIn(ctx, 'admin')).get('/api/audit?verb=enquiry.housekeeping')).body.items;
    expect(audit.map((a: { after: { expired: string[]; purged: string[] } }) => [a.after.expired.length, a.after.purged.length])).toEqual([[0, 4], [0, 2], [4, 0]]);
  });
});
