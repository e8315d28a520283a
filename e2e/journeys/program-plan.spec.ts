import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn as apiSignIn } from '../scripts/lib/api.mjs';
import { nationalId } from '../scripts/lib/ids.mjs';
import { DESKTOP, PHONE, noSidewaysScroll, pick, signIn } from './support/ui';

/**
 * The program as the ministry runs it (issue 13). The ministry opens cohort 2570 and names ten
 * target tambons in Khon Kaen (pasted as a list, checked, saved); the province's dashboard shows
 * "0 จาก 10"; the district forms a group in one of them (its farmers proposed and selected through
 * the API beforehand) and records an advisory visit; the province sends its selection result to
 * its host agency, which returns it with a reason; the province sends it again; the ministry's
 * dashboard shows Khon Kaen covered — on the "at least one group per province" indicator and on
 * the tile map coloured by coverage.
 */
const COHORT = 2570;
const REASON = 'ขอให้ระบุตำบลเป้าหมายที่ยังไม่มีผู้สมัคร';

async function signedIn(browser: Browser, username: string, options: typeof PHONE): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, username);
  return page;
}

test('the ministry sets cohort 2570 and its targets; the district forms a group and visits it; the selection result goes up, back and up again; the ministry sees Khon Kaen covered', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const admin = await apiSignIn(baseURL!, 'demo-admin');
  const tambons: { code: string; nameTh: string }[] = (await admin('GET', '/api/geo/districts/4001/tambons')).slice(1, 11);
  const target = tambons[0]!;

  // ── The ministry opens cohort 2570 and pastes its ten target tambons in Khon Kaen ────────
  const ministry = await signedIn(browser, 'demo-ministry', DESKTOP);
  await ministry.getByRole('link', { name: 'ปีรุ่นและเป้าหมาย' }).click();
  await ministry.getByRole('button', { name: 'เปิดปีรุ่นใหม่' }).click();
  const open = ministry.getByRole('dialog', { name: 'เปิดปีรุ่นใหม่' });
  await expect(open.getByRole('textbox', { name: 'ปีรุ่น (พ.ศ.)' })).toHaveValue(String(COHORT));
  await open.getByRole('button', { name: 'บันทึก' }).click();
  await expect(ministry.locator(`[data-testid="cohort-target-tambons"][data-cohort="${COHORT}"]`)).toHaveText('0');
  const targets = ministry.getByTestId('target-tambons');
  await expect(targets.getByRole('combobox', { name: 'ปีรุ่น' })).toHaveValue(`พ.ศ. ${COHORT}`);
  await targets.getByTestId('targets-import-text').fill(tambons.map((t) => t.code).join('\n'));
  await targets.getByTestId('targets-check').click();
  await expect(targets.getByTestId('targets-import-result')).toContainText('พบ 10 ตำบล');
  await targets.getByTestId('targets-add').click();
  await expect(targets.getByTestId('target-count')).toHaveAttribute('data-count', '10');
  await targets.getByTestId('targets-save').click();
  await expect(targets.getByTestId('targets-saved')).toHaveText('บันทึกตำบลเป้าหมายแล้ว (10 ตำบล)');
  await expect(ministry.locator(`[data-testid="cohort-target-tambons"][data-cohort="${COHORT}"]`)).toHaveText('10');
  // The table by province and district shows them ticked.
  await pick(ministry, 'จังหวัด', 'ขอนแก่น (40)', targets);
  await pick(ministry, 'อำเภอ', 'เมืองขอนแก่น (4001)', targets);
  await expect(targets.locator(`[data-testid="target-toggle"][data-code="${target.code}"]`)).toBeChecked();
  await expect(targets.getByText('ในจังหวัดนี้ 10 ตำบล')).toBeVisible();

  // ── The province, on a phone: its own target, 0 of 10 ───────────────────────────────────
  const province = await signedIn(browser, 'demo-province-40', PHONE);
  await province.goto(`/dashboard?cohort=${COHORT}`);
  const own = province.getByTestId('area-target');
  await expect(own).toHaveAttribute('data-targets', '10');
  await expect(own).toHaveAttribute('data-covered', '0');
  await expect(own).toContainText('0 จาก 10 ตำบล');
  await noSidewaysScroll(province);

  // Two farmers of the target tambon proposed by the district and selected by the province (step 1, through the API).
  const districtApi = await apiSignIn(baseURL!, 'demo-district-4001');
  const provinceApi = await apiSignIn(baseURL!, 'demo-province-40');
  const criteria = { pondDug: { met: true }, sameProducts: { met: true }, sharedIdeas: { met: true }, readyAndAble: { met: true } };
  for (const [i, first] of ['วิไลวรรณ', 'ประจักษ์'].entries()) {
    const farmer = await districtApi('POST', '/api/farmers', {
      id: randomUUID(), nationalId: nationalId(`34001${target.code.slice(4)}00${i}55`), title: 'นาง', firstName: first, lastName: 'ศรีเมือง', tambonCode: target.code, pondDug: true, pondYear: 2566,
    });
    const c = await districtApi('POST', '/api/selection', { id: randomUUID(), cohort: COHORT, farmerId: farmer.id, criteria, proposal: 'proposed' });
    await provinceApi('POST', `/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
  }

  // ── The district forms the group in the target tambon and records a visit ──────────────
  const district = await signedIn(browser, 'demo-district-4001', DESKTOP);
  await district.goto(`/groups?cohort=${COHORT}`);
  await district.getByRole('button', { name: 'จัดตั้งกลุ่ม' }).click();
  const form = district.getByRole('dialog');
  await pick(district, 'ตำบล', target.nameTh, form);
  await expect(form.getByTestId('selected-in-tambon')).toContainText('2 ราย');
  await form.getByLabel('วันที่จัดตั้งกลุ่ม').fill('2026-12-01');
  await form.getByRole('button', { name: 'จัดตั้งกลุ่ม' }).click();
  await expect(district.getByRole('heading', { name: `กลุ่มเกษตรทฤษฎีใหม่ตำบล${target.nameTh}` })).toBeVisible();
  await expect(district.getByTestId('outside-target')).toHaveCount(0);
  await district.getByTestId('add-members').getByRole('button', { name: 'เพิ่มทุกคน (2 ราย)' }).click();
  await pick(district, 'ตำแหน่งของ นางวิไลวรรณ ศรีเมือง', 'ประธาน');
  await district.getByRole('button', { name: 'บันทึกคณะกรรมการ' }).click();
  await expect(district.getByTestId('formed-badge').first()).toHaveText('จัดตั้งแล้ว');

  await district.getByTestId('visit-add').click();
  const visit = district.getByRole('dialog', { name: 'บันทึกการเยี่ยม' });
  await visit.getByRole('textbox', { name: 'ผู้ไปเยี่ยม' }).fill('นายสมชาย ใจดี นักวิชาการส่งเสริมการเกษตร');
  await visit.getByRole('textbox', { name: 'คำแนะนำที่ให้' }).fill('วางแผนปลูกผักหมุนเวียนให้พอบริโภคในครัวเรือนก่อน แล้วจึงแบ่งขาย');
  await visit.getByRole('textbox', { name: 'ปัญหาที่พบ' }).fill('น้ำในสระไม่พอช่วงแล้ง');
  await visit.getByLabel('วันนัดติดตาม').fill('2027-01-15');
  await visit.getByRole('button', { name: 'บันทึก' }).click();
  await expect(visit).toHaveCount(0);
  const saved = district.getByTestId('visit').first();
  await expect(saved).toContainText('วางแผนปลูกผักหมุนเวียน');
  await expect(saved.getByTestId('visit-follow-up')).toHaveText('นัดติดตาม 15 ม.ค. 2570');
  await district.getByRole('link', { name: 'ลำดับเหตุการณ์' }).click();
  await expect(district.getByText(/อำเภอเยี่ยมให้คำแนะนำ \(ขั้นตอนที่ 4\)/)).toBeVisible();

  // ── The province sends its selection result to the host agency ─────────────────────────
  await province.goto(`/selection/results?cohort=${COHORT}`);
  const result = province.getByTestId('selection-result');
  await expect(result).toHaveAttribute('data-state', 'draft');
  await expect(result.getByTestId('result-totals')).toContainText('ตำบลเป้าหมายที่คัดเลือกแล้ว 1 จาก 10');
  await result.getByTestId('result-submit').click();
  await province.getByRole('dialog').getByRole('button', { name: 'ส่งผลการคัดเลือก' }).click();
  await expect(result).toHaveAttribute('data-state', 'submitted');
  await noSidewaysScroll(province);

  // ── The host agency returns it with a reason ────────────────────────────────────────────
  const agency = await signedIn(browser, 'demo-agency-ne', DESKTOP);
  await agency.goto(`/selection/results?cohort=${COHORT}`);
  await agency.locator('[data-testid="result-open"][data-unit="40"]').click();
  const inbox = agency.locator('[data-testid="selection-result"][data-unit="40"]');
  await expect(inbox).toHaveAttribute('data-state', 'submitted');
  await inbox.getByTestId('result-return').click();
  const back = agency.getByRole('dialog', { name: 'ส่งผลการคัดเลือกกลับให้แก้ไข' });
  await back.getByRole('textbox', { name: 'เหตุผลที่ส่งกลับ' }).fill(REASON);
  await back.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
  await expect(inbox).toHaveAttribute('data-state', 'returned');

  // ── The province sees why and sends it again ───────────────────────────────────────────
  await province.reload();
  await expect(result.getByTestId('result-return-reason')).toContainText(REASON);
  await result.getByTestId('result-submit').click();
  await province.getByRole('dialog').getByRole('button', { name: 'ส่งผลการคัดเลือก' }).click();
  await expect(result).toHaveAttribute('data-state', 'submitted');
  await expect(result.getByTestId('result-version')).toHaveCount(2);
  await expect(result.locator('[data-testid="result-version"][data-version="1"]')).toContainText(REASON);

  // ── The ministry sees Khon Kaen covered ─────────────────────────────────────────────────
  await ministry.goto(`/dashboard?cohort=${COHORT}`);
  await expect(ministry.getByTestId('area-target')).toHaveAttribute('data-covered', '1');
  await expect(ministry.getByTestId('at-least-one')).toHaveAttribute('data-with', '1');
  await expect(ministry.getByTestId('at-least-one')).toContainText('1 จาก 77 จังหวัด');
  await expect(ministry.locator('[data-testid="provinces-without-group"] [data-code="40"]')).toHaveCount(0);
  await pick(ministry, 'แสดงสีตาม', 'ความครอบคลุมตำบลเป้าหมาย (%)');
  const kk = ministry.locator('[data-testid="tile"][data-province="40"]');
  await expect(kk).toHaveAttribute('data-value', '10');
  await expect(kk).not.toHaveAttribute('data-colour', '#e9ecef');
  await expect(ministry.locator('[data-testid="tile"][data-province="50"]')).not.toHaveAttribute('data-value');
});
