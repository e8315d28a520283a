import { expect, test } from '@playwright/test';
import { formatDate, todayIso } from '@ntag/shared';
import { noSidewaysScroll } from './support/ui';

/**
 * A district officer of Mueang Khon Kaen signs in on a phone-sized screen, sees Thai and a
 * Buddhist-era date, sees exactly the 18 tambons of their district under "my area", and cannot
 * open user management for another province.
 */
test.use({ viewport: { width: 360, height: 740 } });

test('district officer: Thai, BE date, own tambons only, no other province', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('ชื่อผู้ใช้').fill('demo-district-4001');
  await page.getByLabel('รหัสผ่าน').fill('ntag-demo');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();

  // Home is the to-do (issue 15); "my area" with its figures and tambons is one tap away.
  await expect(page.getByRole('heading', { name: 'งานของฉัน' })).toBeVisible();
  // Today's date in the Buddhist era, e.g. "26 พฤศจิกายน 2569".
  const today = formatDate(todayIso(), 'th', 'long');
  expect(Number(today.slice(-4))).toBeGreaterThan(2560);
  await expect(page.getByText(today, { exact: false }).first()).toBeVisible();

  await page.getByTestId('home-area').click();
  await expect(page.getByRole('heading', { name: 'พื้นที่ของฉัน' })).toBeVisible();
  // Exactly the tambons of Mueang Khon Kaen, by code.
  const area = page.getByTestId('area-children');
  await expect(area.getByText('ในเมือง', { exact: true })).toBeVisible();
  const codes = await area.getByTestId('unit-code').allInnerTexts();
  expect(codes).toHaveLength(18);
  expect(codes.every((c) => c.trim().startsWith('4001'))).toBe(true);
  await expect(area.getByText('บ้านฝาง')).toHaveCount(0);

  // The page fits a 360-px phone: no horizontal scroll of the page itself.
  await noSidewaysScroll(page);

  // User management for Chiang Mai (province 50) is outside the district's scope.
  await page.goto('/users?unit=50');
  await expect(page.getByText('ไม่พบหน่วยงานนี้ หรืออยู่นอกขอบเขตของคุณ')).toBeVisible();
  await expect(page.getByText('demo-district-5007')).toHaveCount(0);
});

test('wrong password shows a Thai error and stays on the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('ชื่อผู้ใช้').fill('demo-district-4001');
  await page.getByLabel('รหัสผ่าน').fill('not-the-password');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(page.getByText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
