// Screenshots of the groups' market (issue #14) at 360 and 1280 px for docs/screenshots/market-*.png,
// and what a phone downloads on its first visit to the public pages (every byte over the wire:
// HTML, images; the pages load no script, font or stylesheet file). Needs a running server with
// the built web app; the demo data is entered first through the API (seed-market.mjs):
//   DEMO_DATA=accounts DATA_DIR=/tmp/ntag-shots PORT=3000 node apps/api/dist/main.js
//   node e2e/scripts/shots-market.mjs [baseUrl]
import { launchBrowser, shooter } from './lib/shots.mjs';
import { seedMarket } from './seed-market.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await launchBrowser();
const { session, shot, dialogShot, finish } = shooter(base, browser);

/**
 * A drawn "photo" of bunches of morning glory on a table (the demo has no real photos), with a
 * film grain so that it compresses like a photo from a phone, not like a flat drawing.
 */
async function makePhoto() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  const leaf = (x, y, r, s) => `<ellipse cx="${x}" cy="${y}" rx="${26 * s}" ry="${70 * s}" transform="rotate(${r} ${x} ${y})" fill="hsl(${95 + (r % 30)} 55% ${30 + (r % 20)}%)"/>`;
  const bunch = (cx) => Array.from({ length: 36 }, (_, i) => leaf(cx + ((i * 37) % 160) - 80, 520 + ((i * 53) % 260), (i * 47) % 360, 0.8 + (i % 5) / 10)).join('')
    + Array.from({ length: 14 }, (_, i) => `<rect x="${cx - 70 + i * 10}" y="760" width="6" height="260" fill="#c5e1a5"/>`).join('')
    + `<rect x="${cx - 90}" y="840" width="180" height="36" rx="8" fill="#ef6c00"/>`;
  await page.setContent(`<html><body style="margin:0"><svg width="1600" height="1200" viewBox="0 0 1600 1200" xmlns="http://www.w3.org/2000/svg">
    <defs><filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" result="n"/><feColorMatrix type="saturate" values="0"/><feBlend in="SourceGraphic" mode="multiply"/></filter></defs>
    <g filter="url(#grain)"><rect width="1600" height="1200" fill="#d7ccc8"/><rect y="700" width="1600" height="500" fill="#8d6e63"/>
    ${[300, 620, 940, 1260].map(bunch).join('')}</g></svg></body></html>`);
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

const { groupId, listingId } = await seedMarket(base, { photo: await makePhoto() });

/** Bytes a fresh phone downloads for a page, every response included (encoded sizes, as sent). */
async function firstLoad(path) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok', deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map();
  cdp.on('Network.responseReceived', (e) => sizes.set(e.requestId, { url: e.response.url, type: e.type, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const s = sizes.get(e.requestId);
    if (s) s.bytes = e.encodedDataLength;
  });
  const violations = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  const all = [...sizes.values()];
  const total = all.reduce((n, s) => n + s.bytes, 0);
  console.log(`first load of ${path} at 360 px: ${(total / 1024).toFixed(1)} KB in ${all.length} responses (${all.map((s) => `${s.type} ${(s.bytes / 1024).toFixed(1)} KB`).join(', ')})${violations.length ? `; CSP: ${violations.join(' | ')}` : '; no CSP violation'}`);
  await context.close();
  return total;
}

const q = encodeURIComponent('ผักบุ้ง');
for (const path of ['/market', `/market?q=${q}`, `/market/products/${listingId}`, `/market/groups/${groupId}`]) await firstLoad(path);

for (const size of ['phone', 'desktop']) {
  const w = size === 'desktop' ? 1280 : 360;
  const tall = size === 'desktop' ? 1800 : 3200;
  {
    const { context, page } = await session(null, size);
    await shot(page, `market-directory-${w}`, '/market', (p) => p.getByRole('heading', { name: 'ตลาดกลุ่มเกษตรทฤษฎีใหม่' }).waitFor(), tall);
    await shot(page, `market-search-${w}`, `/market?q=${q}`, (p) => p.getByText('พบ 1 รายการ').waitFor(), size === 'desktop' ? true : 1400);
    await shot(page, `market-product-${w}`, `/market/products/${listingId}`, (p) => p.getByRole('heading', { name: 'ผักบุ้ง' }).waitFor(), tall);
    await shot(page, `market-group-${w}`, `/market/groups/${groupId}`, (p) => p.getByRole('heading', { name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลศิลา' }).waitFor(), tall);
    if (size === 'phone') {
      // A buyer asks to buy: the form, then the private thread.
      await page.goto(`${base}/market/products/${listingId}`);
      await page.getByLabel('จำนวนที่ต้องการ (กิโลกรัม)').fill('20');
      await page.getByLabel('ผู้ซื้อเป็น').selectOption('restaurant');
      await page.getByLabel('ชื่อผู้ซื้อหรือชื่อร้าน').fill('ร้านครัวคุณแม่');
      await page.getByLabel('ช่องทางตอบกลับ (โทรศัพท์ อีเมล หรือ LINE ID)').fill('081-234-5678');
      await page.getByLabel('ข้อความถึงกลุ่ม').fill('ต้องการผักบุ้งทุกวันจันทร์ ส่งที่ร้านได้ไหมครับ');
      await page.getByRole('button', { name: 'ส่งคำสั่งซื้อ' }).click();
      await shot(page, `market-follow-${w}`, null, (p) => p.getByText('ส่งคำสั่งซื้อถึงกลุ่มแล้ว').waitFor(), true);
    }
    await context.close();
  }
  {
    const { context, page } = await session('market-committee-400106', size);
    await shot(page, `market-enquiries-${w}`, '/listings', (p) => p.getByText('ผักบุ้ง 20').first().waitFor(), size === 'desktop' ? true : 1400);
    await page.getByText('ผักบุ้ง 20').first().click();
    await page.getByTestId('enquiry').waitFor();
    await dialogShot(page, `market-enquiry-${w}`);
    await page.keyboard.press('Escape');
    await shot(page, `market-listings-${w}`, '/listings?tab=listings', (p) => p.getByTestId('listing-card').first().waitFor(), size === 'desktop' ? true : 2200);
    await page.getByRole('button', { name: 'แก้ไขสินค้า' }).first().click();
    await page.getByRole('dialog').waitFor();
    await dialogShot(page, `market-listing-form-${w}`);
    await context.close();
  }
  {
    const { context, page } = await session('demo-district-4001', size);
    await shot(page, `market-dashboard-${w}`, '/dashboard', async (p) => {
      const section = p.getByTestId('dashboard-enquiries');
      await section.getByText('คำสั่งซื้อจากตลาด').waitFor();
      await p.waitForLoadState('networkidle');
      // The section at the top of the window, under the shell's header.
      await section.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72));
    });
    await context.close();
  }
}

await finish();
