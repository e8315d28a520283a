import { expect, test } from '@playwright/test';
import { signIn as apiSignIn } from '../scripts/lib/api.mjs';
import { formGroup } from '../scripts/lib/groups.mjs';
import { nationalId } from '../scripts/lib/ids.mjs';
import { noSidewaysScroll, PHONE, pick, signIn } from './support/ui';

/**
 * Steps 4 and 6 from the field. The group state comes from the API (as the district and the
 * province would enter it): two farmers of tambon Nai Mueang registered, proposed and selected
 * for cohort 2568, and a group formed with a president. Then the tambon worker, on a 360 px
 * phone, records a harvest (Thai digits, uses with the remainder shown as typed) and a sale
 * (value worked out from quantity × price) through the UI; the district officer then opens the
 * progress of อำเภอเมืองขอนแก่น and sees steps 4 and 6 of that group done, step 5 not.
 *
 * Cohort 2568 keeps this journey clear of group-formation.spec.ts, which forms the 2569 group
 * of the same tambon.
 */
const COHORT = 2568;
const TAMBON = '400101';
const GROUP_NAME = 'กลุ่มเกษตรทฤษฎีใหม่บ้านโนนทัน (ทดสอบบันทึกภาคสนาม)';

/** District registers and proposes two farmers, province selects them, district forms the group with a president. */
async function formNonThanGroup(baseURL: string): Promise<string> {
  const group = await formGroup(await apiSignIn(baseURL, 'demo-district-4001'), await apiSignIn(baseURL, 'demo-province-40'), {
    key: 'field-records:nonthan', tambon: TAMBON, cohort: COHORT, name: GROUP_NAME, foundedOn: '2025-07-10', pondYear: 2564,
    people: [
      { first: 'บัวผัน', last: 'โนนทัน', nationalId: nationalId('340010088801') },
      { first: 'สมหมาย', last: 'โนนทัน', nationalId: nationalId('340010088802') },
    ],
  });
  return group.id;
}

test('tambon worker records a harvest and a sale on a phone; the district sees steps 4 and 6 done', async ({ browser, page, baseURL }) => {
  const groupId = await formNonThanGroup(baseURL!);

  // ── Tambon worker, on a 360 px phone ─────────────────────────────────────────────────────
  const phone = await browser.newContext(PHONE);
  const worker = await phone.newPage();
  await signIn(worker, 'demo-tambon-400101');
  await worker.goto(`/groups/${groupId}`);
  await expect(worker.getByRole('heading', { name: GROUP_NAME })).toBeVisible();
  await expect(worker.getByTestId('group-stepper').locator('li[data-step="4"]')).toHaveAttribute('data-status', 'not_started');

  // Step 4: a harvest of kale, typed with Thai digits; the remainder follows the uses.
  await worker.getByTestId('group-step-nav').getByRole('link', { name: '4 ผลผลิต' }).click();
  await expect(worker.getByRole('heading', { name: 'ขั้นตอนที่ 4 ผลผลิตของกลุ่ม' })).toBeVisible();
  await expect(worker.getByRole('combobox', { name: 'ของใคร' })).toHaveValue('ทั้งกลุ่ม');
  await pick(worker, 'ผลผลิต', 'คะน้า');
  await expect(worker.getByRole('combobox', { name: 'หน่วย' })).toHaveValue('กิโลกรัม');
  await worker.getByRole('textbox', { name: 'ปริมาณผลผลิต' }).fill('๑๒');
  await worker.getByRole('textbox', { name: 'บริโภคในครัวเรือน' }).fill('2');
  await worker.getByRole('textbox', { name: 'จำหน่าย', exact: true }).fill('8');
  await expect(worker.getByTestId('uses-left')).toHaveText('ใช้ไป 10 จาก 12 กิโลกรัม · เหลือ 2 กิโลกรัม');
  await noSidewaysScroll(worker);
  await worker.getByRole('button', { name: 'บันทึกผลผลิต' }).click();
  await expect(worker.getByTestId('record-saved')).toContainText('บันทึกแล้ว: คะน้า 12 กิโลกรัม');
  await expect(worker.getByText('คะน้า 12 กิโลกรัม', { exact: true })).toBeVisible();
  // The next entry starts from the same product.
  await expect(worker.getByRole('combobox', { name: 'ผลผลิต' })).toHaveValue('คะน้า');

  // Step 6: a sale at the local market; the value is quantity × price.
  await worker.getByTestId('group-step-nav').getByRole('link', { name: '6 แลกเปลี่ยน/จำหน่าย' }).click();
  await expect(worker.getByRole('heading', { name: 'ขั้นตอนที่ 6 การแลกเปลี่ยนและจำหน่ายผลผลิต' })).toBeVisible();
  await expect(worker.getByRole('radio', { name: 'จำหน่าย' })).toHaveAttribute('aria-checked', 'true');
  await pick(worker, 'ช่องทาง', 'ตลาดท้องถิ่น');
  await pick(worker, 'ผลผลิต', 'คะน้า');
  await worker.getByRole('textbox', { name: 'ปริมาณ', exact: true }).fill('8');
  await worker.getByRole('textbox', { name: 'ราคาต่อหน่วย', exact: true }).fill('25');
  await expect(worker.getByTestId('sale-value')).toHaveText('มูลค่า 8 กิโลกรัม × 25 บาท = 200 บาท');
  await noSidewaysScroll(worker);
  await worker.getByRole('button', { name: 'บันทึกการจำหน่าย' }).click();
  await expect(worker.getByTestId('record-saved')).toContainText('มูลค่า 200 บาท');
  await expect(worker.getByTestId('kind-badge').first()).toHaveText('จำหน่าย');
  await phone.close();

  // ── District officer: the progress of อำเภอเมืองขอนแก่น ──────────────────────────────────
  await signIn(page, 'demo-district-4001');
  await page.getByRole('link', { name: 'ความก้าวหน้า 7 ขั้นตอน', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ความก้าวหน้า 7 ขั้นตอน' })).toBeVisible();
  await expect(page.getByText('เมืองขอนแก่น · ข้อมูล ณ วันที่')).toBeVisible();
  // The district's tambons are counted by the server (issue 16): ในเมือง has this group, step 4 done.
  const area = page.getByTestId('progress-area').and(page.locator('[data-code="400101"]'));
  await expect(area).toBeVisible();
  await expect(area).toContainText('ในเมือง');
  const row = page.getByTestId('progress-row').and(page.locator(`[data-group="${groupId}"]`));
  await expect(row).toBeVisible();
  const cell = (step: number) => row.locator(`[data-testid="step-cell"][data-step="${step}"]`);
  await expect(cell(4)).toHaveAttribute('data-status', 'done');
  await expect(cell(4)).toContainText('ขั้นตอนที่ 4 เสร็จแล้ว');
  await expect(cell(6)).toHaveAttribute('data-status', 'done');
  await expect(cell(6)).toContainText('ขั้นตอนที่ 6 เสร็จแล้ว');
  await expect(cell(5)).not.toHaveAttribute('data-status', 'done');
  await expect(cell(5)).toContainText('ขั้นตอนที่ 5 ยังไม่เริ่ม');
  // "ใครล่าช้า": step 5 of cohort 2568 was due in 2025, so the group is among the late ones.
  const lateOnly = page.getByRole('switch', { name: 'เฉพาะกลุ่มที่เลยกำหนด (ใครล่าช้า)' });
  await lateOnly.click();
  await expect(lateOnly).toBeChecked();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(row).toBeVisible();
  await expect(cell(5)).toHaveAttribute('data-overdue', 'true');
});
