import { expect, test } from '@playwright/test';

/** The administrator finds a tambon in the geography browser and sees the audit trail of a sign-in. */
test('administrator: geography search and audit log', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('ชื่อผู้ใช้').fill('demo-admin');
  await page.getByLabel('รหัสผ่าน').fill('ntag-demo');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(page.getByRole('heading', { name: 'พื้นที่ของฉัน' })).toBeVisible();

  await page.goto('/geo/40/4001');
  await expect(page.getByText('ในเมือง', { exact: true }).first()).toBeVisible();

  await page.goto('/audit');
  await expect(page.getByText('auth.login').first()).toBeVisible();
});
