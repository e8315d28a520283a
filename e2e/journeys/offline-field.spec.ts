import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { signIn as apiSignIn } from '../scripts/lib/api.mjs';
import { formGroup } from '../scripts/lib/groups.mjs';
import { idOf, nationalId } from '../scripts/lib/ids.mjs';
import { noSidewaysScroll, PHONE, signIn } from './support/ui';
import { ownServer } from '../scripts/lib/server.mjs';

/**
 * The offline field app (issue #12, docs/adr/0021). A district officer on a 360 px phone, with the
 * app installed (its service worker controls the page), goes without signal, records 50 items
 * (harvests, sales, an outlet, a learning session with two photos), reloads the page with no
 * signal (the app and the items are still there), and comes back online: the first sync is cut
 * after the server answered (the phone never hears), the next one puts every item on the server
 * exactly once. Then an edit made offline while the district changed the same record becomes a
 * conflict resolved field by field on screen; a report returned by the host agency reaches the
 * province officer's phone at its next sync; signing out warns about an unsent item and clears
 * the phone.
 *
 * Cohort 2566 of tambon ในเมือง (400101) is used by no other journey.
 */
const COHORT = 2566;
/** `OFFLINE_SHOTS=1`: the journeys also save the 360 px screenshots of docs/screenshots (offline-*-360.png). */
const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SHOTS_ON = !!process.env.OFFLINE_SHOTS;
async function shot(page: Page, name: string) {
  if (SHOTS_ON) await page.screenshot({ path: `${SHOTS}offline-${name}-360.png`, fullPage: true });
}
const TAMBON = '400101';
const GROUP_NAME = 'กลุ่มเกษตรทฤษฎีใหม่บ้านโนนม่วง (ทดสอบออฟไลน์)';

/** The conflict's group: cohort 2565 of the same tambon, its own records only. (National ids 3-4001-00666-0x: no other journey uses them, all share one server.) */
const CONFLICT_COHORT = 2565;
const CONFLICT_GROUP = 'กลุ่มเกษตรทฤษฎีใหม่บ้านหนองแวง (ทดสอบข้อขัดแย้ง)';

async function formOfflineGroup(baseURL: string, which: 'entries' | 'conflict' = 'entries') {
  const g = which === 'entries'
    ? { key: 'offline:nonmuang', cohort: COHORT, name: GROUP_NAME, ids: ['340010066601', '340010066602'], last: 'โนนม่วง' }
    : { key: 'offline:nongwaeng', cohort: CONFLICT_COHORT, name: CONFLICT_GROUP, ids: ['340010066603', '340010066604'], last: 'หนองแวง' };
  return formGroup(await apiSignIn(baseURL, 'demo-district-4001'), await apiSignIn(baseURL, 'demo-province-40'), {
    key: g.key, tambon: TAMBON, cohort: g.cohort, name: g.name, foundedOn: '2023-07-10', pondYear: 2565,
    people: [
      { first: 'คำปุ่น', last: g.last, nationalId: nationalId(g.ids[0]!) },
      { first: 'ทองใบ', last: g.last, nationalId: nationalId(g.ids[1]!) },
    ],
  });
}

/** Signed in on a phone; the service worker installed and controlling the page; a first sync done. */
async function installedPhone(context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, username);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first page load was not controlled yet (no clients.claim): a reload is.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.goto('/outbox');
  await expect(page.getByTestId('last-sync')).toContainText('ซิงก์ล่าสุด', { timeout: 20_000 });
  // The groups are on the phone. (On a PostgreSQL shared with other busy databases the pull's
  // horizon can trail a just-committed write by a sync or two: sync again until they arrive.)
  await expect(async () => {
    const groups = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('ntag-offline');
          req.onsuccess = () => {
            const q = req.result.transaction('entities', 'readonly').objectStore('entities').index('kind').count('group');
            q.onsuccess = () => resolve(q.result);
          };
        }),
    );
    if (groups === 0) await page.getByTestId('sync-now').click();
    expect(groups).toBeGreaterThan(0);
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  return page;
}

