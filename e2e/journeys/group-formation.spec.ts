import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { nationalId } from '../scripts/lib/ids.mjs';
import { noSidewaysScroll, PHONE, pick, signIn } from './support/ui';

/**
 * Steps 1–2 end to end. The district officer of Mueang Khon Kaen imports three farmers from a
 * CSV file, proposes them as candidates of tambon Nai Mueang for cohort 2569 with the four
 * criteria (แบบ กท.01); the provincial officer, on a phone, selects them; the district officer
 * forms the model group, adds the three as members, names a president and a secretary (the
 * group is then "formed"), fills the group plan (แบบ กท.03) with one product and a market, and
 * prints the group's file as one PDF.
 */
const COHORT = '2569';

const FARMERS = [
  { title: 'นาง', first: 'อำไพ', last: 'ภูผาทอง', sex: 'หญิง', id: nationalId('340010077701') },
  { title: 'นาย', first: 'เกียรติศักดิ์', last: 'ภูผาทอง', sex: 'ชาย', id: nationalId('340010077702') },
  { title: 'นางสาว', first: 'จันทร์เพ็ญ', last: 'ภูผาทอง', sex: 'หญิง', id: nationalId('340010077703') },
];
const fullName = (f: (typeof FARMERS)[number]) => `${f.title}${f.first} ${f.last}`;
const [PRESIDENT, SECRETARY] = [fullName(FARMERS[0]!), fullName(FARMERS[1]!)];

/** The import template's Thai headings (GET /api/farmers/import-template.xlsx), the columns used here. */
const HEADINGS = [
  'เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด (วว/ดด/ปปปป พ.ศ.)', 'เพศ', 'บ้านเลขที่', 'หมู่ที่', 'รหัสตำบล',
  'พื้นที่แปลง (ไร่)', 'พื้นที่แปลง (งาน)', 'พื้นที่แปลง (ตารางวา)', 'ขุดสระโดยกรมพัฒนาที่ดิน (มี/ไม่มี)', 'ปีที่ขุดสระ (พ.ศ.)',
  'กิจกรรมหลัก (เช่น ปลูกพืช: ข้าว; เลี้ยงสัตว์: ไก่)',
];
const CSV =
  '\ufeff' +
  [
    HEADINGS,
    ...FARMERS.map((f, i) => [f.id, f.title, f.first, f.last, `0${i + 1}/05/2515`, f.sex, `7${i}`, '3', '400101', '4', '1', '0', 'มี', '2564', 'ปลูกพืช: ผักบุ้ง; ประมง: ปลานิล']),
  ]
    .map((row) => row.map((v) => `"${v}"`).join(','))
    .join('\r\n');

