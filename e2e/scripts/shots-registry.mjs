// Screenshots of the farmer registry (list, form, farmer, import report) at 1280 and 360 px,
// for docs/screenshots/registry-*.png. Needs a running server with the built web app and some
// farmers in Mueang Khon Kaen (4001):
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-reg PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-registry.mjs [baseUrl]
// The import step really imports a small generated CSV (valid rows are written).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nationalId } from './lib/ids.mjs';
import { heading, launchBrowser, shooter } from './lib/shots.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';

// A small import file: good rows and the usual mistakes (wrong check digit, 5 ngan, a tambon of
// another province, a row without a last name, the same id twice).
const HEAD = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด (วว/ดด/ปปปป พ.ศ.)', 'เพศ', 'รหัสตำบล', 'พื้นที่แปลง (ไร่)', 'พื้นที่แปลง (งาน)', 'พื้นที่แปลง (ตารางวา)', 'ขุดสระโดยกรมพัฒนาที่ดิน (มี/ไม่มี)', 'ปีที่ขุดสระ (พ.ศ.)'];
const good = (n, first, last) => [nationalId(`31001${String(n).padStart(7, '0')}`), 'นาย', first, last, '12/05/2510', 'ชาย', '400102', '5', '2', '50', 'มี', '2565'];
const rows = [
  good(1, 'ทองม้วน', 'ดีงาม'),
  good(2, 'บุญหลาย', 'ศรีนวล'),
  ['3100100000019', 'นาง', 'คำพอง', 'ใจซื่อ', '01/01/2515', 'หญิง', '400103', '3', '0', '0', 'มี', '2564'],
  good(4, 'สมหวัง', 'มีสุข').map((v, i) => (i === 8 ? '5' : v)),
  good(5, 'ประยงค์', 'แดนดี').map((v, i) => (i === 6 ? '500701' : v)),
  good(6, 'อุไร', '').map((v, i) => (i === 1 ? 'นาง' : v)),
  good(7, 'จำปา', 'หอมกลิ่น'),
  good(7, 'จำปี', 'หอมกลิ่น'),
  good(9, 'บุญส่ง', 'ทองแท้').map((v, i) => (i === 11 ? '1999x' : v)),
];
const csvFile = path.join(os.tmpdir(), 'ntag-registry-shots.csv');
writeFileSync(csvFile, '\ufeff' + [HEAD, ...rows].map((r) => r.map((v) => `"${v}"`).join(',')).join('\r\n'));

const browser = await launchBrowser();
const { session, shot, finish } = shooter(base, browser);

/** A link to one farmer (/farmers/<uuid>), not to /farmers/new or /farmers/import. */
const FARMER_LINK = 'main a[href^="/farmers/"]:not([href="/farmers/new"]):not([href="/farmers/import"])';

for (const size of ['desktop', 'phone']) {
  const w = size === 'desktop' ? 1280 : 360;
  {
    const { context, page } = await session('demo-district-4001', size);
    await shot(page, `registry-list-${w}`, '/farmers', (p) => p.getByTestId('farmer-count').waitFor());
    await page.getByRole('searchbox').fill('สมใจ');
    await page.waitForURL(/q=/);
    await page.getByTestId('farmer-count').waitFor();
    await shot(page, `registry-search-${w}`);
    await shot(page, `registry-new-${w}`, '/farmers/new', heading('เพิ่มเกษตรกร'), true);
    // Invalid id (wrong check digit) and nothing else: the errors under their fields.
    await page.getByLabel('เลขประจำตัวประชาชน').fill('1234567890120');
    await page.getByRole('button', { name: 'บันทึกข้อมูลเกษตรกร' }).click();
    await shot(page, `registry-new-errors-${w}`, undefined, (p) => p.getByText('โปรดแก้ไขช่องที่มีข้อความสีแดงก่อนบันทึก').waitFor());
    await page.goto(`${base}/farmers`);
    await page.getByTestId('farmer-count').waitFor();
    await page.locator(FARMER_LINK).first().click();
    await shot(page, `registry-farmer-${w}`, undefined, (p) => p.getByText('ข้อมูลบุคคล').first().waitFor(), true);
    await shot(page, `registry-import-${w}`, '/farmers/import', heading('นำเข้าทะเบียนเกษตรกรจาก Excel'));
    await page.locator('input[type="file"]').setInputFiles(csvFile);
    await page.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
    await page.getByTestId('import-report').waitFor({ timeout: 30_000 });
    await shot(page, `registry-import-report-${w}`, undefined, undefined, true);
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    await shot(page, `registry-import-done-${w}`, undefined, undefined, true);
    await context.close();
  }
  {
    const { context, page } = await session('demo-ministry', size);
    await shot(page, `registry-list-ministry-${w}`, '/farmers?area=4001', (p) => p.getByTestId('farmer-count').waitFor());
    await page.locator(FARMER_LINK).first().click();
    await shot(page, `registry-farmer-ministry-${w}`, undefined, (p) => p.getByRole('button', { name: 'แสดงเลขประจำตัว' }).waitFor());
    await context.close();
  }
}

await finish();
