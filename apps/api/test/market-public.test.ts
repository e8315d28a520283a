import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signIn, type Client, type TestContext, startTestApp } from './support/app';
import { formedGroup } from './support/flows';
import { committeeOf, listingBody, publish } from './support/market';

/**
 * The public pages as a visitor (or a crawler) gets them: escaped, without anything personal
 * about members, with their structured data, and working as plain HTML forms.
 */
let ctx: TestContext;
let district: Client;
let group: { id: string; version: number };
let evil: { id: string };
let listing: { id: string };
let members: { nationalId: string; firstName: string; lastName: string; phone: string }[];
const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

beforeAll(async () => {
  ctx = await startTestApp({ PUBLIC_URL: 'https://ntag.example.go.th', ENQUIRY_ADDRESS_LIMIT: '1000' });
  district = await signIn(ctx, 'district');
  const province = await signIn(ctx, 'province');
  const formed = await formedGroup(district, province, { members: 3 });
  group = formed.group;
  members = await Promise.all(formed.members.map(async (id) => (await district.get(`/api/farmers/${id}`)).body));
  const committee = await committeeOf(ctx, group.id, 'public-committee');
  // The group's "phone" is a member's own number (it must not be shown), its LINE and Facebook are real.
  const g = (await district.get(`/api/groups/${group.id}`)).body;
  await district.patch(`/api/groups/${group.id}`, { phone: members[0]!.phone, lineOaId: '@naimueangfarm', facebookPage: 'https://www.facebook.com/naimueangfarm', latitude: 16.43, longitude: 102.83, version: g.version });
  listing = await publish(committee, listingBody(group.id, { certifications: [{ kind: 'gap', number: 'GAP-4001-0042', expiresOn: '2099-06-30' }] }));
  // A second group whose every text tries to break out of the page.
  const bad = await formedGroup(district, province, { members: 1, tambonCode: '400102', name: `กลุ่ม${XSS}` });
  const bg = (await district.get(`/api/groups/${bad.group.id}`)).body;
  await district.patch(`/api/groups/${bad.group.id}`, { facebookPage: 'javascript:alert(2)', lineOaId: `"><svg onload=alert(3)>`, version: bg.version });
  evil = await publish(district, listingBody(bad.group.id, { productCode: null, productName: `ผัก${XSS}`, description: `</script><script>alert(4)</script>\n${XSS}`, deliveryArea: XSS }));
});
afterAll(() => ctx.close());

async function everyPublicAnswer(): Promise<Map<string, string>> {
  const anon = anonymous(ctx);
  const q = encodeURIComponent('ผักบุ้ง');
  const paths = [
    '/market', `/market?q=${q}`, '/market?province=40&lang=en', '/market/groups', `/market/groups/${group.id}`, `/market/products/${listing.id}`, `/market/products/${listing.id}?lang=en`,
    `/market/products/${listing.id}/report`, `/market/products/${evil.id}`, '/market/sitemap.xml', '/robots.txt',
    '/api/public/listings', `/api/public/listings?q=${q}`, `/api/public/listings/${listing.id}`, `/api/public/groups/${group.id}`, '/api/open/listings.json', '/api/open/listings.csv',
  ];
  const out = new Map<string, string>();
  for (const p of paths) {
    const res = await anon.get(p);
    expect(res.status, p).toBe(200);
    out.set(p, typeof res.body === 'string' ? res.body : JSON.stringify(res.body));
  }
  return out;
}

describe('nothing personal in any public answer', () => {
  it('no member national id, full name or phone number — not even a member’s number typed in as the group phone', async () => {
    const answers = await everyPublicAnswer();
    for (const [path, body] of answers) {
      for (const m of members) {
        expect(body, path).not.toContain(m.nationalId);
        expect(body, path).not.toContain(`${m.firstName} ${m.lastName}`);
        expect(body, path).not.toContain(m.phone);
        expect(body.replace(/\D/g, ''), path).not.toContain(m.nationalId);
      }
    }
    const page = answers.get(`/market/products/${listing.id}`)!;
    expect(page).toContain('https://line.me/R/ti/p/%40naimueangfarm');
    expect(page).toContain('https://www.facebook.com/naimueangfarm');
    expect(page).toContain('GAP-4001-0042');
  });

  it('a group phone that is not a member’s is shown', async () => {
    const g = (await district.get(`/api/groups/${group.id}`)).body;
    await district.patch(`/api/groups/${group.id}`, { phone: '043-123456', version: g.version });
    expect((await anonymous(ctx).get(`/market/products/${listing.id}`)).body).toContain('href="tel:043123456"');
  });
});

