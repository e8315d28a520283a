import { expect, test, type Browser, type Page } from '@playwright/test';
import { formatMonth, todayIso } from '@ntag/shared';
import { EXPECTED, REPORT_COHORT, REPORT_PERIOD, seedReports } from '../scripts/seed-reports.mjs';
import { DESKTOP, noSidewaysScroll, PHONE, pick, signIn } from './support/ui';

/**
 * A month reported up the chain (issue #5). The records come first through the API
 * (scripts/seed-reports.mjs: two groups of cohort 2567 in Khon Kaen with last month's
 * learning, harvests, sales and a registered enterprise). Then, in the browser: the province
 * officer, on a 360 px phone, opens the draft for last month, checks its numbers, writes the
 * narrative and submits; the officer of the host agency (กรมปศุสัตว์, desktop) returns it with a
 * reason; the province sees the reason on its home page and in the bell, corrects and
 * resubmits; the agency accepts, and its กท.05 lists Khon Kaen as accepted with its numbers;
 * the ministry's dashboard shows the same numbers and the tile map, on a desktop and a phone.
 */
const MONTH = formatMonth(REPORT_PERIOD);
const REASON = 'ขอให้ระบุปัญหาน้ำท่วมแปลงผักและจำนวนครัวเรือนที่ได้รับผลกระทบ';
/** Due on the 5th of this month: submitting today is late from the 6th on. */
const LATE = todayIso().slice(8, 10) > '05';

/** A user signed in, in a browser context of their own at that size. */
async function signedIn(browser: Browser, username: string, options: typeof PHONE): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, username);
  return page;
}

/** A figure of the report's key-figures table: `month` or `total`. */
const figure = (page: Page, key: string, when = 'month') => page.getByTestId('report-key-figures').locator(`[data-key="${key}"][data-when="${when}"]`);

async function submitReport(page: Page, version: number) {
  await page.getByTestId('report-submit').click();
  const dialog = page.getByRole('dialog', { name: 'ยืนยันการส่งรายงาน' });
  await expect(dialog).toContainText(`ส่งรายงานเดือน${MONTH}ถึงหน่วยงานเจ้าภาพ`);
  await expect(dialog).toContainText(`ฉบับที่ ${version}`);
  await dialog.getByRole('button', { name: 'ส่งรายงาน' }).click();
  await expect(page.getByTestId('report-done')).toHaveText('ส่งรายงานเรียบร้อยแล้ว');
  await expect(page.getByTestId('report-state')).toHaveText('ส่งแล้ว รอตรวจ');
}

