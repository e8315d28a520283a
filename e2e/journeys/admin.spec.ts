import { expect, test } from '@playwright/test';
import { signIn } from './support/ui';

/** The administrator finds a tambon in the geography browser and sees the audit trail of a sign-in, in words. */
test('administrator: geography search and audit log', async ({ page }) => {
  await signIn(page, 'demo-admin');

  await page.goto('/geo/40/4001');
  await expect(page.getByText('ในเมือง', { exact: true }).first()).toBeVisible();

  // Issue 15: the action in words, the person by name, the target by name instead of its UUID.
  await page.goto('/audit?kind=auth&person=demo-admin');
  const row = page.getByRole('row').filter({ has: page.getByTestId('audit-verb').filter({ hasText: /^เข้าสู่ระบบ$/ }) }).first();
  await expect(row).toContainText('ผู้ดูแลระบบ (ทดลอง)');
  await expect(row).toContainText('ผู้ใช้: ผู้ดูแลระบบ (ทดลอง) (demo-admin)');
});