async function chooseGroup(page: Page, name = GROUP_NAME) {
  await page.getByRole('combobox', { name: 'กลุ่ม', exact: true }).selectOption({ label: name });
}

/** The kind of entry (a chip: its radio input is hidden, its label is what a finger taps). */
async function kind(page: Page, name: string) {
  await page.locator('label').filter({ hasText: new RegExp(`^${name}$`) }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

async function saveEntry(page: Page, label: string) {
  await page.getByTestId('save-offline').click();
  await expect(page.getByTestId('saved-offline')).toContainText(label);
}

/** A PNG photo drawn in the page (a camera's size), as bytes for the file input. */
async function cameraPhoto(page: Page, hue: number): Promise<Buffer> {
  const b64 = await page.evaluate((h) => {
    const c = document.createElement('canvas');
    c.width = 2400;
    c.height = 1800;
    const x = c.getContext('2d')!;
    for (let i = 0; i < 60; i++) {
      x.fillStyle = `hsl(${(h + i * 7) % 360} 70% 50%)`;
      x.fillRect((i * 97) % 2400, (i * 53) % 1800, 400, 300);
    }
    return c.toDataURL('image/png').split(',')[1]!;
  }, hue);
  return Buffer.from(b64, 'base64');
}

test('offline: 50 entries with two photos survive a reload and reach the server exactly once, even when a sync is cut', async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const group = await formOfflineGroup(baseURL!);
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const context = await browser.newContext(PHONE);
  // The district officer: steps 3–7 all (a tambon worker records no learning sessions).
  const page = await installedPhone(context, 'demo-district-4001');

  // ── No signal: the field screen opens from the phone and takes 50 entries ──────────────
  await context.setOffline(true);
  // A step screen (it reads the server) points to the offline entry.
  await page.goto(`/groups/${group.id}/production`);
  await page.getByTestId('offline-hint').getByRole('link', { name: 'ไม่มีสัญญาณ? บันทึกแบบออฟไลน์' }).click();
  await expect(page.getByRole('heading', { name: 'บันทึกภาคสนาม' })).toBeVisible();
  await expect(page.getByTestId('offline-status')).toContainText('ไม่มีสัญญาณ');
  await chooseGroup(page);
  await noSidewaysScroll(page);
  const product = page.getByRole('combobox', { name: 'ผลผลิต/สินค้า' });
  const quantity = page.getByRole('textbox', { name: 'ปริมาณ' });
  await product.fill('คะน้า');
  await product.press('Escape');
  // The next entry keeps the product: a row of harvests is a quantity and a tap each.
  for (let i = 1; i <= 46; i++) {
    await quantity.fill(String(i));
    await saveEntry(page, `คะน้า ${i} kg`);
  }
  await kind(page, 'ขาย/แลกเปลี่ยน');
  for (let i = 1; i <= 2; i++) {
    await product.fill('ผักบุ้ง');
    await product.press('Escape');
    await quantity.fill(String(i * 5));
    await page.getByRole('textbox', { name: 'มูลค่า (บาท)' }).fill(String(i * 100));
    await saveEntry(page, `ผักบุ้ง ${i * 5} kg`);
  }
  await kind(page, 'แหล่งรับซื้อ');
  await page.getByRole('textbox', { name: 'ชื่อแหล่งรับซื้อ' }).fill('ร้านป้าแดงหน้าตลาด');
  await saveEntry(page, 'ร้านป้าแดงหน้าตลาด');
  await kind(page, 'การเรียนรู้');
  await page.getByRole('textbox', { name: 'หัวข้อการเรียนรู้' }).fill('การทำปุ๋ยหมักจากเศษผัก');
  const [first, second] = [await cameraPhoto(page, 10), await cameraPhoto(page, 200)];
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'เพิ่มรูป (ย่อขนาดในเครื่องก่อนเก็บ)' }).click();
  await (await chooser).setFiles([
    { name: 'a.png', mimeType: 'image/png', buffer: first },
    { name: 'b.png', mimeType: 'image/png', buffer: second },
  ]);
  // Resized on the phone: two photos, far smaller than the camera's.
  await expect(page.getByTestId('photo-count')).toContainText('รูป 2 รูป');
  const kb = Number((await page.getByTestId('photo-count').textContent())!.match(/(\d+) KB/)![1]);
  expect(kb).toBeLessThan((first.length + second.length) / 1024);
  await shot(page, 'field-learning');
  await saveEntry(page, 'การทำปุ๋ยหมักจากเศษผัก');

  // ── Still no signal: reload; the app and the 50 items are there ─────────────────────────
  await page.goto('/outbox');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'รายการรอส่ง' })).toBeVisible();
  await expect(page.getByTestId('outbox-item')).toHaveCount(50);
  await expect(page.locator('[data-testid="outbox-item"][data-state="waiting"]')).toHaveCount(50);
  await expect(page.getByTestId('offline-status')).toContainText('รอส่ง 50');
  await shot(page, 'outbox-waiting');

  // ── Signal returns; the first push is cut after the server applied it ───────────────────
  let cut = 0;
  await page.route('**/api/sync/push', async (route) => {
    if (cut++ === 0) {
      await route.fetch(); // the server applies the batch…
      await route.abort('connectionreset'); // …and the phone never hears the answer
    } else {
      await route.continue();
    }
  });
  await context.setOffline(false); // 'online': the sync starts by itself
  await expect(page.getByTestId('sync-outcome')).toContainText('ซิงก์ไม่สำเร็จ', { timeout: 20_000 });
  // The cut answer counts as no signal: the app tries again by itself as soon as its probe gets
  // through (api/reachability.ts), no tap needed, and the server says `duplicate` for the batch.
  await expect(page.locator('[data-testid="outbox-item"][data-state="sent"]')).toHaveCount(50, { timeout: 60_000 });
  expect(cut).toBeGreaterThanOrEqual(2);
  await shot(page, 'outbox-sent');

  // ── On the server: every item once, the session with its two photos ─────────────────────
  const production = await district('GET', `/api/production?group=${group.id}&limit=100`);
  expect(production.items).toHaveLength(46);
  expect(production.items.map((r: { quantity: number }) => r.quantity).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
  expect((await district('GET', `/api/transactions?group=${group.id}&limit=100`)).items).toHaveLength(2);
  expect((await district('GET', `/api/outlets?group=${group.id}&limit=100`)).items).toHaveLength(1);
  const sessions = async () => (await district('GET', `/api/learning-sessions?group=${group.id}&limit=100`)).items as { photos: unknown[] }[];
  expect(await sessions()).toHaveLength(1);
  // The photos go after their session, in the same sync.
  await expect.poll(async () => (await sessions())[0]!.photos.length, { timeout: 20_000 }).toBe(2);
  await expect(page.getByTestId('offline-status')).not.toContainText('รอส่ง');

  // ── Signing out with an unsent item: warned, then the phone is cleared ──────────────────
  await context.setOffline(true);
  await page.goto('/field');
  await chooseGroup(page);
  await kind(page, 'แหล่งรับซื้อ');
  await page.getByRole('textbox', { name: 'ชื่อแหล่งรับซื้อ' }).fill('สหกรณ์การเกษตรในเมือง');
  await saveEntry(page, 'สหกรณ์การเกษตรในเมือง');
  await page.getByRole('button', { name: 'เมนู' }).click();
  await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
  const dialog = page.getByRole('dialog', { name: 'ออกจากระบบบนเครื่องนี้' });
  await expect(dialog.getByTestId('unsent-warning')).toContainText('ยังมี 1 รายการที่ยังไม่ได้ส่ง');
  await shot(page, 'sign-out');
  await dialog.getByRole('button', { name: 'ออกจากระบบและลบข้อมูล' }).click();
  await context.setOffline(false);
  await expect(page).toHaveURL(/\/login/);
  const left = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('ntag-offline');
        req.onsuccess = () => {
          const tx = req.result.transaction(['outbox', 'entities'], 'readonly');
          const a = tx.objectStore('outbox').count();
          const b = tx.objectStore('entities').count();
          tx.oncomplete = () => resolve(a.result + b.result);
        };
      }),
  );
  expect(left).toBe(0);
  await context.close();
});

