import { expect, test } from '@playwright/test';
import { signIn } from './support/ui';

/** The administrator finds a tambon in the geography browser and sees the audit trail of a sign-in. */
test('administrator: geography search and audit log', async ({ page }) => {
  await signIn(page, 'demo-admin');

  await page.goto('/geo/40/4001');
  await expect(page.getByText('ในเมือง', { exact: true }).first()).toBeVisible();

  await page.goto('/audit');
  await expect(page.getByText('auth.login').first()).toBeVisible();
});