describe('escaping', () => {
  it('whatever a group typed is text on every page, JSON-LD stays data, and only http(s) links are links', async () => {
    const anon = anonymous(ctx);
    for (const path of [`/market/products/${evil.id}`, '/market', `/market/groups/${(await anon.get(`/api/public/listings/${evil.id}`)).body.group.id}`, '/market/groups']) {
      const body = (await anon.get(path)).body as string;
      expect(body, path).not.toMatch(/<script>alert|<img src=x|<svg onload/i);
      expect(body, path).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(body, path).not.toMatch(/href="javascript:/i);
      // Every JSON-LD block parses, and holds the text as the group wrote it.
      const blocks = [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
      if (path.startsWith('/market/products/')) expect(blocks[0]).toMatchObject({ '@type': 'Product', name: `ผัก${XSS}` });
      // The only <script> elements are JSON-LD data blocks.
      expect(body.match(/<script(?![^>]*application\/ld\+json)/g), path).toBeNull();
    }
  });
});

describe('a product page for people and for crawlers', () => {
  it('Thai first, with Open Graph for LINE and Facebook, schema.org Product and Organization, and a canonical address', async () => {
    const res = await anonymous(ctx).get(`/market/products/${listing.id}`);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['server-timing']).toMatch(/^app;dur=\d/);
    const html = res.body as string;
    expect(html).toContain('<html lang="th">');
    expect(html).toContain(`<link rel="canonical" href="https://ntag.example.go.th/market/products/${listing.id}">`);
    expect(html).toContain('<meta property="og:title" content="ผักบุ้ง — กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง">');
    expect(html).toContain('<meta property="og:type" content="product">');
    const data = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    expect(data[0]).toMatchObject({
      '@type': 'Product', name: 'ผักบุ้ง', offers: { '@type': 'AggregateOffer', priceCurrency: 'THB', lowPrice: 25, highPrice: 30 },
      hasCertification: [{ '@type': 'Certification', certificationIdentification: 'GAP-4001-0042', expires: '2099-06-30' }],
    });
    expect(data[1]).toMatchObject({ '@type': 'Organization', name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', address: { addressRegion: 'ขอนแก่น', addressCountry: 'TH' }, location: { geo: { latitude: 16.43 } } });
    expect(html).toContain('ราคาโดยประมาณ');
    expect(html).toContain('25–30 บาท/กิโลกรัม');
    expect(html).toContain('<form method="post" action="/market/products/');
    // Small enough for a phone on weak signal (the whole first load is measured in docs/PERFORMANCE.md).
    expect(Buffer.byteLength(html)).toBeLessThan(40_000);
    const en = (await anonymous(ctx).get(`/market/products/${listing.id}?lang=en`)).body as string;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Indicative price');
  });

  it('the sitemap lists the published products and groups; robots.txt points to it and keeps follow links out', async () => {
    const sitemap = (await anonymous(ctx).get('/market/sitemap.xml')).body as string;
    expect(sitemap).toContain(`<loc>https://ntag.example.go.th/market/products/${listing.id}</loc>`);
    expect(sitemap).toContain(`<loc>https://ntag.example.go.th/market/groups/${group.id}</loc>`);
    const robots = (await anonymous(ctx).get('/robots.txt')).body as string;
    expect(robots).toContain('Disallow: /market/follow/');
    expect(robots).toContain('Sitemap: https://ntag.example.go.th/market/sitemap.xml');
    expect((await anonymous(ctx).get('/market/products/not-a-uuid')).status).toBe(404);
    expect((await anonymous(ctx).get('/market/groups/00000000-0000-4000-8000-000000000000')).body).toContain('ไม่พบหน้านี้');
  });
});

describe('the enquiry form works without JavaScript', () => {
  const post = (url: string, form: Record<string, string>, address = '192.0.2.50') =>
    ctx.app.inject({ method: 'POST', url, remoteAddress: address, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

  it('a mistake comes back on the page with the values kept and the field named; a good form goes to the private thread', async () => {
    const bad = await post(`/market/products/${listing.id}/enquiry`, { quantity: '', buyerName: 'โรงเรียนบ้านโนน', buyerContact: '08', buyerType: 'school' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('ใส่จำนวนมากกว่า 0');
    expect(bad.body).toContain('ใส่โทรศัพท์ อีเมล หรือ LINE ID');
    expect(bad.body).toContain('value="โรงเรียนบ้านโนน"');
    expect(bad.body).toContain('<option value="school" selected>');
    const tooFew = await post(`/market/products/${listing.id}/enquiry`, { quantity: '๒', buyerName: 'โรงเรียนบ้านโนน', buyerContact: '0812223333', buyerType: 'school' });
    expect(tooFew.body).toContain('สั่งได้ตั้งแต่ 5 กิโลกรัม ขึ้นไป');
    const ok = await post(`/market/products/${listing.id}/enquiry`, { quantity: '๓๐', wantedOn: '2026-12-24', buyerName: 'โรงเรียนบ้านโนน', buyerContact: '0812223333', buyerType: 'school', message: 'สำหรับอาหารกลางวัน' });
    expect(ok.statusCode).toBe(303);
    const location = String(ok.headers.location);
    expect(location).toMatch(/^\/market\/follow\/[\w-]{40,}\?sent=1$/);
    const thread = await anonymous(ctx).get(location);
    expect(thread.headers['cache-control']).toBe('no-store');
    expect(thread.headers['referrer-policy']).toBe('no-referrer');
    expect(thread.body).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(thread.body).toContain('ส่งคำสั่งซื้อถึงกลุ่มแล้ว');
    expect(thread.body).toContain('สำหรับอาหารกลางวัน');
    expect(thread.body).toContain('30');
    const reply = await post(location.split('?')[0]!, { message: 'ขอใบเสร็จด้วยครับ', action: 'message' });
    expect(reply.statusCode).toBe(303);
    expect((await anonymous(ctx).get(location)).body).toContain('ขอใบเสร็จด้วยครับ');
    const withLink = await post(location.split('?')[0]!, { message: 'ดูที่ www.example.com', action: 'message' });
    expect(withLink.statusCode).toBe(400);
    const cancel = await post(location.split('?')[0]!, { action: 'cancel' });
    expect(cancel.statusCode).toBe(303);
    expect((await anonymous(ctx).get(location)).body).toContain('คำสั่งซื้อนี้สิ้นสุดแล้ว');
    expect((await anonymous(ctx).get('/market/follow/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });

  it('the report form thanks the visitor', async () => {
    const res = await post(`/market/products/${listing.id}/report`, { reason: 'not_available', message: 'หมดแล้ว' }, '192.0.2.51');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('ขอบคุณที่แจ้ง');
  });
});
