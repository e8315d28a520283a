import { expect, test, type Browser, type Page } from '@playwright/test';
import { formatMonth, todayIso } from '@ntag/shared';
import { COMMITTEE, MARKET_GROUP, seedMarket } from '../scripts/seed-market.mjs';
import { DESKTOP, noSidewaysScroll, PHONE, signIn } from './support/ui';

/**
 * Selling, not only recording (issue #14). A group publishes its products (scripts/seed-market.mjs,
 * through the API as its committee would). A buyer who has never heard of NTAG, on a 360 px phone
 * and without signing in, finds morning glory by a Thai search, opens the product and asks to buy
 * through the plain HTML form; the group's committee, on its phone, opens the enquiry from its
 * market screen, sees the buyer's contact, accepts and records the delivery; the buyer's private
 * link shows it delivered; the district sees the enquiry on its dashboard; the province's report
 * for the month counts the sale.
 */
const period = todayIso().slice(0, 7);

async function signedIn(browser: Browser, username: string, options: typeof PHONE): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, username);
  return page;
}

/** The province's draft report for this month: the value of sales in the month, as shown. */
async function monthSales(page: Page): Promise<number> {
  await page.goto(`/reports?unit=40&period=${period}`);
  await expect(page.getByText(`ขอนแก่น · เดือน${formatMonth(period)}`)).toBeVisible();
  const text = await page.getByTestId('report-key-figures').locator('[data-key="sale"][data-when="month"]').textContent();
  return Number((text ?? '').replace(/[^\d.]/g, '') || 0);
}

test('a buyer finds a product by Thai search on a phone and asks to buy; the group accepts and delivers; the district and the province see it', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  await seedMarket(baseURL!);
  const province = await signedIn(browser, 'demo-province-40', DESKTOP);
  const salesBefore = await monthSales(province);

  // ── The buyer, on a phone, signed out: a Thai search, the product, the enquiry form ───────
  const buyer = await (await browser.newContext(PHONE)).newPage();
  await buyer.goto('/market');
  await expect(buyer.getByRole('heading', { name: 'ตลาดกลุ่มเกษตรทฤษฎีใหม่' })).toBeVisible();
  await buyer.getByRole('searchbox', { name: 'ค้นหาสินค้า' }).fill('ผักบุ้ง');
  await buyer.getByRole('button', { name: 'ค้นหา', exact: true }).click();
  await expect(buyer.getByText('พบ 1 รายการ')).toBeVisible();
  await noSidewaysScroll(buyer);
  await buyer.getByRole('link', { name: /ผักบุ้ง/ }).click();
  await expect(buyer.getByRole('heading', { name: 'ผักบุ้ง', exact: true })).toBeVisible();
  await expect(buyer.getByText('25–30 บาท/กิโลกรัม')).toBeVisible();
  await expect(buyer.getByText(`กลุ่มผู้ผลิต: ${MARKET_GROUP}`)).toBeVisible();
  await noSidewaysScroll(buyer);
  // A mistake first: the page comes back with the field named and what was typed kept.
  await buyer.getByLabel('ชื่อผู้ซื้อหรือชื่อร้าน').fill('ร้านครัวคุณแม่');
  await buyer.getByRole('button', { name: 'ส่งคำสั่งซื้อ' }).click();
  await expect(buyer.getByText('ใส่จำนวนมากกว่า 0')).toBeVisible();
  await expect(buyer.getByLabel('ชื่อผู้ซื้อหรือชื่อร้าน')).toHaveValue('ร้านครัวคุณแม่');
  await buyer.getByLabel('จำนวนที่ต้องการ (กิโลกรัม)').fill('20');
  await buyer.getByLabel('ผู้ซื้อเป็น').selectOption('restaurant');
  await buyer.getByLabel('ช่องทางตอบกลับ (โทรศัพท์ อีเมล หรือ LINE ID)').fill('081-234-5678');
  await buyer.getByLabel('ข้อความถึงกลุ่ม').fill('ต้องการผักบุ้งทุกวันจันทร์ ส่งที่ร้านได้ไหมครับ');
  await buyer.getByRole('button', { name: 'ส่งคำสั่งซื้อ' }).click();
  await expect(buyer.getByText('ส่งคำสั่งซื้อถึงกลุ่มแล้ว')).toBeVisible();
  await expect(buyer.getByText('รอคำตอบ')).toBeVisible();
  const followUrl = buyer.url().replace(/\?.*$/, '');
  expect(followUrl).toMatch(/\/market\/follow\/[\w-]{40,}$/);

  // ── The group's committee, on its phone: the enquiry, the buyer's contact, accept, deliver ─
  const committee = await signedIn(browser, COMMITTEE, PHONE);
  await committee.getByRole('button', { name: 'เมนู' }).click();
  await committee.getByRole('link', { name: 'ตลาดของกลุ่ม' }).click();
  await expect(committee.getByRole('heading', { name: 'ตลาดของกลุ่ม' })).toBeVisible();
  await committee.getByRole('button', { name: 'ผักบุ้ง 20 กิโลกรัม' }).click();
  const enquiry = committee.getByTestId('enquiry');
  await expect(enquiry).toContainText('081-234-5678');
  await expect(enquiry).toContainText('ต้องการผักบุ้งทุกวันจันทร์');
  await enquiry.getByRole('textbox', { name: 'ข้อความถึงผู้ซื้อ' }).fill('ส่งได้ทุกวันจันทร์ก่อน 9 โมงครับ');
  await enquiry.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await expect(enquiry).toHaveAttribute('data-status', 'accepted');
  await enquiry.getByRole('textbox', { name: 'มูลค่า (บาท)' }).fill('500');
  await enquiry.getByRole('button', { name: 'บันทึกการส่งมอบ' }).click();
  await expect(enquiry).toHaveAttribute('data-status', 'delivered');
  await expect(enquiry.getByRole('link', { name: 'ดูรายการขายของกลุ่ม' })).toBeVisible();
  await noSidewaysScroll(committee);

  // ── The buyer's private link shows the answer and the delivery ───────────────────────────
  await buyer.goto(followUrl);
  await expect(buyer.getByText('ส่งได้ทุกวันจันทร์ก่อน 9 โมงครับ')).toBeVisible();
  await expect(buyer.locator('.status')).toHaveText('ส่งมอบแล้ว');

  // ── The district's dashboard counts it; the province's report for the month has the sale ──
  const district = await signedIn(browser, 'demo-district-4001', DESKTOP);
  await district.goto('/dashboard');
  const section = district.getByTestId('dashboard-enquiries');
  await expect(section.locator('[data-key="received"]')).toContainText('1');
  await expect(section.locator('[data-key="delivered"]')).toContainText('1');
  await expect(section.locator('[data-key="value"]')).toContainText('500');
  await expect(section.getByRole('link', { name: MARKET_GROUP })).toBeVisible();
  expect(await monthSales(province)).toBe(salesBefore + 500);
});
