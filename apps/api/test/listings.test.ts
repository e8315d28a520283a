import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { clearMarketCaches } from '../src/modules/market/market.service';
import { anonymous, signIn, type Client, type TestContext, startTestApp } from './support/app';
import { formedGroup } from './support/flows';
import { committeeOf, listingBody, publish } from './support/market';

let ctx: TestContext;
let district: Client;
let province: Client;
let committee: Client;
let group: { id: string; version: number };
let otherGroup: { id: string };
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
  ({ group } = await formedGroup(district, province));
  // Another group of the same district (Samran), which the committee does not belong to.
  ({ group: otherGroup } = await formedGroup(district, province, { tambonCode: '400102', name: 'กลุ่มตำบลสำราญ' }));
  committee = await committeeOf(ctx, group.id, 'naimueang-committee');
  // กท.03: morning glory planned in January–April and in December.
  await district.put(`/api/groups/${group.id}/plans/2569`, { products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: [10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 10] }] });
});
afterAll(() => ctx.close());

const listings = async () => Number(rowsOf<{ n: number }>(await ctx.database.db.execute(sql`select count(*)::int as n from listing`))[0]!.n);

describe('publishing (the group committee and its district)', () => {
  it('the committee publishes for its own group; months left out come from its กท.03 calendar', async () => {
    const { months: _m, ...body } = listingBody(group.id);
    const res = await committee.post('/api/listings', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ groupId: group.id, productName: 'ผักบุ้ง', category: 'crops', months: [1, 2, 3, 4, 12], published: true, publicUrl: `/market/products/${body.id}` });
    expect((await committee.post('/api/listings', body)).status).toBe(200);
    expect((await committee.get(`/api/listings/proposed-months?group=${group.id}&productCode=morning_glory`)).body).toEqual({ months: [1, 2, 3, 4, 12], cohort: 2569 });
  });

  it("nobody publishes outside their scope: another group's listing is 404, a tambon worker has no right (403)", async () => {
    const before = await listings();
    expect((await committee.post('/api/listings', listingBody(otherGroup.id))).status).toBe(404);
    expect((await (await signIn(ctx, 'otherDistrict')).post('/api/listings', listingBody(group.id))).status).toBe(404);
    expect((await (await signIn(ctx, 'tambon')).post('/api/listings', listingBody(group.id))).status).toBe(403);
    const theirs = await publish(district, listingBody(otherGroup.id, { productCode: 'egg_chicken', unit: 'tray', description: 'ไข่ไก่อารมณ์ดี เลี้ยงปล่อย', priceMin: 110, priceMax: null }));
    expect((await committee.get(`/api/listings/${theirs.id}`)).status).toBe(404);
    expect((await committee.patch(`/api/listings/${theirs.id}`, { published: false })).status).toBe(404);
    expect((await committee.delete(`/api/listings/${theirs.id}`)).status).toBe(404);
    expect((await committee.get('/api/listings')).body.items.every((l: { groupId: string }) => l.groupId === group.id)).toBe(true);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/listings')).body.total).toBe(0);
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/listings?group=${group.id}`)).status).toBe(404);
    expect(await listings()).toBe(before + 1);
  });

  it('bad input is a 400 naming the field, and nothing is written', async () => {
    const before = await listings();
    const bad = async (o: Record<string, unknown>) => (await committee.post('/api/listings', listingBody(group.id, o))).body;
    expect((await bad({ priceMin: 30, priceMax: 20 })).details.issues[0].path).toBe('priceMax');
    expect((await bad({ months: [0, 13] })).details.issues[0].path).toBe('months.0');
    expect((await bad({ productCode: 'durian' })).details.issues[0].path).toBe('productCode');
    expect((await bad({ unit: 'tray' })).details.issues[0].path).toBe('unit');
    expect((await bad({ certifications: [{ kind: 'gap', number: 'x', expiresOn: '2020-01-01' }] })).details.issues[0].path).toBe('certifications.0.expiresOn');
    expect((await committee.post('/api/listings', { groupId: group.id, unit: 'kg' })).body.details.issues[0].path).toBe('productName');
    expect(await listings()).toBe(before);
  });

  it("refuses to publish a member's national id, phone or full name", async () => {
    const members = (await district.get(`/api/groups/${group.id}`)).body.members as { farmerId: string }[];
    const farmer = (await district.get(`/api/farmers/${members[0]!.farmerId}`)).body;
    const before = await listings();
    for (const [text, kind] of [[`ติดต่อ ${farmer.phone}`, 'phone'], [`ประธาน ${farmer.firstName} ${farmer.lastName}`, 'name'], [`เลข ${farmer.nationalId}`, 'national']]) {
      const res = await committee.post('/api/listings', listingBody(group.id, { description: text }));
      expect(res.status, kind).toBe(400);
      expect(res.body).toMatchObject({ code: 'listing.personal_data', details: { issues: [{ path: 'description' }] } });
    }
    expect(await listings()).toBe(before);
  });

  it('an edit with a stale version is a 409 with the current listing; without a version it applies', async () => {
    const l = await publish(committee, listingBody(group.id, { productCode: 'kale', description: 'คะน้ายอดอ่อน' }));
    expect((await committee.patch(`/api/listings/${l.id}`, { priceMin: 40, priceMax: 45, version: l.version })).body.version).toBe(l.version + 1);
    const stale = await committee.patch(`/api/listings/${l.id}`, { priceMin: 50, version: l.version });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current).toMatchObject({ priceMin: 40, priceMax: 45 });
    expect((await committee.patch(`/api/listings/${l.id}`, { description: 'คะน้ายอดอ่อน ตัดสด' })).body.description).toBe('คะน้ายอดอ่อน ตัดสด');
  });
});

describe('the public never sees what is not published', () => {
  const visible = async (id: string) => {
    clearMarketCaches();
    const anon = anonymous(ctx);
    const [json, one, page, product, sitemap, open] = await Promise.all([
      anon.get('/api/public/listings?pageSize=100'), anon.get(`/api/public/listings/${id}`), anon.get('/market'), anon.get(`/market/products/${id}`),
      anon.get('/market/sitemap.xml'), anon.get('/api/open/listings.json'),
    ]);
    return {
      list: json.body.items.some((i: { id: string }) => i.id === id), one: one.status, page: page.body.includes(`/market/products/${id}`), product: product.status,
      sitemap: sitemap.body.includes(id), open: open.body.rows.some((r: { id: string }) => r.id === id),
    };
  };

  it('an unpublished listing appears nowhere anonymously; publishing shows it; unpublishing hides it at once', async () => {
    const l = await publish(committee, listingBody(group.id, { productCode: 'lime', unit: 'kg', description: 'มะนาวแป้น', published: false }));
    const hidden = { list: false, one: 404, page: false, product: 404, sitemap: false, open: false };
    expect(await visible(l.id)).toEqual(hidden);
    const pub = await committee.patch(`/api/listings/${l.id}`, { published: true });
    expect(pub.body).toMatchObject({ published: true, publicUrl: `/market/products/${l.id}` });
    expect(await visible(l.id)).toEqual({ list: true, one: 200, page: true, product: 200, sitemap: true, open: true });
    expect((await committee.patch(`/api/listings/${l.id}`, { published: false })).body.published).toBe(false);
    expect(await visible(l.id)).toEqual(hidden);
    await committee.patch(`/api/listings/${l.id}`, { published: true });
    expect((await committee.delete(`/api/listings/${l.id}`)).status).toBe(200);
    expect(await visible(l.id)).toEqual(hidden);
    expect((await committee.get(`/api/listings/${l.id}`)).status).toBe(404);
    const audit = (await (await signIn(ctx, 'admin')).get(`/api/audit?targetId=${l.id}`)).body.items.map((a: { verb: string }) => a.verb);
    expect(audit).toEqual(expect.arrayContaining(['listing.create', 'listing.publish', 'listing.unpublish', 'listing.delete']));
  });

  it('photos: three sizes, the public copy only while the listing is published', async () => {
    const l = await publish(committee, listingBody(group.id, { productCode: 'mushroom', description: 'เห็ดนางฟ้า', months: [] }));
    const png = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#3a7' } }).png().toBuffer();
    const res = await committee.upload(`/api/listings/${l.id}/photos`, 'a.png', png, 'image/png');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const photo = res.body.photos[0];
    expect(photo).toMatchObject({ width: 1600, height: 1200 });
    const anon = anonymous(ctx);
    const card = await anon.download(`/market/photos/${photo.id}/card.jpg`);
    expect(card.status).toBe(200);
    expect((await sharp(card.body).metadata()).width).toBe(640);
    expect((await sharp((await anon.download(`/market/photos/${photo.id}/thumb.jpg`)).body).metadata()).width).toBe(160);
    expect((await anon.get(`/market/products/${l.id}`)).body).toContain(`/market/photos/${photo.id}/card.jpg`);
    await committee.patch(`/api/listings/${l.id}`, { published: false });
    expect((await anon.download(`/market/photos/${photo.id}/card.jpg`)).status).toBe(404);
    expect((await committee.download(`/api/listings/${l.id}/photos/${photo.id}?size=thumb`)).status).toBe(200);
    expect((await (await signIn(ctx, 'otherDistrict')).download(`/api/listings/${l.id}/photos/${photo.id}`)).status).toBe(404);
  });
});

describe('Thai search and filters', () => {
  const search = async (q: string) => (await anonymous(ctx).get(`/api/public/listings?${q}`)).body.items.map((i: { productNameTh: string }) => i.productNameTh).sort();

  it('finds products by Thai words however they are written into a longer text', async () => {
    expect(await search(`q=${encodeURIComponent('ผักบุ้ง')}`)).toEqual(['ผักบุ้ง']);
    expect(await search(`q=${encodeURIComponent('ปลอดสาร')}`)).toEqual(['ผักบุ้ง']);
    expect(await search(`q=${encodeURIComponent('ไข่ไก่')}`)).toEqual(['ไข่ไก่']);
    expect(await search(`q=${encodeURIComponent('ไข่')}`)).toEqual(['ไข่ไก่']);
    expect(await search(`q=${encodeURIComponent('ยอดอ่อน')}`)).toEqual(['คะน้า']);
    // The group's tambon and the province are words of every listing there.
    expect(await search(`q=${encodeURIComponent('สำราญ')}`)).toEqual(['ไข่ไก่']);
    expect(await search(`q=${encodeURIComponent('ขอนแก่น ผักบุ้ง')}`)).toEqual(['ผักบุ้ง']);
    expect(await search(`q=${encodeURIComponent('ทุเรียน')}`)).toEqual([]);
    expect(await search('q=eggs')).toEqual(['ไข่ไก่']);
  });

  it('filters by province, district, category, month and a certification that has not expired', async () => {
    expect(await search('province=40')).toEqual(['คะน้า', 'ผักบุ้ง', 'ไข่ไก่']);
    expect(await search('province=50')).toEqual([]);
    expect(await search('district=4001&category=livestock')).toEqual(['ไข่ไก่']);
    expect(await search('month=4')).toEqual(['ผักบุ้ง']);
    const kale = (await committee.get('/api/listings')).body.items.find((l: { productName: string }) => l.productName === 'คะน้า');
    await committee.patch(`/api/listings/${kale.id}`, { certifications: [{ kind: 'gap', number: 'GAP-40-001', expiresOn: '2099-12-31' }, { kind: 'organic', number: 'ORG-1', expiresOn: '2020-01-01' }] });
    expect(await search('cert=gap')).toEqual(['คะน้า']);
    expect(await search('cert=organic')).toEqual([]);
    expect((await anonymous(ctx).get('/api/public/listings?month=13')).body.details.issues[0].path).toBe('month');
    expect((await anonymous(ctx).get('/api/public/listings?province=x')).body.details.issues[0].path).toBe('province');
  });

  it('the directory page searches and filters without JavaScript, and keeps a bad shared filter from breaking it', async () => {
    const page = await anonymous(ctx).get(`/market?q=${encodeURIComponent('ผักบุ้ง')}&month=99`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('พบ 1 รายการ');
    expect(page.body).toContain('<form class="search" method="get" action="/market"');
    expect(page.body).not.toContain('<script src');
  });
});