test('an edit made offline while the district changed the same record is a conflict resolved field by field', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const group = await formOfflineGroup(baseURL!, 'conflict');
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const record = await district('POST', '/api/production', { id: idOf('offline:conflict:harvest'), groupId: group.id, date: '2026-11-02', product: 'มะเขือเปราะ', unit: 'kg', quantity: 12, notes: null });
  const context = await browser.newContext(PHONE);
  const page = await installedPhone(context, 'demo-tambon-400101');

  // Offline: the worker corrects the quantity and adds a note.
  await context.setOffline(true);
  await page.goto('/field');
  await chooseGroup(page, CONFLICT_GROUP);
  await page.getByTestId('recent-record').filter({ hasText: 'มะเขือเปราะ 12' }).getByRole('button', { name: 'แก้ไข (ในเครื่อง)' }).click();
  await expect(page.getByText(`กำลังแก้ไขรายการเดิม (ฉบับที่ ${record.version})`)).toBeVisible();
  await page.getByRole('textbox', { name: 'ปริมาณ' }).fill('20');
  await page.getByRole('textbox', { name: 'หมายเหตุ' }).fill('ชั่งใหม่ที่แปลง');
  await saveEntry(page, 'มะเขือเปราะ 20 kg');

  // Meanwhile the district changes the same record.
  await district('PATCH', `/api/production/${record.id}`, { quantity: 15, value: 300, version: record.version });

  await context.setOffline(false);
  await page.goto('/outbox');
  await page.getByTestId('sync-now').click();
  const item = page.locator('[data-testid="outbox-item"][data-state="conflict"]');
  await expect(item).toHaveCount(1, { timeout: 20_000 });
  await item.getByRole('link', { name: 'แก้ข้อขัดแย้ง' }).click();
  const table = page.getByTestId('conflict-table');
  await expect(table.locator('[data-field="quantity"]')).toContainText('20');
  await expect(table.locator('[data-field="quantity"]')).toContainText('15');
  await noSidewaysScroll(page);
  await shot(page, 'conflict');
  // The server's quantity, my note.
  await table.getByRole('radio', { name: 'ปริมาณ: บนเซิร์ฟเวอร์' }).check();
  await page.getByTestId('save-merge').click();
  await expect(page).toHaveURL(/\/outbox$/);
  await page.getByTestId('sync-now').click();
  await expect(page.locator('[data-testid="outbox-item"][data-state="sent"]')).toHaveCount(1, { timeout: 20_000 });

  const now = await district('GET', `/api/production/${record.id}`);
  expect(now).toMatchObject({ quantity: 15, value: 300, notes: 'ชั่งใหม่ที่แปลง' });
  await context.close();
});

