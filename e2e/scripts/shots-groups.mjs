// Screenshots of steps 1–2 (selection กท.01 and its summary, model groups, plans กท.02 and
// กท.03) at 1280 and 360 px, for docs/screenshots/{selection,groups,plans}-*.png. Needs a
// running server with the built web app; the demo data is entered first through the API
// (seed-groups.mjs, safe to repeat):
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-grp PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-groups.mjs [baseUrl]
import { launchBrowser, shooter } from './lib/shots.mjs';
import { COHORT, TAMBON, seedGroups } from './seed-groups.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';

const { groupId, farmers } = await seedGroups(base);
const somjai = farmers.find((f) => f.firstName === 'สมใจ');

const browser = await launchBrowser();
const { session, shot, dialogShot, snap, finish } = shooter(base, browser);

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
    await snap(page, `plans-kt03-rollup-${w}`);
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

await finish();
