/**
 * National-size registry benchmark (issue #3).
 *   npx tsx bench/registry.ts                 # on PGlite (a fresh in-memory database)
 *   DATABASE_URL=postgres://… npx tsx bench/registry.ts   # on a fresh PostgreSQL database
 * 1. Builds a 64,144-row farmer workbook over 4,009 tambons (16 farmers each) and imports it
 *    through the API as the administrator: dry run, then commit.
 * 2. Forms 4,009 model groups (selection, members, a president) in bulk SQL.
 * 3. Times 300 farmer searches by name prefix and 300 by national id (p50 / p95 / max).
 * 4. Times a group's full PDF (cover, กท.03 and 16 × กท.02) and a กท.01.
 * Requests go through app.inject: the figures are server time without the network.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../apps/api/src/db/client';
import { COLUMNS } from '../apps/api/src/modules/farmers/farmers.sheet';
import { benchApp, benchDatabase, fmt, pct, prepare, signIn, time } from './lib';

const GROUPS = 4009;
const PER_GROUP = 16; // 4,009 × 16 = 64,144
const FIRST = ['สมชาย', 'สมศรี', 'สมใจ', 'บุญมี', 'บุญเรือน', 'ประยูร', 'ประเสริฐ', 'มาลี', 'ทองใบ', 'ทองดี', 'วิชัย', 'สุนทร', 'อำนวย', 'จันทร์เพ็ญ', 'คำปั่น', 'สุดใจ', 'ละเอียด', 'นงลักษณ์', 'เกษม', 'พิมพ์ใจ'];
const LAST = ['ใจดี', 'ทองคำ', 'ศรีสุข', 'มีสุข', 'แก้วมณี', 'บุญมา', 'สายทอง', 'พรหมมา', 'ดวงแก้ว', 'คำภา', 'ศรีวงศ์', 'อินทร์แก้ว', 'ชัยมงคล', 'วงศ์ใหญ่', 'บุตรดี'];

function nationalId(n: number): string {
  const body = String(310000000000 + n); // 12 digits, then the check digit
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + String((11 - (sum % 11)) % 10);
}

async function main() {
  const { database, kind, close } = await benchDatabase();
  await prepare(database);
  const tambons = rowsOf<{ code: string }>(await database.db.execute(sql`select code from geo_unit where level = 'tambon' and active order by code limit ${GROUPS}`)).map((r) => r.code);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ทะเบียนเกษตรกร');
  ws.addRow(COLUMNS.map((c) => c.heading));
  let n = 0;
  for (const tambon of tambons) {
    for (let i = 0; i < PER_GROUP; i++, n++) {
      ws.addRow([nationalId(n), 'นาย', FIRST[n % FIRST.length], `${LAST[(n * 7) % LAST.length]}${n}`, '1/1/2510', 'ชาย', '0812345678', String(n % 200), (n % 12) + 1, 'หนองแวง', tambon, 4, null, 5, 2, 50, 'โฉนดที่ดิน (น.ส.4)', 'มี', 2563, 1260, 'ปลูกพืช: ข้าว; เลี้ยงสัตว์: ไก่', null]);
    }
  }
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  console.log(`${kind}: workbook of ${n.toLocaleString()} farmers over ${tambons.length.toLocaleString()} tambons, ${(file.length / 1024 / 1024).toFixed(1)} MB`);

  const app = await benchApp(database);
  const { cookie, csrf } = await signIn(app, 'demo-admin');
  const upload = (dryRun: boolean) => {
    const boundary = '----ntagbench';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="farmers.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      file, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return app.inject({ method: 'POST', url: `/api/farmers/import?dryRun=${dryRun}`, headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  };
  const [dry, dryMs] = await time(() => upload(true));
  console.log(`import dry run: ${fmt(dryMs)} — ${JSON.stringify({ valid: dry.json().valid, invalid: dry.json().invalid })}`);
  const [commit, commitMs] = await time(() => upload(false));
  console.log(`import commit: ${fmt(commitMs)} — ${JSON.stringify({ created: commit.json().created, invalid: commit.json().invalid })}`);

  // Groups, selection, members and presidents in bulk: the state after step 2 everywhere.
  const [, groupsMs] = await time(async () => {
    await database.db.execute(sql`insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, same_products, shared_ideas, ready_and_able, proposal, decision)
      select gen_random_uuid(), 2569, tambon_code, id, true, true, true, true, 'proposed', 'selected' from farmer`);
    await database.db.execute(sql`insert into model_group (id, name, tambon_code, cohort_year)
      select gen_random_uuid(), 'กลุ่มเกษตรทฤษฎีใหม่ตำบล' || g.name_th, g.code, 2569 from geo_unit g where g.code in (select distinct tambon_code from farmer)`);
    await database.db.execute(sql`insert into group_member (group_id, farmer_id) select mg.id, f.id from farmer f join model_group mg on mg.tambon_code = f.tambon_code`);
    await database.db.execute(sql`insert into group_committee (group_id, farmer_id, role, seat)
      select distinct on (m.group_id) m.group_id, m.farmer_id, 'president', 1 from group_member m order by m.group_id, m.farmer_id`);
  });
  const groups = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from model_group`))[0]!.n;
  console.log(`formed ${Number(groups).toLocaleString()} groups with members and presidents in ${fmt(groupsMs)}`);

  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  await get('/api/farmers?q=สม'); // warm-up
  const byName: number[] = [];
  const byId: number[] = [];
  for (let i = 0; i < 300; i++) {
    const prefix = FIRST[i % FIRST.length]!.slice(0, 2 + (i % 3));
    const [res, ms] = await time(() => get(`/api/farmers?q=${encodeURIComponent(prefix)}&limit=50`));
    if (res.statusCode !== 200) throw new Error(res.body);
    byName.push(ms);
    const [res2, ms2] = await time(() => get(`/api/farmers?q=${nationalId((i * 211) % n)}`));
    if (res2.json().total !== 1) throw new Error(`id search found ${res2.json().total}`);
    byId.push(ms2);
  }
  console.log(`farmer search by name prefix (300, limit 50, with total): p50 ${fmt(pct(byName, 50))}, p95 ${fmt(pct(byName, 95))}, max ${fmt(Math.max(...byName))}`);
  console.log(`farmer search by national id (300): p50 ${fmt(pct(byId, 50))}, p95 ${fmt(pct(byId, 95))}, max ${fmt(Math.max(...byId))}`);

  const group = rowsOf<{ id: string; tambon_code: string }>(await database.db.execute(sql`select id, tambon_code from model_group order by tambon_code limit 1`))[0]!;
  const pdfTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [res, ms] = await time(() => get(`/api/forms/group.pdf?group=${group.id}&cohort=2569`));
    if (res.statusCode !== 200) throw new Error(res.body);
    pdfTimes.push(ms);
  }
  console.log(`group full PDF (cover + กท.03 + ${PER_GROUP} × กท.02), 5 runs: median ${fmt(pct(pdfTimes, 50))}, max ${fmt(Math.max(...pdfTimes))}`);
  const [, kt01Ms] = await time(() => get(`/api/forms/kt01.pdf?tambon=${group.tambon_code}&cohort=2569`));
  console.log(`กท.01 PDF of a tambon (${PER_GROUP} candidates): ${fmt(kt01Ms)}`);

  await app.close();
  await close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