test('a report returned by the host agency reaches the offline phone at its next sync', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const province = await apiSignIn(baseURL!, 'demo-province-40');
  const agency = await apiSignIn(baseURL!, 'demo-agency-ne');
  const context = await browser.newContext(PHONE);
  const page = await installedPhone(context, 'demo-province-40');
  await context.setOffline(true);

  // While the phone has no signal: the province submits a month, the agency returns it.
  const d = new Date();
  d.setMonth(d.getMonth() - 3);
  const period = d.toISOString().slice(0, 7);
  const { reports } = await province('GET', `/api/reports?unit=40&period=${period}`);
  const submitted = await province('POST', `/api/reports/${reports[0].id}/submit`, { version: reports[0].version });
  await agency('POST', `/api/reports/${submitted.id}/return`, { reason: 'ขอให้แนบภาพกิจกรรมของกลุ่ม', version: submitted.version });

  await page.goto('/');
  await expect(page.getByTestId('last-sync-panel')).toHaveCount(0);
  await context.setOffline(false); // the sync runs by itself
  const panel = page.getByTestId('last-sync-panel');
  await expect(panel).toContainText('รายงานถูกส่งกลับให้แก้ไข', { timeout: 20_000 });
  await expect(panel).toContainText('ขอให้แนบภาพกิจกรรมของกลุ่ม');
  await shot(page, 'home-returned');
  await context.close();
});

