import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn as apiSignIn } from '../scripts/lib/api.mjs';
import { nationalId } from '../scripts/lib/ids.mjs';
import { DESKTOP, PHONE, noSidewaysScroll, signIn } from './support/ui';

/**
 * Issue 15. The district proposes three farmers of Nai Mueang; the province finds them on its
 * home page and in its bell, opens the tambon in one tap and selects the three at once with one
 * confirmation. The district sees its overdue group on its home. A birth date typed the Thai way
 * (13/05/2522) is saved as 1979-05-13. Proposing with criteria unticked and selecting a candidate
 * with unmet criteria each ask first, naming them.
 */
const ALL_MET = { pondDug: { met: true }, sameProducts: { met: true }, sharedIdeas: { met: true }, readyAndAble: { met: true } };
const PEOPLE = ['ประยูร', 'ประภา', 'ประเสริฐ'];
// Phra Lap, Mueang Khon Kaen: a tambon no other journey proposes in or forms a group in, since all
// journeys share one server and the counts below are this journey's own.
const TAMBON = '400107';

test('the province sees new proposals on its home and bell and selects three at once; the district sees an overdue group', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const ids: string[] = [];
  for (const [i, first] of PEOPLE.entries()) {
    const f = await district('POST', '/api/farmers', { id: randomUUID(), nationalId: nationalId(`34001991110${i}`), title: 'นาย', firstName: first, lastName: 'งานดี', tambonCode: TAMBON, pondDug: true, pondYear: 2565 });
    await district('POST', '/api/selection', { id: randomUUID(), cohort: 2569, farmerId: f.id, criteria: ALL_MET, proposal: 'proposed' });
    ids.push(f.id);
  }

  // ── The province, on a phone: home → the tambon → tick three → one confirmation ──────────
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  await signIn(page, 'demo-province-40');
  const task = page.getByTestId('task-selection.decide');
  await expect(task).toContainText('3');
  await expect(task).toContainText('พระลับ');
  // Other journeys may have left the province unread notes; the newest is this proposal.
  await expect(page.getByTestId('notification-count')).toHaveText(/^[1-9]\d*$/);
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification').first()).toContainText('อำเภอเสนอเกษตรกร ต.พระลับ');
  await page.keyboard.press('Escape');
  await noSidewaysScroll(page);
  await task.getByRole('link', { name: 'ไปทำ' }).click();
  await expect(page).toHaveURL(new RegExp(`area=${TAMBON}`));
  await expect(page.getByTestId(`waiting-${TAMBON}`)).toContainText('3 ราย');
  for (const first of PEOPLE) await page.getByRole('checkbox', { name: `เลือก นาย${first} งานดี ไว้คัดเลือกพร้อมกัน` }).check();
  await page.getByTestId('batch-select').click();
  const dialog = page.getByRole('dialog', { name: 'ยืนยันการคัดเลือก 3 ราย' });
  for (const first of PEOPLE) await expect(dialog.getByTestId('batch-list')).toContainText(`นาย${first} งานดี`);
  await dialog.getByTestId('batch-confirm').click();
  await expect(page.getByTestId('batch-done')).toHaveText('คัดเลือกแล้ว 3 ราย');
  await expect(page.getByTestId('selection-summary')).toContainText('จังหวัดคัดเลือก3');
  await page.goto('/');
  await expect(page.getByTestId('task-selection.decide')).toHaveCount(0);
  await ctx.close();

  // ── The district, on a desktop: a group set up after step 1's day is overdue on its home ─
  const overdueBefore = ((await district('GET', '/api/tasks')) as { items: { kind: string; count: number }[] }).items.find((i) => i.kind === 'group.overdue')?.count ?? 0;
  await district('POST', '/api/groups', { id: randomUUID(), name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลพระลับ', tambonCode: TAMBON, cohort: 2569, foundedOn: '2026-07-01' });
  const dctx = await browser.newContext(DESKTOP);
  const dpage = await dctx.newPage();
  await signIn(dpage, 'demo-district-4001');
  const overdue = dpage.getByTestId('task-group.overdue');
  await expect(overdue).toContainText(`กลุ่มที่มีขั้นตอนเลยกำหนด ${overdueBefore + 1} กลุ่ม`);
  await overdue.getByRole('link', { name: 'ไปทำ' }).click();
  await expect(dpage).toHaveURL(/\/progress\?overdue=1/);
  await dctx.close();
});

test('a birth date typed the Thai way is saved in the Christian era; a wrong one says why', async ({ page, baseURL }) => {
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const f = await district('POST', '/api/farmers', { id: randomUUID(), nationalId: nationalId('340019922201'), title: 'นาง', firstName: 'มะลิ', lastName: 'วันดี', sex: 'female', phone: '0812345678', houseNo: '9', villageNo: 2, tambonCode: '400101', pondDug: true, pondYear: 2565 });
  await signIn(page, 'demo-district-4001');
  await page.goto(`/farmers/${f.id}`);
  await page.getByRole('button', { name: 'แก้ไข' }).click();
  const birth = page.getByLabel('วันเกิด');
  await birth.fill('13/05/1979');
  await expect(page.getByText('ปีต้องเป็น พ.ศ. (เช่น 2522) ไม่ใช่ ค.ศ.')).toBeVisible();
  await birth.fill('๑๓ พ.ค. ๒๕๒๒');
  await expect(page.getByTestId('be-date-reading').first()).toHaveText('13 พฤษภาคม 2522');
  await birth.fill('13/05/2522');
  await expect(page.getByTestId('be-date-reading').first()).toHaveText('13 พฤษภาคม 2522');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('button', { name: 'แก้ไข' })).toBeVisible();
  await expect(page.getByText('13 พฤษภาคม 2522')).toBeVisible();
  const saved = await district('GET', `/api/farmers/${f.id}`);
  expect(saved.birthDate).toBe('1979-05-13');
});

