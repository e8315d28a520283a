/**
 * The public directory at national size (issue #14), on PostgreSQL:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/market.ts
 * Builds a fresh database with 4,009 groups (16 members each, in tambons of all 77 provinces)
 * and 20,000 published products over them — written with the same Thai search tokens the API
 * writes (Intl.Segmenter), a quarter with a photo, a fifth with a certification — then, over
 * real HTTP on 127.0.0.1:
 *   1. the directory search (/market?q=…, Thai words and filters), 300 requests one at a time:
 *      server time (the Server-Timing header) and time to first byte, p50 and p95;
 *   2. product pages (/market/products/{id}), 300 different ones: server time and TTFB;
 *   3. 200 concurrent anonymous readers (autocannon) for DURATION seconds (default 20) over a mix
 *      of directory searches, product and group pages: errors, non-2xx, latency, requests/s.
 * Drops its database at the end, unless KEEP=1; BENCH_DB=<name> measures a kept one again.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { CERTIFICATION_LABELS, PRODUCT_CATEGORY_LABELS } from '../packages/shared/src/index';
import { rowsOf, type Database } from '../apps/api/src/db/client';
import { listing, listingPhoto, listingSearch } from '../apps/api/src/db/schema';
import { PRODUCTS } from '../apps/api/src/db/seed/products';
import { searchTokens } from '../apps/api/src/modules/listings/listings.rules';
import { benchApp, benchDatabase, fmt, pct, prepare, time } from './lib';

const LISTINGS = Number(process.env.LISTINGS ?? 20_000);
const DURATION = Number(process.env.DURATION ?? 20);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');

async function main() {
  const bench = await benchDatabase({ requirePostgres: true, reuse: process.env.BENCH_DB, keep: !!process.env.KEEP });
  try {
    if (bench.fresh) await build(bench.database);
    await measure(bench.database);
  } finally {
    await bench.close();
  }
}

const ADJECTIVES = ['ปลอดสารพิษ', 'อินทรีย์', 'สดจากสวน', 'คัดเกรด', 'เก็บสดทุกเช้า', 'ไร้สารเคมี', 'ปลูกริมสระ', 'ตามฤดูกาล'];
const WAYS = ['ปลูกแบบเกษตรทฤษฎีใหม่', 'เลี้ยงแบบธรรมชาติ', 'ใช้ปุ๋ยหมักของกลุ่ม', 'รดน้ำจากสระที่กรมพัฒนาที่ดินขุดให้', 'แปรรูปโดยแม่บ้านในกลุ่ม'];

async function build(database: Database) {
  const db = database.db;
  await prepare(database);
  console.log(`building 4,009 groups and ${LISTINGS.toLocaleString()} listings (load ${load()}):`);
  const [, groupsMs] = await time(async () => {
    await db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at, phone, line_oa_id)
      select gen_random_uuid(), 'กลุ่มเกษตรทฤษฎีใหม่ตำบล' || name_th, code, 2565 + (n % 5), make_date((2022 + (n % 5))::int, 7, 1), make_date((2022 + (n % 5))::int, 7, 1),
        '043-' || lpad(n::text, 6, '0'), '@group' || n
      from (select code, name_th, row_number() over (order by code) - 1 as n from geo_unit where level = 'tambon' and active order by md5(code) limit 4009) t`);
    await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug, phone)
      select gen_random_uuid(), (3100000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', g.tambon_code, true, '08' || lpad((row_number() over ())::text, 8, '0')
      from model_group g cross join generate_series(1, 16) i`);
    await db.execute(sql`insert into group_member (group_id, farmer_id) select g.id, f.id from farmer f join model_group g on g.tambon_code = f.tambon_code`);
    await db.execute(sql`insert into enterprise (group_id, informed_on, registered_on, registration_code)
      select id, founded_on + 120, founded_on + 180, lpad((row_number() over ())::text, 12, '0') from model_group where random() < 0.3`);
  });
  console.log(`  groups, 64,144 members, enterprises: ${fmt(groupsMs)}`);

  const groups = rowsOf<{ id: string; name: string; tambon: string; tambonTh: string; districtTh: string; provinceTh: string; provinceEn: string }>(await db.execute(sql`
    select g.id, g.name, g.tambon_code as tambon, t.name_th as "tambonTh", d.name_th as "districtTh", p.name_th as "provinceTh", p.name_en as "provinceEn"
    from model_group g join geo_unit t on t.code = g.tambon_code join geo_unit d on d.code = substr(g.tambon_code, 1, 4) join geo_unit p on p.code = substr(g.tambon_code, 1, 2) order by g.id`));
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a7' } }).jpeg({ quality: 80 }).toBuffer();
  const card = await sharp(photo).resize({ width: 640 }).jpeg({ quality: 70 }).toBuffer();
  const thumb = await sharp(photo).resize({ width: 160, height: 160, fit: 'cover' }).jpeg({ quality: 65 }).toBuffer();
  const [, listingsMs] = await time(async () => {
    for (let start = 0; start < LISTINGS; start += 500) {
      const rows = [];
      const tokens = [];
      const photos = [];
      for (let i = start; i < Math.min(LISTINGS, start + 500); i++) {
        const g = groups[(i * 7) % groups.length]!;
        const p = PRODUCTS[(i * 13) % PRODUCTS.length]!;
        const description = `${p.nameTh}${ADJECTIVES[i % ADJECTIVES.length]} ${WAYS[i % WAYS.length]} จากตำบล${g.tambonTh}`;
        const months = Array.from({ length: 12 }, (_, m) => m + 1).filter((m) => (i + m) % 3 !== 0);
        const certifications = i % 5 === 0 ? [{ kind: 'gap', number: `GAP-${i}`, expiresOn: '2099-12-31' }] : [];
        const id = crypto.randomUUID();
        rows.push({
          id, groupId: g.id, productCode: p.code, productName: p.nameTh, category: p.category, description, unit: p.units[0]!,
          priceMin: 20 + (i % 80), priceMax: 30 + (i % 80), months, minOrder: 5, fulfilment: 'both', deliveryArea: `อำเภอ${g.districtTh}`, certifications,
          published: true, publishedAt: new Date(Date.now() - (i % 365) * 86_400_000),
        });
        tokens.push({ listingId: id, tokens: searchTokens([p.nameTh, p.nameTh, p.nameEn, PRODUCT_CATEGORY_LABELS[p.category]!.th, description, g.name, g.tambonTh, g.districtTh, g.provinceTh, g.provinceEn,
          ...certifications.map(() => CERTIFICATION_LABELS.gap.th)]) });
        if (i % 4 === 0) photos.push({ id: crypto.randomUUID(), listingId: id, position: 0, mime: 'image/jpeg', width: 1600, height: 1200, bytes: photo, card, thumb });
      }
      await db.insert(listing).values(rows);
      await db.insert(listingSearch).values(tokens);
      if (photos.length) await db.insert(listingPhoto).values(photos);
    }
    await db.execute(sql`analyze`);
  });
  console.log(`  ${LISTINGS.toLocaleString()} listings (${(LISTINGS / 4).toLocaleString()} with a photo): ${fmt(listingsMs)}`);
}

/** One GET over HTTP: time to the first byte of the answer, the whole time, and the server's own time. */
function get(port: number, path: string, gzip = false): Promise<{ status: number; ttfb: number; total: number; server: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get({ host: '127.0.0.1', port, path, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      let ttfb = 0;
      let bytes = 0;
      res.once('data', () => (ttfb = performance.now() - started));
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0, ttfb: ttfb || performance.now() - started, total: performance.now() - started, bytes,
        server: Number(/dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''))?.[1] ?? NaN),
      }));
    });
    req.on('error', reject);
  });
}