test('a signal too weak to carry data: the phone says it is online, the requests fail; the app says no signal, keeps the entry and sends it by itself once they get through', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const group = await formOfflineGroup(baseURL!);
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const context = await browser.newContext(PHONE);
  const page = await installedPhone(context, 'demo-district-4001');

  // One bar of signal: the browser keeps navigator.onLine true, every request to the API dies.
  let cut = true;
  await context.route('**/api/**', (route) => (cut ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/field');
  await chooseGroup(page);
  await kind(page, 'แหล่งรับซื้อ');
  await page.getByRole('textbox', { name: 'ชื่อแหล่งรับซื้อ' }).fill('ร้านค้าชุมชนสัญญาณอ่อน');
  await saveEntry(page, 'ร้านค้าชุมชนสัญญาณอ่อน');
  // The sync that runs when the app opens met the dead requests: "no signal", the entry waits.
  await page.goto('/outbox');
  await expect(page.getByTestId('offline-status')).toContainText('ไม่มีสัญญาณ', { timeout: 20_000 });
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await expect(page.locator('[data-testid="outbox-item"][data-state="waiting"]')).toHaveCount(1);

  // The signal carries data again: the app's probe notices and the sync runs with no tap.
  cut = false;
  await expect(page.getByTestId('offline-status')).not.toContainText('ไม่มีสัญญาณ', { timeout: 30_000 });
  await expect(page.locator('[data-testid="outbox-item"][data-state="sent"]')).toHaveCount(1, { timeout: 30_000 });
  const outlets = (await district('GET', `/api/outlets?group=${group.id}&limit=100`)).items as { name: string }[];
  expect(outlets.filter((o) => o.name === 'ร้านค้าชุมชนสัญญาณอ่อน')).toHaveLength(1);
  await context.close();
});

test("a record the district refuses reaches the tambon worker's phone at its next sync, with the reason", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  // The conflict journey's group: few records, so the harvest is on the list's first page.
  const group = await formOfflineGroup(baseURL!, 'conflict');
  // A harvest the tambon worker recorded (from the field, sent earlier).
  const tambonApi = await apiSignIn(baseURL!, 'demo-tambon-400101');
  await tambonApi('POST', '/api/production', {
    id: idOf('offline:refused-harvest'), groupId: group.id, farmerId: group.farmerIds[0], date: '2026-11-02', product: 'morning_glory', unit: 'kg', quantity: 333, uses: { household: 33, sale: 300 }, value: 3000,
  });
  const phone = await browser.newContext(PHONE);
  const page = await installedPhone(phone, 'demo-tambon-400101');

  // The district officer, at the office, refuses it with a reason.
  const office = await browser.newContext();
  const desk = await office.newPage();
  await signIn(desk, 'demo-district-4001');
  await desk.goto(`/groups/${group.id}/production`);
  await desk.getByRole('button', { name: /^ลบ .*333/ }).click();
  const dialog = desk.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'เหตุผลที่ลบ' }).fill('ชั่งซ้ำกับรอบเก็บเกี่ยววันที่ 1 พ.ย.');
  if (SHOTS_ON) await desk.screenshot({ path: `${SHOTS}refuse-record-1280.png` });
  await dialog.getByRole('button', { name: 'ลบ' }).click();
  await expect(desk.getByRole('button', { name: /^ลบ .*333/ })).toHaveCount(0);
  await office.close();

  // The phone's next sync (it runs when the app opens) shows it on the home screen.
  await page.goto('/');
  const panel = page.getByTestId('last-sync-panel');
  await expect(panel).toContainText('ไม่รับผลผลิตวันที่ 2 พ.ย. 2569', { timeout: 30_000 });
  await expect(panel).toContainText('ชั่งซ้ำกับรอบเก็บเกี่ยววันที่ 1 พ.ย.');
  await shot(page, 'home-refused');
  await phone.close();
});

