import { expect, test } from '@playwright/test';
import { DESKTOP, signIn } from './support/ui';

/**
 * The living demo (issue 15, docs/adr/0023): a fresh start with DEMO_DATA=full (the second
 * server of playwright.config.ts) already holds a year of work. Signed in as the Khon Kaen
 * province officer, the progress page lists the demo's groups at their steps and the dashboard
 * has numbers; every page says the data is demo data.
 */
/** playwright.config.ts starts it on E2E_PORT + 1. */
const DEMO_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
test.use({ ...DESKTOP, baseURL: `http://127.0.0.1:${DEMO_PORT}` });
/** `SHOTS=1`: also keep the pages as docs/screenshots/living-demo-*.png. */
const shot = (page: import('@playwright/test').Page, name: string) => (process.env.SHOTS ? page.screenshot({ path: `../docs/screenshots/living-demo-${name}.png` }) : Promise.resolve());

test('a fresh start shows groups on the progress page and numbers on the dashboard', async ({ page }) => {
  await signIn(page, 'demo-province-40');
  await expect(page.getByTestId('demo-banner')).toContainText('ข้อมูลสาธิต');

  await page.goto('/progress');
  const rows = page.getByTestId('progress-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBe(8);
  await expect(rows.filter({ hasText: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง (ตัวอย่าง)' })).toHaveCount(1);
  // Groups at different steps: some steps done, some overdue.
  await expect(page.locator('[data-testid="step-cell"][data-status="done"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="step-cell"][data-overdue="true"]').first()).toBeVisible();
  await shot(page, 'progress');

  await page.goto('/dashboard');
  const done = page.locator('[data-testid="funnel-done"][data-step="1"]');
  await expect(done).toHaveText('8');
  await expect(page.getByText('ขอนแก่น').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'dashboard');
});

test('the officer gives once the name and position the forms print on their signature lines', async ({ page }) => {
  await signIn(page, 'demo-district-5007');
  await page.goto('/password');
  const form = page.getByTestId('signer-form');
  await expect(form).toContainText('ยังไม่ได้กรอก');
  await form.getByLabel('ชื่อ–สกุล (พร้อมคำนำหน้า)').fill('นายสมศักดิ์ ใจมั่น');
  await form.getByLabel('ตำแหน่ง').fill('เกษตรอำเภอแม่ริม');
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(form).toContainText('บันทึกชื่อและตำแหน่งแล้ว');
  await shot(page, 'signer');
  // Asked once: a later visit shows what was given.
  await page.reload();
  await expect(page.getByTestId('signer-form').getByLabel('ตำแหน่ง')).toHaveValue('เกษตรอำเภอแม่ริม');
});