async function series(label: string, port: number, paths: string[]) {
  const results = [];
  for (const p of paths) {
    const r = await get(port, p);
    if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
    results.push(r);
  }
  const server = results.map((r) => r.server);
  const ttfb = results.map((r) => r.ttfb);
  const serverPart = server.every(Number.isFinite) ? `server p50 ${fmt(pct(server, 50))}, p95 ${fmt(pct(server, 95))}; ` : '';
  console.log(`${label}, ${paths.length} requests: ${serverPart}TTFB p50 ${fmt(pct(ttfb, 50))}, p95 ${fmt(pct(ttfb, 95))}, max ${fmt(Math.max(...ttfb))}`);
}

async function measure(database: Database) {
  const db = database.db;
  const app = await benchApp(database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const products = rowsOf<{ id: string; group: string }>(await db.execute(sql`select id, group_id as group from listing where published order by md5(id::text) limit 300`));
  const counts = rowsOf<{ l: number; g: number }>(await db.execute(sql`select count(*)::int as l, count(distinct group_id)::int as g from listing where published and deleted_at is null`))[0]!;
  console.log(`measuring ${Number(counts.l).toLocaleString()} published listings of ${Number(counts.g).toLocaleString()} groups on ${os.cpus().length} cores (load ${load()})`);
  const words = ['ผักบุ้ง', 'ไข่ไก่', 'ปลอดสาร', 'ข้าวสาร', 'มะม่วง', 'ปลานิล', 'น้ำพริก', 'อินทรีย์', 'เห็ด', 'ขอนแก่น ผักบุ้ง', 'สมุนไพร', 'ไก่พื้นเมือง', 'ปุ๋ยหมัก', 'มะนาว', 'ทุเรียน'];
  const searches = Array.from({ length: 300 }, (_, i) => {
    const q = encodeURIComponent(words[i % words.length]!);
    return [`/market?q=${q}`, `/market?q=${q}&province=40`, `/market?month=${1 + (i % 12)}&category=crops`, `/market?q=${q}&cert=gap`, `/market?page=${1 + (i % 50)}`][i % 5]!;
  });
  // Warm the connection pool and the code paths once.
  for (const p of searches.slice(0, 20)) await get(port, p);
  await series('directory search (/market?q=… and filters)', port, searches);
  await series('the same through the JSON API (/api/public/listings?q=…)', port, searches.slice(0, 100).map((p) => p.replace('/market?', '/api/public/listings?')));
  await series('product page (/market/products/{id})', port, products.map((p) => `/market/products/${p.id}`));
  await series('group page (/market/groups/{id})', port, products.slice(0, 100).map((p) => `/market/groups/${p.group}`));
  const gz = async (p: string) => (await get(port, p, true)).bytes;
  console.log(`HTML sizes gzipped: directory ${await gz('/market')} B, a search ${await gz(searches[0]!)} B, a product page ${await gz(`/market/products/${products[0]!.id}`)} B`);

  const mix = [...searches.slice(0, 100), ...products.slice(0, 150).map((p) => `/market/products/${p.id}`), ...products.slice(150, 200).map((p) => `/market/groups/${p.group}`)];
  console.log(`autocannon: 200 connections for ${DURATION} s over ${mix.length} pages (load before ${load()})`);
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 200, duration: DURATION, requests: mix.map((path) => ({ method: 'GET', path })) });
  console.log(`  requests ${result.requests.total.toLocaleString()} (${result.requests.average.toFixed(0)}/s), errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
  console.log(`  latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (load after ${load()})`);
  await app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
