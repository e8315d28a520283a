import { expect, test } from '@playwright/test';
import { maskNationalId } from '@ntag/shared';
import { nationalId } from '../scripts/lib/ids.mjs';
import { noSidewaysScroll, PHONE, pick, signIn } from './support/ui';

/**
 * The farmer registry on a phone: a district officer of Mueang Khon Kaen reads the PDPA notice,
 * registers a farmer through the form (Thai names, birth date shown in the Buddhist era, land in
 * rai-ngan-wa, pond year in BE), then finds the farmer by name in the list. A ministry user then
 * sees the same farmer with the national id masked, and may reveal it (audited).
 */
test.use({ viewport: { width: 360, height: 740 } });

const ID = nationalId('340010055512');
const ID_FORMATTED = `${ID[0]}-${ID.slice(1, 5)}-${ID.slice(5, 10)}-${ID.slice(10, 12)}-${ID[12]}`;

test('district officer registers a farmer; the ministry sees the id masked', async ({ browser, page }) => {
  await signIn(page, 'demo-district-4001');

  // The menu (a drawer on a phone) leads to the registry.
  await page.getByRole('button', { name: 'เมนู' }).click();
  await page.getByRole('link', { name: 'ทะเบียนเกษตรกร' }).click();
  await expect(page.getByRole('heading', { name: 'ทะเบียนเกษตรกร' })).toBeVisible();
  // The page's own button (an empty list offers the same link again in its empty state).
  await page.getByRole('link', { name: 'เพิ่มเกษตรกร' }).first().click();
  await expect(page.getByRole('heading', { name: 'เพิ่มเกษตรกร' })).toBeVisible();

  // The PDPA notice is on the registration screen, with its details one tap away.
  const notice = page.getByTestId('pdpa-notice');
  await expect(notice.getByRole('heading', { name: 'การคุ้มครองข้อมูลส่วนบุคคล' })).toBeVisible();
  await expect(notice).toContainText('มาตรา 24(4)');
  await notice.getByRole('button', { name: 'อ่านรายละเอียด' }).click();
  await expect(notice).toContainText('ปิดบังบางส่วน');

  // The national id is checked as it is typed: a wrong check digit is flagged at once.
  const idInput = page.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' });
  const wrong = ID.slice(0, 12) + String((Number(ID[12]) + 1) % 10);
  await idInput.fill(wrong);
  await expect(page.getByText('เลขประจำตัวประชาชนไม่ถูกต้อง', { exact: false })).toBeVisible();
  await idInput.fill(ID);
  await expect(idInput).toHaveValue(ID_FORMATTED);
  await expect(page.getByText('เลขประจำตัวถูกต้อง')).toBeVisible();

  await pick(page, 'คำนำหน้า', 'นาง');
  await page.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('บุญเรือน');
  await page.getByRole('textbox', { name: 'นามสกุล' }).fill('ทองประเสริฐ');
  // Birth date: the browser's date input (ISO), read back in the Buddhist era beside it.
  await page.getByLabel('วันเกิด').fill('1968-04-13');
  await expect(page.getByText('13 เมษายน 2511')).toBeVisible();
  await page.getByRole('radio', { name: 'หญิง' }).check();
  await page.getByRole('textbox', { name: 'โทรศัพท์' }).fill('081-234-5678');

  // Address: a district officer's province and district are given; the tambon is chosen.
  await expect(page.getByTestId('area-locked')).toHaveText('จังหวัดขอนแก่น › อำเภอเมืองขอนแก่น');
  await pick(page, 'ตำบล', 'ในเมือง');

  // Land in rai-ngan-square wa; the pond year in BE.
  await page.getByRole('textbox', { name: 'ไร่' }).fill('5');
  await page.getByRole('textbox', { name: 'งาน' }).fill('2');
  await page.getByRole('textbox', { name: 'ตารางวา' }).fill('50');
  await expect(page.getByText('9,000 ตารางเมตร')).toBeVisible();
  await page.getByRole('checkbox', { name: 'ได้รับการขุดสระจากกรมพัฒนาที่ดินแล้ว' }).check();
  await page.getByRole('textbox', { name: 'ปีที่ขุดสระ (พ.ศ.)' }).fill('2565');
  await pick(page, 'กิจกรรมที่ 1', 'ปลูกพืช');
  await page.getByRole('textbox', { name: 'รายละเอียด' }).fill('ข้าวหอมมะลิ');
  await noSidewaysScroll(page);

  await page.getByRole('button', { name: 'บันทึกข้อมูลเกษตรกร' }).click();

  // The saved record, read back.
  await expect(page.getByRole('heading', { name: 'นางบุญเรือน ทองประเสริฐ' })).toBeVisible();
  await expect(page.getByText('บันทึกข้อมูลเกษตรกรแล้ว')).toBeVisible();
  await expect(page.getByTestId('national-id')).toHaveText(ID_FORMATTED);
  await expect(page.getByText('13 เมษายน 2511')).toBeVisible();
  await expect(page.getByText('5-2-50 ไร่', { exact: false })).toBeVisible();
  await expect(page.getByText('ขุดสระแล้ว พ.ศ. 2565')).toBeVisible();
  await expect(page.getByText('ปลูกพืช: ข้าวหอมมะลิ')).toBeVisible();
  await noSidewaysScroll(page);

  // Found by name in the list (the search box is debounced; the count says how many).
  await page.getByRole('link', { name: 'กลับไปทะเบียนเกษตรกร' }).click();
  await page.getByRole('searchbox').fill('บุญเรือน');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId('farmer-count')).toHaveText('แสดง 1 จาก 1 ราย');
  await expect(page.getByRole('link', { name: 'นางบุญเรือน ทองประเสริฐ' })).toBeVisible();
  await expect(page.getByText(ID_FORMATTED)).toBeVisible();
  await noSidewaysScroll(page);

  // The ministry follows the program from above: the id is masked, revealing one is audited.
  const ministry = await browser.newContext(PHONE);
  const mpage = await ministry.newPage();
  await signIn(mpage, 'demo-ministry');
  await mpage.goto('/farmers?q=' + encodeURIComponent('บุญเรือน'));
  await expect(mpage.getByTestId('farmer-count')).toHaveText('แสดง 1 จาก 1 ราย');
  await expect(mpage.getByText(maskNationalId(ID))).toBeVisible();
  await expect(mpage.getByText(ID_FORMATTED)).toHaveCount(0);
  await expect(mpage.getByRole('link', { name: 'เพิ่มเกษตรกร' })).toHaveCount(0);
  await mpage.getByRole('link', { name: 'นางบุญเรือน ทองประเสริฐ' }).click();
  await expect(mpage.getByTestId('national-id')).toHaveText(maskNationalId(ID));
  await expect(mpage.getByText('การเปิดดูเลขประจำตัวจะถูกบันทึก')).toBeVisible();
  await expect(mpage.getByRole('button', { name: 'แก้ไข' })).toHaveCount(0);
  await mpage.getByRole('button', { name: 'แสดงเลขประจำตัว' }).click();
  await expect(mpage.getByTestId('national-id')).toHaveText(ID_FORMATTED);
  await ministry.close();
});