test('warnings: proposing with criteria unticked asks for a remark; selecting with unmet criteria asks first', async ({ browser, baseURL }) => {
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const f = await district('POST', '/api/farmers', { id: randomUUID(), nationalId: nationalId('340019933301'), title: 'นาย', firstName: 'สมหวัง', lastName: 'ยังไม่พร้อม', tambonCode: '400102', pondDug: true, pondYear: 2565 });
  const page = await (await browser.newContext(DESKTOP)).newPage();
  await signIn(page, 'demo-district-4001');
  await page.goto('/selection?cohort=2569&area=400102');
  await page.getByTestId('propose').click();
  const propose = page.getByRole('dialog');
  await propose.getByText('นายสมหวัง ยังไม่พร้อม').click();
  await propose.getByRole('button', { name: 'บันทึกการเสนอ' }).click();
  const warn = propose.getByTestId('warn-unmet');
  await expect(warn).toContainText('ยังไม่ผ่านเกณฑ์ 3 ข้อ');
  await expect(warn).toContainText('2. มีกิจกรรมการผลิตสินค้า');
  await propose.getByRole('button', { name: 'ยืนยันเสนอทั้งที่ยังไม่ผ่านเกณฑ์' }).click();
  await expect(warn.getByText('เหตุผลที่ยังเสนอ (จำเป็น)').last()).toBeVisible();
  await propose.getByRole('textbox', { name: 'เหตุผลที่ยังเสนอ (จำเป็น)' }).fill('ผู้นำชุมชนรับรอง จะเข้าร่วมเรียนรู้ก่อน');
  await propose.getByRole('button', { name: 'ยืนยันเสนอทั้งที่ยังไม่ผ่านเกณฑ์' }).click();
  await expect(page.getByTestId('selection-summary')).toContainText('อำเภอเสนอ1');

  const province = await (await browser.newContext(DESKTOP)).newPage();
  await signIn(province, 'demo-province-40');
  await province.goto('/selection?cohort=2569&area=400102');
  await province.getByRole('button', { name: 'คัดเลือก นายสมหวัง ยังไม่พร้อม', exact: true }).click();
  const dialog = province.getByRole('dialog');
  await dialog.getByRole('button', { name: 'ยืนยันคัดเลือก' }).click();
  await expect(dialog.getByTestId('warn-unmet')).toContainText('ยังไม่ผ่านเกณฑ์ 3 ข้อ');
  await expect(dialog.getByTestId('warn-unmet')).toContainText('ผู้นำชุมชนรับรอง');
  await dialog.getByRole('button', { name: 'ยืนยันคัดเลือก' }).click();
  await expect(province.getByTestId('selection-summary')).toContainText('จังหวัดคัดเลือก1');
  expect(f.id).toBeTruthy();
});

test('warnings: a report with empty narrative boxes and a กท.05 with provinces missing name them before sending', async ({ browser }) => {
  // The province: its home's "report to send" opens last month's report; sending it empty names the four boxes.
  const page = await (await browser.newContext(DESKTOP)).newPage();
  await signIn(page, 'demo-province-40');
  await page.getByTestId('task-report.submit').getByRole('link', { name: 'ไปทำ' }).click();
  await expect(page.getByTestId('report-state')).toHaveText('ร่าง');
  await page.getByTestId('report-submit').click();
  const dialog = page.getByRole('dialog', { name: 'ยืนยันการส่งรายงาน' });
  const empty = dialog.getByTestId('warn-empty-narrative');
  await expect(empty).toContainText('ยังไม่ได้เขียนคำบรรยาย 4 หัวข้อ');
  for (const box of ['ผลการดำเนินงาน', 'ปัญหาและอุปสรรค', 'ข้อเสนอแนะ', 'การสนับสนุนที่ต้องการ']) await expect(empty).toContainText(box);
  await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
  await expect(page.getByTestId('report-state')).toHaveText('ร่าง');

  // The host agency's กท.05: every province of the north-east is missing, each named once.
  const agency = await (await browser.newContext(DESKTOP)).newPage();
  await signIn(agency, 'demo-agency-ne');
  await agency.getByTestId('task-report.submit').getByRole('link', { name: 'ไปทำ' }).click();
  await agency.getByTestId('report-submit').click();
  const missing = agency.getByRole('dialog', { name: 'ยืนยันการส่งรายงาน' }).getByTestId('warn-missing-provinces');
  await expect(missing).toContainText('ยังไม่ได้รับรายงานจาก');
  const text = await missing.innerText();
  expect(text.split('ขอนแก่น').length - 1).toBe(1);
});