test('district proposes, province selects, district forms the group, plans it and prints its file', async ({ browser, page }) => {
  // ── District: import three farmers ───────────────────────────────────────────────────────
  await signIn(page, 'demo-district-4001');
  await page.goto('/farmers/import');
  await page.locator('input[type="file"]').setInputFiles({ name: 'ภูผาทอง.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
  await expect(page.getByTestId('import-report')).toContainText('ไม่พบปัญหา');
  await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
  await expect(page.getByTestId('import-result')).toBeVisible();

  // ── District: propose the three with the four criteria (แบบ กท.01) ──────────────────────
  await page.getByRole('link', { name: 'คัดเลือกเกษตรกร (กท.01)' }).click();
  await expect(page.getByRole('heading', { name: 'คัดเลือกเกษตรกร (แบบ กท.01)' })).toBeVisible();
  await pick(page, 'ปีรุ่น', `พ.ศ. ${COHORT}`);
  await pick(page, 'ตำบล', 'ในเมือง');
  await expect(page.getByRole('heading', { name: `ตำบลในเมือง ปีรุ่น ${COHORT}` })).toBeVisible();
  await page.getByRole('button', { name: 'เสนอรายชื่อ' }).click();
  const propose = page.getByRole('dialog');
  for (const f of FARMERS) {
    await propose.getByRole('searchbox').fill(f.first);
    await propose.getByRole('button', { name: `เลือก ${fullName(f)}` }).click();
    // Criterion 1 comes from the registry (pond dug in 2564); the district ticks the others.
    await expect(propose.getByRole('checkbox', { name: /^1\)/ })).toBeChecked();
    await expect(propose.getByRole('textbox', { name: 'หมายเหตุเกณฑ์ข้อ 1' })).toHaveValue('ขุดสระเมื่อ พ.ศ. 2564');
    await propose.getByRole('checkbox', { name: /^2\)/ }).check();
    await propose.getByRole('textbox', { name: 'หมายเหตุเกณฑ์ข้อ 2' }).fill('ปลูกผักบุ้งและเลี้ยงปลานิลเช่นเดียวกับกลุ่ม');
    await propose.getByRole('checkbox', { name: /^3\)/ }).check();
    await propose.getByRole('checkbox', { name: /^4\)/ }).check();
    await expect(propose.getByRole('radio', { name: 'เสนอ', exact: true })).toHaveAttribute('aria-checked', 'true');
    await propose.getByRole('button', { name: 'บันทึกการเสนอ' }).click();
    await expect(propose.getByTestId('proposed-saved')).toContainText(fullName(f));
  }
  await propose.getByRole('button', { name: 'ปิด', exact: true }).click();
  const counts = page.getByTestId('selection-summary');
  await expect(counts).toContainText('อำเภอเสนอ3');
  await expect(counts).toContainText('รอพิจารณา3');

  // ── Province, on a phone: select the three ─────────────────────────────────────────────
  const provinceContext = await browser.newContext(PHONE);
  const province = await provinceContext.newPage();
  await signIn(province, 'demo-province-40');
  await province.goto(`/selection?cohort=${COHORT}&area=400101`);
  await expect(province.getByTestId('selection-summary')).toContainText('รอพิจารณา3');
  for (const f of FARMERS) {
    await province.getByRole('button', { name: `คัดเลือก ${fullName(f)}`, exact: true }).click();
    const dialog = province.getByRole('dialog');
    await expect(dialog.getByText('ขุดสระเมื่อ พ.ศ. 2564', { exact: false })).toBeVisible();
    await dialog.getByRole('button', { name: 'ยืนยันคัดเลือก' }).click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(province.getByTestId('selection-summary')).toContainText('จังหวัดคัดเลือก3');
  await noSidewaysScroll(province);
  await provinceContext.close();

  // ── District: form the group ───────────────────────────────────────────────────────────
  await page.getByRole('link', { name: 'กลุ่มต้นแบบ' }).click();
  await expect(page.getByRole('heading', { name: 'กลุ่มต้นแบบ' })).toBeVisible();
  await page.getByRole('button', { name: 'จัดตั้งกลุ่ม' }).click();
  const form = page.getByRole('dialog');
  await pick(page, 'ตำบล', 'ในเมือง', form);
  await expect(form.getByTestId('selected-in-tambon')).toContainText('3 ราย');
  await expect(form.getByRole('textbox', { name: 'ชื่อกลุ่ม' })).toHaveValue('กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง');
  await form.getByLabel('วันที่จัดตั้งกลุ่ม').fill('2026-07-15');
  await expect(form.getByText('15 กรกฎาคม 2569')).toBeVisible();
  await form.getByRole('button', { name: 'จัดตั้งกลุ่ม' }).click();
  await expect(page.getByRole('heading', { name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง' })).toBeVisible();
  await expect(page.getByTestId('formed-badge').first()).toHaveText('ยังไม่มีประธาน');

  // Members: exactly the three the province selected are offered.
  const add = page.getByTestId('add-members');
  for (const f of FARMERS) await expect(add.getByRole('button', { name: `เพิ่ม ${fullName(f)} เป็นสมาชิก` })).toBeVisible();
  await add.getByRole('button', { name: 'เพิ่มทุกคน (3 ราย)' }).click();
  await expect(page.getByText('สมาชิกกลุ่ม (3 คน)')).toBeVisible();

  // Committee: a president (the group is then formed) and a secretary.
  await pick(page, `ตำแหน่งของ ${PRESIDENT}`, 'ประธาน');
  await pick(page, `ตำแหน่งของ ${SECRETARY}`, 'เลขานุการ');
  await page.getByRole('button', { name: 'บันทึกคณะกรรมการ' }).click();
  await expect(page.getByText('บันทึกคณะกรรมการแล้ว')).toBeVisible();
  await expect(page.getByTestId('formed-badge').first()).toHaveText('จัดตั้งแล้ว');

  // ── District: the group plan (แบบ กท.03) with one product and a market ──────────────────
  await page.getByRole('link', { name: 'แผนการผลิตและการตลาดของกลุ่ม (กท.03)' }).click();
  await expect(page.getByRole('heading', { name: 'แผนการผลิตและการตลาดของกลุ่ม (แบบ กท.03)' })).toBeVisible();
  await page.getByRole('button', { name: 'เพิ่มผลผลิต' }).click();
  await page.getByRole('textbox', { name: 'ชนิดผลผลิตที่ 1' }).fill('ผักบุ้ง');
  await pick(page, 'หน่วยของผลผลิตที่ 1', 'กิโลกรัม');
  for (const month of ['ม.ค.', 'ก.พ.', 'มี.ค.']) await page.getByRole('textbox', { name: `${month} ผักบุ้ง` }).fill('120');
  await expect(page.getByTestId('product-total')).toHaveText('360');
  await page.getByRole('button', { name: 'เพิ่มช่องทาง' }).click();
  await pick(page, 'ช่องทาง', 'ตลาดเกษตรกร');
  await page.getByRole('textbox', { name: 'ตลาดเป้าหมาย' }).fill('ตลาดเกษตรกรจังหวัดขอนแก่น');
  await page.getByRole('button', { name: 'บันทึกแผน กท.03' }).click();
  await expect(page.getByText('บันทึกแผนเรียบร้อยแล้ว')).toBeVisible();
  // The roll-up against the members' กท.02 (none yet): the whole group plan is a difference.
  const rollup = page.getByTestId('rollup');
  await expect(rollup.getByTestId('members-with-plan')).toHaveText('สมาชิกที่มีแผนแล้ว 0/3');
  await expect(rollup.getByRole('cell', { name: 'ผักบุ้ง' })).toBeVisible();
  await expect(rollup.getByText('+360')).toBeVisible();

  // ── District: print the group's file (cover, กท.03, each member's กท.02) ─────────────────
  await page.getByRole('link', { name: 'กลับไปหน้ากลุ่ม' }).click();
  const [response, download] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/forms/group.pdf')),
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'พิมพ์แฟ้มกลุ่ม (PDF)' }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});