test('a province reports its month, the agency returns and then accepts it, the ministry sees the numbers and the map', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  await seedReports(baseURL!);

  // ── The province, on a phone: last month's draft, computed from the records ──────────────
  const province = await signedIn(browser, 'demo-province-40', PHONE);
  await province.getByRole('button', { name: 'เมนู' }).click();
  await province.getByRole('link', { name: 'รายงานประจำเดือน' }).click();
  await expect(province.getByRole('heading', { name: 'รายงานผลจังหวัดถึงหน่วยงานเจ้าภาพหลัก' })).toBeVisible();
  await expect(province.getByRole('combobox', { name: 'เดือนที่รายงาน' })).toHaveValue(MONTH);
  await expect(province.getByRole('combobox', { name: 'หน่วยงาน' })).toHaveValue('ขอนแก่น (40)');
  await expect(province.getByText(`ขอนแก่น · เดือน${MONTH}`)).toBeVisible();
  await expect(province.getByTestId('report-state')).toHaveText('ร่าง');
  await expect(figure(province, 'sale')).toHaveText('5,400');
  await expect(figure(province, 'productionValue')).toHaveText('6,300');
  await expect(figure(province, 'sessions')).toHaveText(String(EXPECTED.sessions));
  await expect(figure(province, 'attendance')).toHaveText(String(EXPECTED.attendance));
  await expect(figure(province, 'enterprises')).toHaveText(String(EXPECTED.registered));
  const cohort = province.locator(`[data-testid="report-cohort"][data-cohort="${REPORT_COHORT}"]`);
  await expect(cohort.getByTestId('report-cohort-summary')).toContainText('ตำบลที่มีผู้สมัคร 2 · กลุ่ม 2');
  // Harvests and sales of the month: step 4 and step 6 done by both groups within it.
  await expect(cohort.locator('[data-testid="step-done-month"][data-step="4"]')).toHaveText('2');
  await expect(cohort.locator('[data-testid="step-done-month"][data-step="6"]')).toHaveText('2');
  await noSidewaysScroll(province);

  await province.getByRole('textbox', { name: 'ผลการดำเนินงาน' }).fill('กลุ่มท่าพระจำหน่ายคะน้าที่ตลาดท้องถิ่น กลุ่มบ้านทุ่มจดทะเบียนวิสาหกิจชุมชน');
  await province.getByRole('textbox', { name: 'ปัญหาและอุปสรรค' }).fill('ฝนตกชุกปลายเดือน');
  await submitReport(province, 1);
  await expect(province.getByTestId('report-timeliness')).toContainText(LATE ? 'ส่งล่าช้า' : 'ส่งตรงเวลา');
  await expect(province.getByTestId('narrative-problems')).toHaveText('ฝนตกชุกปลายเดือน');
  await expect(province.getByTestId('report-version')).toHaveCount(1);

  // ── The host agency, on a desktop: its inbox, then a return with a reason ────────────────
  const agency = await signedIn(browser, 'demo-agency-ne', DESKTOP);
  await agency.getByRole('link', { name: 'รายงานประจำเดือน' }).click();
  await agency.getByTestId('tab-inbox').click();
  await expect(agency.getByTestId('inbox-summary')).toContainText('รอตรวจ 1');
  const row = agency.getByTestId('inbox-unit').and(agency.locator('[data-unit="40"]'));
  await row.click();
  await expect(agency.getByRole('heading', { name: `ขอนแก่น · ${MONTH}` })).toBeVisible();
  await expect(agency.getByTestId('narrative-results')).toContainText('กลุ่มท่าพระจำหน่ายคะน้า');
  await agency.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
  const returnDialog = agency.getByRole('dialog', { name: 'ส่งรายงานกลับให้แก้ไข' });
  await returnDialog.getByRole('button', { name: 'ส่งกลับ' }).click();
  await expect(returnDialog.getByText('โปรดระบุเหตุผลอย่างน้อย 3 ตัวอักษร')).toBeVisible();
  await returnDialog.getByRole('textbox', { name: 'เหตุผลที่ส่งกลับ' }).fill(REASON);
  await returnDialog.getByRole('button', { name: 'ส่งกลับ' }).click();
  await expect(agency.getByTestId('report-state')).toHaveText('ส่งกลับแก้ไข');
  const reportPath = new URL(agency.url()).pathname;

  // ── The province sees why: on its home page and in the bell; corrects and resubmits ──────
  await province.goto('/');
  await expect(province.getByTestId('home-returned')).toContainText(`รายงานเดือน${MONTH} ถูกส่งกลับให้แก้ไข`);
  await expect(province.getByTestId('home-returned-reason')).toHaveText(REASON);
  // The return is unread in the bell (beside the seed's proposals and what other journeys on the
  // same server left the province), and it is the newest note.
  await expect(province.getByTestId('notification-count')).toHaveText(/^[1-9]\d*$/);
  const unread = Number(await province.getByTestId('notification-count').textContent());
  await province.getByTestId('notification-bell').click();
  const note = province.getByTestId('notification').first();
  await expect(note).toContainText(`ขอนแก่น เดือน${MONTH}`);
  await expect(note).toContainText(`ส่งกลับให้แก้ไข: ${REASON}`);
  await note.click();
  await expect(province).toHaveURL(reportPath);
  await expect(province.getByTestId('report-return-reason')).toContainText(REASON);
  await expect(province.getByTestId('notification-count')).toHaveText(String(unread - 1)); // the return, read
  await province.getByRole('textbox', { name: 'ปัญหาและอุปสรรค' }).fill('ฝนตกชุกปลายเดือน น้ำท่วมแปลงผักของสมาชิก 2 ครัวเรือน');
  await submitReport(province, 2);
  const first = province.locator('[data-testid="report-version"][data-version="1"]');
  await expect(first).toContainText('ส่งกลับ');
  await expect(first).toContainText(REASON);
  await noSidewaysScroll(province);
  await province.goto('/');
  await expect(province.getByRole('heading', { name: 'งานของฉัน' })).toBeVisible();
  await expect(province.getByTestId('home-returned')).toHaveCount(0);

  // ── The agency accepts; its กท.05 counts Khon Kaen ──────────────────────────────────────
  await agency.reload();
  await agency.getByRole('button', { name: 'รับรายงาน' }).click();
  await agency.getByRole('dialog', { name: 'ยืนยันการรับรายงาน' }).getByRole('button', { name: 'รับรายงาน' }).click();
  await expect(agency.getByTestId('report-state')).toHaveText('รับรายงานแล้ว');
  await agency.goto(`/reports?unit=DLD&period=${REPORT_PERIOD}&tab=report`);
  await expect(agency.getByRole('heading', { name: 'รายงานความก้าวหน้า แบบ กท.05' })).toBeVisible();
  await expect(agency.getByTestId('kt05-summary')).toContainText('รับรายงานแล้ว 1 จาก');
  const kk = agency.locator('[data-testid="kt05-accepted"][data-province="40"]');
  await expect(kk).toHaveAttribute('data-accepted', 'true');
  await expect(kk).toHaveText('รับแล้ว');
  await expect(agency.locator('[data-testid="kt05-accepted"][data-province="30"]')).toHaveText('ยังไม่ได้รับ');
  await expect(figure(agency, 'sale')).toHaveText('5,400');
  await expect(figure(agency, 'productionValue')).toHaveText('6,300');

  // ── The ministry's dashboard for cohort 2567: the same numbers, the map ─────────────────
  const ministry = await signedIn(browser, 'demo-ministry', DESKTOP);
  await ministry.getByRole('link', { name: 'แดชบอร์ด' }).click();
  await pick(ministry, 'ปีรุ่น', `พ.ศ. ${REPORT_COHORT}`);
  await expect(ministry).toHaveURL(new RegExp(`cohort=${REPORT_COHORT}`));
  const totals = ministry.getByTestId('dashboard-totals');
  await expect(totals.getByText('กลุ่ม', { exact: true }).locator('xpath=..')).toHaveText(`กลุ่ม${EXPECTED.groups}`);
  await expect(totals.getByText('สมาชิก (ราย)', { exact: true }).locator('xpath=..')).toHaveText(`สมาชิก (ราย)${EXPECTED.members}`);
  await expect(totals.getByText('มูลค่าการจำหน่าย (บาท)', { exact: true }).locator('xpath=..')).toHaveText('มูลค่าการจำหน่าย (บาท)5,400');
  for (const [step, [done, overdue]] of Object.entries(EXPECTED.funnel)) {
    await expect(ministry.locator(`[data-testid="funnel-done"][data-step="${step}"]`)).toHaveText(String(done));
    await expect(ministry.locator(`[data-testid="funnel-overdue"][data-step="${step}"]`)).toHaveText(String(overdue));
  }
  await expect(ministry.getByTestId('enterprises-registered')).toHaveText(String(EXPECTED.registered));
  const tile = (code: string) => ministry.locator(`[data-testid="tile"][data-province="${code}"]`);
  await expect(ministry.locator('[data-testid="tile"]')).toHaveCount(77);
  await expect(tile('40')).toHaveAttribute('data-value', String(EXPECTED.groups));
  await expect(tile('40')).not.toHaveAttribute('data-colour', '#e9ecef');
  await expect(tile('40')).toContainText('ขก');
  await expect(tile('50')).not.toHaveAttribute('data-value');
  await expect(tile('50')).toHaveAttribute('data-colour', '#e9ecef');
  // Coloured by sales value instead; then Khon Kaen's districts.
  await pick(ministry, 'แสดงสีตาม', 'มูลค่าการจำหน่าย (บาท)');
  await expect(tile('40')).toHaveAttribute('data-value', String(EXPECTED.saleValue));
  await tile('40').click();
  const drill = ministry.getByTestId('district-drill');
  await expect(drill.getByRole('heading', { name: 'รายอำเภอ จังหวัดขอนแก่น' })).toBeVisible();
  await expect(drill.locator('[data-testid="area-value"][data-code="4001"]')).toHaveText('5,400');

  // The same dashboard on a phone: the whole map fits, nothing scrolls sideways.
  const phone = await signedIn(browser, 'demo-ministry', PHONE);
  await phone.goto(`/dashboard?cohort=${REPORT_COHORT}`);
  const map = phone.getByTestId('tile-map');
  await expect(map.locator(`[data-province="40"]`)).toHaveAttribute('data-value', String(EXPECTED.groups));
  const box = await map.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await noSidewaysScroll(phone);
});
