// Screenshots of steps 3–7 and the progress at 1280 and 360 px, for
// docs/screenshots/{steps,progress,timeline}-*.png. Needs a running server with the built web
// app; the demo data is entered first through the API (seed-steps.mjs, safe to repeat). The
// country view is worth a look with the country's groups in the database (seed-progress.mjs):
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-shots PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/seed-progress.mjs http://localhost:3000   # optional, several minutes
//   node e2e/scripts/shots-steps.mjs [baseUrl]
import { launchBrowser, shooter } from './lib/shots.mjs';
import { seedSteps } from './seed-steps.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await launchBrowser();
const { session, shot, finish } = shooter(base, browser);

/** A drawn "photo" of a learning session in a field (the demo has no real photos). */
async function makePhoto() {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const person = (x, c) => `<g transform="translate(${x} 330)"><circle cx="0" cy="0" r="22" fill="#8d5524"/><rect x="-26" y="24" width="52" height="90" rx="18" fill="${c}"/><rect x="-22" y="110" width="16" height="70" fill="#333"/><rect x="6" y="110" width="16" height="70" fill="#333"/><path d="M-30 -8 Q0 -50 30 -8 Z" fill="#e8c170"/></g>`;
  await page.setContent(`<html><body style="margin:0"><svg width="800" height="600" viewBox="0 0 800 600" xmlns="http://www.w3.org/2000/svg">
    <rect width="800" height="260" fill="#bfe3f5"/><circle cx="680" cy="80" r="46" fill="#ffd54f"/>
    <rect y="240" width="800" height="360" fill="#7cb342"/>
    ${Array.from({ length: 9 }, (_, i) => `<path d="M${-200 + i * 130} 600 L${300 + i * 30} 250" stroke="#558b2f" stroke-width="14"/>`).join('')}
    <rect x="90" y="170" width="250" height="120" fill="#fff8e1" stroke="#795548" stroke-width="6"/>
    <text x="215" y="222" font-family="Noto Sans Thai, Sarabun, sans-serif" font-size="30" text-anchor="middle" fill="#4e342e">ศูนย์เรียนรู้</text>
    <text x="215" y="262" font-family="Noto Sans Thai, Sarabun, sans-serif" font-size="22" text-anchor="middle" fill="#4e342e">ผักปลอดภัย GAP</text>
    ${[430, 510, 590, 670].map((x, i) => person(x, ['#1565c0', '#c62828', '#2e7d32', '#6a1b9a'][i])).join('')}
    ${person(250, '#ef6c00')}
  </svg></body></html>`);
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

const photo = await makePhoto();
const { groupId, secondId } = await seedSteps(base, { photo });

async function pick(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

for (const size of ['desktop', 'phone']) {
  const w = size === 'desktop' ? 1280 : 360;
  const tall = size === 'desktop' ? true : 2400;
  {
    const { context, page } = await session('demo-district-4001', size);
    await shot(page, `steps-group-${w}`, `/groups/${groupId}`, (p) => p.getByTestId('group-stepper').waitFor(), size === 'desktop' ? 1500 : 2300);
    if (secondId) await shot(page, `steps-group-override-${w}`, `/groups/${secondId}`, (p) => p.getByTestId('override-note').waitFor(), size === 'desktop' ? 1100 : 1900);
    await page.goto(`${base}/groups/${groupId}`);
    await page.getByRole('button', { name: 'ยืนยันหรือแก้สถานะขั้นตอนที่ 7' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'เหตุผล / หลักฐาน' }).fill('ได้รับหนังสือสำคัญแล้ว รอบันทึกรหัสทะเบียน');
    await shot(page, `steps-override-dialog-${w}`, null, (p) => p.getByRole('dialog').waitFor());
    await page.keyboard.press('Escape');
    await shot(page, `steps-learning-${w}`, `/groups/${groupId}/learning`, async (p) => {
      // The thumbnails load lazily: bring the first into view so that the page shot has it.
      const img = p.locator('[data-testid="session-photos"] img').first();
      await img.scrollIntoViewIfNeeded();
      await p.waitForFunction(() => [...document.querySelectorAll('[data-testid="session-photos"] img')].every((i) => i.complete && i.naturalWidth > 0));
    }, tall);
    await shot(page, `steps-enterprise-${w}`, `/groups/${groupId}/enterprise`, (p) => p.getByText('ขั้นตอนสู่วิสาหกิจชุมชน').waitFor(), tall);
    await shot(page, `timeline-${w}`, `/groups/${groupId}/timeline`, (p) => p.getByTestId('timeline').waitFor(), size === 'desktop' ? 1600 : 2400);
    await shot(page, `progress-district-${w}`, '/progress', (p) => p.getByTestId('progress-table').waitFor(), tall);
    await shot(page, `steps-groups-list-${w}`, '/groups?cohort=2569', (p) => p.getByTestId('group-count').waitFor());
    await context.close();
  }
  {
    const { context, page } = await session('demo-tambon-400101', size);
    await page.goto(`${base}/groups/${groupId}/production`);
    await page.getByRole('textbox', { name: 'ปริมาณผลผลิต' }).waitFor();
    await pick(page, 'ผลผลิต', 'คะน้า');
    await page.getByRole('textbox', { name: 'ปริมาณผลผลิต' }).fill('๑๒');
    await page.getByRole('textbox', { name: 'บริโภคในครัวเรือน' }).fill('2');
    await page.getByRole('textbox', { name: 'จำหน่าย', exact: true }).fill('8');
    await shot(page, `steps-production-${w}`, null, null, tall);
    await page.goto(`${base}/groups/${groupId}/sales`);
    await page.getByRole('textbox', { name: 'ปริมาณ', exact: true }).waitFor();
    await page.getByRole('radio', { name: 'จำหน่าย' }).click();
    await pick(page, 'ช่องทาง', 'กิจกรรมส่งเสริมการตลาด');
    await pick(page, 'กิจกรรมส่งเสริมการตลาด', 'ตลาดนัดเกษตรกรจังหวัดขอนแก่น ครั้งที่ 11 · 14 พ.ย. 2569');
    await pick(page, 'ผลผลิต', 'ปลานิล');
    await page.getByRole('textbox', { name: 'ปริมาณ', exact: true }).fill('25');
    await page.getByRole('textbox', { name: 'ราคาต่อหน่วย', exact: true }).fill('85');
    await shot(page, `steps-sales-${w}`, null, null, tall);
    await shot(page, `steps-market-${w}`, `/groups/${groupId}/market`, (p) => p.getByRole('heading', { name: 'แหล่งรับซื้อใกล้กลุ่มที่สำรวจแล้ว' }).waitFor(), tall);
    await context.close();
  }
  {
    const { context, page } = await session('demo-province-40', size);
    await shot(page, `steps-markets-${w}`, '/markets', (p) => p.getByText('แหล่งรับซื้อตามประเภท').first().waitFor(), tall);
    await shot(page, `steps-events-${w}`, '/events', (p) => p.getByText('ตลาดนัดเกษตรกรจังหวัดขอนแก่น ครั้งที่ 11').first().waitFor());
    await context.close();
  }
  {
    const { context, page } = await session('demo-admin', size);
    await shot(page, `progress-country-${w}`, '/progress', (p) => p.getByTestId('progress-table').waitFor({ timeout: 60_000 }), size === 'desktop' ? 2200 : 2600);
    await shot(page, `progress-overdue-${w}`, '/progress?step=5&overdue=1', (p) => p.getByTestId('progress-table').waitFor({ timeout: 60_000 }), size === 'desktop' ? 1400 : 2000);
    await context.close();
  }
}

await finish();
