// Screenshots of what issue 8 changed on screen, at 1280 and 360 px, for docs/screenshots:
//   users-not-manageable-*: the province officer opens an account of the province that also holds
//     the ministry role — visible, marked as not theirs to manage, no forms;
//   registry-duplicate-elsewhere-*: a tambon worker registers a farmer whose likely twin lives in
//     another tambon — told only that one exists elsewhere, not who.
// Needs a running server with the built web app and the demo accounts:
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-shots PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-authz.mjs [baseUrl]
import { randomUUID } from 'node:crypto';
import { signIn as apiSignIn } from './lib/api.mjs';
import { nationalId } from './lib/ids.mjs';
import { launchBrowser, shooter } from './lib/shots.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';

// An account of Mueang Khon Kaen that also holds the ministry role (the outside test's target).
const admin = await apiSignIn(base, 'demo-admin');
let target = (await admin('GET', '/api/users?q=kk-ministry-staff')).items[0];
if (!target) {
  target = await admin('POST', '/api/users', { username: 'kk-ministry-staff', password: 'long-enough-pass', displayName: 'นางสาวกนกพร ศรีสุข', unitCode: '4001' });
  await admin('POST', `/api/users/${target.id}/roles`, { role: 'district', unitCode: '4001' });
  await admin('POST', `/api/users/${target.id}/roles`, { role: 'ministry', unitCode: 'TH' });
}

// A farmer in Sawathi (400102) whom the Nai Mueang tambon worker may not read.
const district = await apiSignIn(base, 'demo-district-4001');
const serial = String(Date.now()).slice(-7);
await district('POST', '/api/farmers', {
  id: randomUUID(), nationalId: nationalId(`31002${serial}`), title: 'นาง', firstName: 'บุญเรือน', lastName: 'ศรีสุข', birthDate: '1958-03-04', tambonCode: '400102',
});

const browser = await launchBrowser();
const { session, shot, finish } = shooter(base, browser);

for (const size of ['desktop', 'phone']) {
  const w = size === 'desktop' ? 1280 : 360;
  {
    const { context, page } = await session('demo-province-40', size);
    await shot(page, `users-not-manageable-${w}`, `/users?user=${target.id}`, (p) => p.getByTestId('not-manageable').waitFor());
    await context.close();
  }
  {
    const { context, page } = await session('demo-tambon-400101', size);
    await page.goto(`${base}/farmers/new`);
    await page.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' }).fill(nationalId(`31003${serial.slice(0, 6)}${w === 360 ? 1 : 2}`));
    await page.getByRole('combobox', { name: 'คำนำหน้า' }).click();
    await page.getByRole('option', { name: 'นาง', exact: true }).click();
    await page.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('บุญเรือน');
    await page.getByRole('textbox', { name: 'นามสกุล' }).fill('ศรีสุข');
    await page.getByLabel('วันเกิด').fill('1958-03-04');
    await page.getByRole('button', { name: 'บันทึกข้อมูลเกษตรกร' }).click();
    await shot(page, `registry-duplicate-elsewhere-${w}`, undefined, (p) => p.getByTestId('possible-duplicates').waitFor(), 900);
    await context.close();
  }
}

await finish();
