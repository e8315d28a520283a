// Screenshots of the web app for docs/screenshots (and for eyeballing Thai rendering and
// 360-px layouts). Needs a running server with the built web app:
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-web PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots.mjs [baseUrl]
import { heading, launchBrowser, shooter } from './lib/shots.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await launchBrowser();
const { session, shot, snap, finish } = shooter(base, browser);

for (const size of ['desktop', 'phone']) {
  const w = size === 'desktop' ? 1280 : 360;
  {
    const { context, page } = await session(null, size);
    await shot(page, `login-${w}`, '/login', heading('เข้าสู่ระบบ'));
    await page.getByLabel('ชื่อผู้ใช้').fill('demo-district-4001');
    await page.getByLabel('รหัสผ่าน').fill('wrong-password');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง').waitFor();
    await shot(page, `login-error-${w}`);
    await context.close();
  }
  {
    const { context, page } = await session('demo-district-4001', size);
    await shot(page, `area-district-${w}`, '/?unit=4001', (p) => p.getByTestId('area-children').waitFor());
    await shot(page, `users-district-${w}`, '/users', heading('ผู้ใช้'));
    await shot(page, `users-out-of-scope-${w}`, '/users?unit=50', (p) => p.getByText('ไม่พบหน่วยงานนี้ หรืออยู่นอกขอบเขตของคุณ').waitFor());
    await shot(page, `forbidden-audit-district-${w}`, '/audit', (p) => p.getByText('ไม่มีสิทธิ์เข้าถึง').waitFor());
    if (size === 'phone') {
      await page.goto(`${base}/`);
      await page.getByRole('button', { name: 'เมนู' }).click();
      await page.waitForTimeout(400);
      await snap(page, `menu-district-${w}`);
    }
    await context.close();
  }
  {
    const { context, page } = await session('demo-admin', size);
    await shot(page, `area-admin-${w}`, '/?unit=TH', (p) => p.getByTestId('area-children').waitFor());
    await shot(page, `area-admin-drill-${w}`, '/?unit=40', (p) => p.getByTestId('area-children').waitFor());
    await shot(page, `geo-provinces-${w}`, '/geo', (p) => p.getByText('กรุงเทพมหานคร').first().waitFor());
    await shot(page, `geo-tambons-${w}`, '/geo/40/4001', (p) => p.getByText('ในเมือง', { exact: true }).first().waitFor());
    await page.getByRole('searchbox').first().fill('ขอนแก่น');
    await page.getByText('เมืองขอนแก่น').first().waitFor();
    await page.waitForTimeout(500);
    await shot(page, `geo-search-${w}`);
    await shot(page, `agencies-${w}`, '/agencies', heading('หน่วยงานเจ้าภาพ'));
    await page.getByRole('button', { name: 'แสดงรายชื่อจังหวัด' }).nth(1).click();
    await page.waitForTimeout(400);
    await shot(page, `agencies-expanded-${w}`);
    await shot(page, `program-${w}`, '/program', (p) => p.getByText('เป้าหมายโครงการ (ตำบล)').waitFor(), true);
    await shot(page, `users-admin-${w}`, '/users', (p) => p.getByText('demo-district-5007').first().waitFor());
    await page.getByText('demo-district-4001').first().click();
    await page.getByRole('dialog').getByText('มอบบทบาท').first().waitFor();
    await page.waitForTimeout(400);
    await snap(page, `users-drawer-${w}`);
    await shot(page, `audit-${w}`, '/audit', (p) => p.getByText('auth.login').first().waitFor());
    await page.getByRole('button', { name: 'ดูรายละเอียด' }).first().click();
    await shot(page, `audit-expanded-${w}`);
    await shot(page, `password-${w}`, '/password', heading('เปลี่ยนรหัสผ่าน'));
    await context.close();
  }
}

await finish();