test('the server killed in the middle of a sync: the next sync puts every item on it exactly once', async ({ browser }) => {
  test.setTimeout(300_000);
  // A server of this journey's own (the others' is never killed), on its own database.
  const own = await ownServer(Number(process.env.E2E_PORT ?? 3100) + 2);
  try {
    const group = await formOfflineGroup(own.url);
    const context = await browser.newContext({ ...PHONE, baseURL: own.url });
    const page = await installedPhone(context, 'demo-district-4001');

    await context.setOffline(true);
    await page.goto('/field');
    await chooseGroup(page);
    const product = page.getByRole('combobox', { name: 'ผลผลิต/สินค้า' });
    await product.fill('คะน้า');
    await product.press('Escape');
    for (let i = 1; i <= 30; i++) {
      await page.getByRole('textbox', { name: 'ปริมาณ' }).fill(String(i));
      await saveEntry(page, `คะน้า ${i} kg`);
    }
    await page.goto('/outbox');
    await expect(page.locator('[data-testid="outbox-item"][data-state="waiting"]')).toHaveCount(30);

    // Signal back: the push leaves the phone, and the server is killed (SIGKILL, no shutdown)
    // while it is applying it — the phone never hears the answer.
    let killed = false;
    let hold: Promise<void> | null = null;
    await page.route('**/api/sync/push', async (route) => {
      if (hold) await hold;
      if (killed) return route.continue();
      killed = true;
      const pending = route.continue();
      await new Promise((r) => setTimeout(r, 60));
      await own.kill();
      await pending.catch(() => undefined);
    });
    await context.setOffline(false);
    await expect.poll(() => killed, { timeout: 30_000 }).toBe(true);
    // No answer came: every item waits again, and the phone says it has no signal.
    await expect(page.locator('[data-testid="outbox-item"][data-state="waiting"]')).toHaveCount(30, { timeout: 30_000 });
    await expect(page.getByTestId('sync-outcome')).toContainText('ซิงก์ไม่สำเร็จ');

    // The server comes back on the same data. What the killed push left on it (each item is its
    // own transaction: anything from none to all of them), noted before the phone syncs again.
    let release = () => {};
    hold = new Promise((r) => (release = r));
    await own.restart();
    const before = (await (await apiSignIn(own.url, 'demo-district-4001'))('GET', `/api/production?group=${group.id}&limit=100`)).items.length;
    test.info().annotations.push({ type: 'applied before the kill', description: `${before} of 30` });
    expect(before).toBeLessThanOrEqual(30);
    release();
    // The phone syncs again by itself (its probe finds the server back).
    await expect(page.locator('[data-testid="outbox-item"][data-state="sent"]')).toHaveCount(30, { timeout: 60_000 });
    const production = await (await apiSignIn(own.url, 'demo-district-4001'))('GET', `/api/production?group=${group.id}&limit=100`);
    const quantities = (production.items as { quantity: number }[]).map((r) => r.quantity).sort((a, b) => a - b);
    expect(quantities).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    await context.close();
  } finally {
    await own.remove();
  }
});

