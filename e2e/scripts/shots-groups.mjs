// Screenshots of steps 1–2 (selection กท.01 and its summary, model groups, plans กท.02 and
// กท.03) at 1280 and 360 px, for docs/screenshots/{selection,groups,plans}-*.png. Needs a
// running server with the built web app; the demo data is entered first through the API
// (seed-groups.mjs, safe to repeat):
//   cd apps/api && DATA_DIR=/tmp/ntag-grp PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-groups.mjs [baseUrl]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { COHORT, TAMBON, seedGroups } from './seed-groups.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
mkdirSync(out, { recursive: true });

const { groupId, farmers } = await seedGroups(base);
const somjai = farmers.find((f) => f.firstName === 'สมใจ');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const WIDTHS = { desktop: { width: 1280, height: 860 }, phone: { width: 360, height: 740 } };
const problems = [];

async function session(user, size) {
  const context = await browser.newContext({ viewport: WIDTHS[size], locale: 'th-TH', timezoneId: 'Asia/Bangkok', deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${user} ${size}: page error ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/status of 40[14]/.test(m.text()) && problems.push(`${user} ${size}: console ${m.text()}`));
  await page.goto(`${base}/login`);
  await page.getByLabel('ชื่อผู้ใช้').fill(user);
  await page.getByLabel('รหัสผ่าน').fill('ntag-demo');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByRole('heading', { name: 'พื้นที่ของฉัน' }).waitFor();
  return { context, page };
}

async function overflowOf(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function shot(page, name, url, waitFor, full = false) {
  if (url) await page.goto(`${base}${url}`);
  if (waitFor) await waitFor(page);
  await page.waitForLoadState('networkidle');
  if (full) await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(250);
  const overflow = await overflowOf(page);
  if (overflow > 0) problems.push(`${name}: page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: full });
  console.log(`${name}.png${overflow > 0 ? `  (overflow ${overflow}px)` : ''}`);
}

/** A dialog: the dialog's own box may scroll, the page behind it must not. */
async function dialogShot(page, name) {
  await page.waitForTimeout(400);
  const overflow = await page.evaluate(() => {
    const d = document.querySelector('[role="dialog"]');
    return d ? d.scrollWidth - d.clientWidth : 0;
  });
  if (overflow > 0) problems.push(`${name}: dialog scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`${name}.png${overflow > 0 ? `  (dialog overflow ${overflow}px)` : ''}`);
}

for (const size of ['desktop', 'phone']) {
  const w = size === 'desktop' ? 1280 : 360;
  {
    const { context, page } = await session('demo-district-4001', size);
    await shot(page, `selection-district-${w}`, `/selection?cohort=${COHORT}&area=${TAMBON}`, (p) => p.getByTestId('selection-summary').waitFor(), size === 'desktop');
    await page.getByTestId('propose').click();
    await page.getByRole('button', { name: 'เลือก นายประเสริฐ บุญมี' }).waitFor();
    await dialogShot(page, `selection-propose-${w}`);
    await page.getByRole('button', { name: 'เลือก นายประเสริฐ บุญมี' }).click();
    await page.getByRole('dialog').getByText('เกณฑ์การคัดเลือก 4 ข้อ').waitFor();
    await dialogShot(page, `selection-propose-criteria-${w}`);
    await page.keyboard.press('Escape');
    await shot(page, `groups-list-${w}`, '/groups', (p) => p.getByTestId('group-count').waitFor());
    await shot(page, `groups-group-${w}`, `/groups/${groupId}`, (p) => p.getByText('คณะกรรมการกลุ่ม').first().waitFor(), true);
    await shot(page, `plans-kt02-${w}`, `/farmers/${somjai.id}/plans/${COHORT}`, (p) => p.getByTestId('plan-state').waitFor(), true);
    await shot(page, `plans-kt03-${w}`, `/groups/${groupId}/plans/${COHORT}`, (p) => p.getByTestId('rollup').waitFor(), true);
    await page.getByTestId('rollup').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(out, `plans-kt03-rollup-${w}.png`) });
    console.log(`plans-kt03-rollup-${w}.png`);
    await context.close();
  }
  {
    const { context, page } = await session('demo-province-40', size);
    await shot(page, `selection-province-${w}`, `/selection?cohort=${COHORT}&area=${TAMBON}`, (p) => p.getByTestId('selection-summary').waitFor(), size === 'desktop');
    await page.getByRole('button', { name: /^ไม่คัดเลือก นางเพ็ญศรี/ }).click();
    await page.getByRole('dialog').getByText('เกณฑ์การคัดเลือก 4 ข้อ').waitFor();
    await page.getByRole('dialog').getByLabel('เหตุผลที่ไม่คัดเลือก').fill('ผลิตสินค้าคนละแบบกับสมาชิกส่วนใหญ่ ขอให้พิจารณาในปีรุ่นถัดไป');
    await dialogShot(page, `selection-decision-${w}`);
    await page.keyboard.press('Escape');
    await shot(page, `selection-summary-${w}`, `/selection/summary?cohort=${COHORT}`, (p) => p.getByTestId('summary-totals').waitFor());
    await context.close();
  }
  {
    const { context, page } = await session('demo-ministry', size);
    await shot(page, `selection-summary-ministry-${w}`, `/selection/summary?cohort=${COHORT}`, (p) => p.getByTestId('summary-totals').waitFor());
    await context.close();
  }
}

await browser.close();
if (problems.length) {
  console.log('\nProblems:\n' + problems.join('\n'));
  process.exitCode = 1;
}
