import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../scripts/lib/api.mjs';

/**
 * What the journeys do alike in the browser: sign a demo user in through the form, pick from a
 * Mantine Select, check that a page fits its width. The seed and screenshot scripts have theirs
 * in ../../scripts/lib.
 */

/** Options of another browser context, at a phone's or a desktop's size, in Thai and Bangkok time. */
export const PHONE = { viewport: { width: 360, height: 740 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' };
export const DESKTOP = { ...PHONE, viewport: { width: 1280, height: 900 } };

/** Signs a demo user in through the sign-in page and waits for the home page. */
export async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(page.getByRole('heading', { name: 'งานของฉัน' })).toBeVisible();
}

/**
 * Picks an option of a Mantine Select (a combobox with a listbox of options). `within`: where the
 * combobox is (a dialog); the listbox itself is portalled to the page.
 */
export async function pick(page: Page, label: string | RegExp, option: string, within: Page | Locator = page) {
  await within.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The page fits its width: no horizontal scroll of the page itself. */
export async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
