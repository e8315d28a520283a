// Screenshots of monthly reporting, the notifications and the dashboard at 360 and 1280 px, for
// docs/screenshots/{reports,notifications,dashboard}-*.png. Walks the month's workflow once
// (the province submits, the agency returns, the province resubmits, the agency accepts) and
// shoots each user's screen at both widths along the way, so it needs a fresh database:
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=$(mktemp -d) PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-reports.mjs [baseUrl]
import { launchBrowser, shooter } from './lib/shots.mjs';
import { REPORT_COHORT, REPORT_PERIOD, seedReports } from './seed-reports.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
await seedReports(base);
const browser = await launchBrowser();
const { session, shot, dialogShot, finish } = shooter(base, browser);
const WIDTH = { desktop: 1280, phone: 360 };

/** A user signed in at both widths: `pages.desktop`, `pages.phone`. */
async function signedIn(user) {
  const pages = { desktop: (await session(user, 'desktop')).page, phone: (await session(user, 'phone')).page };
  return { pages, close: () => Promise.all(Object.values(pages).map((p) => p.context().close())) };
}

/**
 * `name-1280.png` and `name-360.png`: opens `url` (unless null), runs `ready` on each page, shoots
 * the top `tall[1280]` / `tall[360]` px of the page (the viewport when absent).
 */
async function shoot(user, name, url, ready, tall = {}) {
  for (const [size, page] of Object.entries(user.pages)) await shot(page, `${name}-${WIDTH[size]}`, url, ready, tall[WIDTH[size]] ?? false);
}

const report = `/reports?period=${REPORT_PERIOD}`;
const reportReady = (p) => p.getByTestId('report-numbers').waitFor();
const fillNarrative = async (p, text) => {
  await p.getByRole('textbox', { name: 'ผลการดำเนินงาน' }).fill(text.results);
  await p.getByRole('textbox', { name: 'ปัญหาและอุปสรรค' }).fill(text.problems);
};

// ── The province drafts and submits ────────────────────────────────────────────────────────
const province = await signedIn('demo-province-40');
await shoot(province, 'reports-draft', report, async (p) => {
  await reportReady(p);
  await fillNarrative(p, { results: 'กลุ่มท่าพระเปิดแปลงเรียนรู้ผักปลอดภัย จำหน่ายคะน้าที่ตลาดท้องถิ่น กลุ่มบ้านทุ่มจดทะเบียนวิสาหกิจชุมชน', problems: 'ฝนตกชุกปลายเดือน' });
}, { 1280: 2600, 360: 5200 });
const p1280 = province.pages.desktop;
await p1280.getByRole('button', { name: 'บันทึกร่าง' }).click();
await p1280.getByText('บันทึกร่างแล้ว').waitFor();
await p1280.getByTestId('report-submit').click();
await p1280.getByRole('dialog').waitFor();
await dialogShot(p1280, 'reports-submit-confirm-1280');
await p1280.getByRole('dialog').getByRole('button', { name: 'ส่งรายงาน' }).click();
await p1280.getByTestId('report-done').waitFor();

// ── The agency returns it ──────────────────────────────────────────────────────────────────
const agency = await signedIn('demo-agency-ne');
await shoot(agency, 'reports-inbox', `${report}&tab=inbox`, (p) => p.getByTestId('report-inbox').waitFor(), { 1280: 1500, 360: 3000 });
const a1280 = agency.pages.desktop;
await a1280.getByTestId('inbox-unit').filter({ hasText: 'ขอนแก่น' }).click();
await a1280.getByTestId('report').waitFor();
const reportPath = new URL(a1280.url()).pathname;
await a1280.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
await a1280.getByRole('textbox', { name: 'เหตุผลที่ส่งกลับ' }).fill('ขอให้ระบุปัญหาน้ำท่วมแปลงผักและจำนวนครัวเรือนที่ได้รับผลกระทบ');
await dialogShot(a1280, 'reports-return-dialog-1280');
await a1280.getByRole('dialog').getByRole('button', { name: 'ส่งกลับ' }).click();
await a1280.getByTestId('report-done').waitFor();

// ── The province sees why, on its home page and in the bell ────────────────────────────────
await shoot(province, 'reports-home-returned', '/', (p) => p.getByTestId('home-returned').waitFor());
await shoot(province, 'notifications-open', '/', async (p) => {
  await p.getByTestId('notification-bell').click();
  await p.getByTestId('notification').first().waitFor();
});
await p1280.goto(`${base}${report}`);
await reportReady(p1280);
await p1280.getByRole('textbox', { name: 'ปัญหาและอุปสรรค' }).fill('ฝนตกชุกปลายเดือน น้ำท่วมแปลงผักของสมาชิก 2 ครัวเรือน');
await p1280.getByTestId('report-submit').click();
await p1280.getByRole('dialog').getByRole('button', { name: 'ส่งรายงาน' }).click();
await p1280.getByTestId('report-done').waitFor();

// ── The agency accepts; its กท.05 ──────────────────────────────────────────────────────────
await a1280.reload();
await a1280.getByRole('button', { name: 'รับรายงาน' }).click();
await a1280.getByRole('dialog').getByRole('button', { name: 'รับรายงาน' }).click();
await a1280.getByTestId('report-done').waitFor();
await shoot(agency, 'reports-accepted', reportPath, (p) => p.getByTestId('report-history').waitFor(), { 1280: 3400, 360: 6400 });
await shoot(agency, 'reports-kt05', `/reports?unit=DLD&period=${REPORT_PERIOD}&tab=report`, (p) => p.getByTestId('kt05-provinces').waitFor(), { 1280: 2200, 360: 4000 });
await agency.close();
await province.close();

// ── The ministry: inbox, follow-up, dashboard ──────────────────────────────────────────────
const ministry = await signedIn('demo-ministry');
await shoot(ministry, 'reports-ministry-inbox', `/reports?period=${REPORT_PERIOD}`, (p) => p.getByTestId('report-inbox').waitFor());
await shoot(ministry, 'reports-completeness', '/reports/completeness', (p) => p.getByTestId('completeness-totals').waitFor(), { 1280: 2000, 360: 3000 });
await shoot(ministry, 'dashboard', `/dashboard?cohort=${REPORT_COHORT}`, (p) => p.getByTestId('tile-map').waitFor(), { 1280: 4200, 360: 9000 });
await shoot(ministry, 'dashboard-map', `/dashboard?measure=salesValue`, async (p) => {
  await p.getByTestId('tile-map').scrollIntoViewIfNeeded();
});
await shoot(ministry, 'dashboard-districts', `/dashboard?province=40`, (p) => p.getByTestId('district-drill').getByText('รายอำเภอ').first().waitFor());
await ministry.close();

await finish();