/** An ISO date as a Thai officer types it: 03/12/2569. */
const typedBe = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${Number(iso.slice(0, 4)) + 543}`;

test('a tambon worker with no signal records a week of work on a 360 px phone; it waits in the outbox and reaches the server once', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const group = await formOfflineGroup(baseURL!);
  const district = await apiSignIn(baseURL!, 'demo-district-4001');
  const context = await browser.newContext(PHONE);
  const page = await installedPhone(context, 'demo-tambon-400101');

  await context.setOffline(true);
  await page.goto('/field');
  await expect(page.getByTestId('offline-status')).toContainText('ไม่มีสัญญาณ');
  await chooseGroup(page);
  // A tambon worker records production, sales, outlets and new farmers (learning sessions are the district's).
  await expect(page.getByRole('radio', { name: 'การเรียนรู้' })).toHaveCount(0);
  await noSidewaysScroll(page);

  // Seven days of harvests, each typed with its own Buddhist-era date (a product of their own,
  // typed in: not in the catalogue).
  const days = Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.now() + 7 * 3600_000); // Bangkok's today
    d.setUTCDate(d.getUTCDate() - (6 - i));
    return d.toISOString().slice(0, 10);
  });
  const date = page.getByRole('textbox', { name: 'วันที่' });
  for (const [i, day] of days.entries()) {
    await date.fill(typedBe(day));
    await page.getByRole('combobox', { name: 'ผลผลิต/สินค้า' }).fill('ผักหวานป่าบ้านโนนม่วง');
    await page.getByRole('textbox', { name: 'ปริมาณ' }).fill(String(11 + i));
    await saveEntry(page, `ผักหวานป่าบ้านโนนม่วง ${11 + i} kg`);
  }
  await kind(page, 'ขาย/แลกเปลี่ยน');
  await date.fill(typedBe(days[5]!));
  await page.getByRole('combobox', { name: 'ผลผลิต/สินค้า' }).fill('ผักหวานป่าบ้านโนนม่วง');
  await page.getByRole('textbox', { name: 'ปริมาณ' }).fill('20');
  await page.getByRole('textbox', { name: 'มูลค่า (บาท)' }).fill('500');
  await saveEntry(page, 'ผักหวานป่าบ้านโนนม่วง 20 kg');
  await kind(page, 'แหล่งรับซื้อ');
  await page.getByRole('textbox', { name: 'ชื่อแหล่งรับซื้อ' }).fill('ตลาดนัดวันพุธบ้านโนนม่วง');
  await saveEntry(page, 'ตลาดนัดวันพุธบ้านโนนม่วง');
  await kind(page, 'เกษตรกรใหม่');
  await page.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' }).fill(nationalId('340010066607'));
  await page.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('สมหมาย');
  await page.getByRole('textbox', { name: 'นามสกุล' }).fill('ใจดีโนนม่วง');
  await saveEntry(page, 'สมหมาย ใจดีโนนม่วง');

  await page.goto('/outbox');
  await expect(page.locator('[data-testid="outbox-item"][data-state="waiting"]')).toHaveCount(10);
  await expect(page.getByTestId('offline-status')).toContainText('รอส่ง 10');
  await noSidewaysScroll(page);
  await shot(page, 'outbox-week');

  // Signal: the sync starts by itself; a tap on "ซิงก์ตอนนี้" as well sends nothing twice.
  await context.setOffline(false);
  await page.getByTestId('sync-now').click();
  await expect(page.locator('[data-testid="outbox-item"][data-state="sent"]')).toHaveCount(10, { timeout: 30_000 });
  await expect(page.getByTestId('offline-status')).not.toContainText('รอส่ง');

  const production = (await district('GET', `/api/production?group=${group.id}&limit=100`)).items as { date: string; quantity: number }[];
  const week = production.filter((r) => JSON.stringify(r).includes('ผักหวานป่าบ้านโนนม่วง'));
  expect(week.map((r) => [r.date, r.quantity]).sort()).toEqual(days.map((d, i) => [d, 11 + i]));
  const sales = (await district('GET', `/api/transactions?group=${group.id}&limit=100`)).items as { date: string }[];
  expect(sales.filter((r) => JSON.stringify(r).includes('ผักหวานป่าบ้านโนนม่วง')).map((r) => r.date)).toEqual([days[5]]);
  const outlets = (await district('GET', `/api/outlets?group=${group.id}&limit=100`)).items as { name: string }[];
  expect(outlets.filter((o) => o.name === 'ตลาดนัดวันพุธบ้านโนนม่วง')).toHaveLength(1);
  const farmers = (await district('GET', `/api/farmers?q=${encodeURIComponent('ใจดีโนนม่วง')}`)).items as { tambonCode: string }[];
  expect(farmers).toHaveLength(1);
  await context.close();
});
