/**
 * Issue 11: the program's 64,144 farmers in one messy office workbook, checked and committed.
 *   DATABASE_URL=postgres://… node --expose-gc --import tsx bench/import-messy.ts
 * ROWS (default 64,144) changes the size; BIG=0 skips the ~20 MB file, ONLY_BIG=1 runs only it;
 * REMARK (default 220 letters) sizes it.
 *
 * 1. Writes (once, cached in the temp directory) a workbook as a district office keeps it: a
 *    summary sheet first, then a title row, a two-row heading with a merged group ("ที่อยู่"
 *    over หมู่ / ตำบล / อำเภอ), the whole name in one column, tambon names, Thai dates
 *    ("13 พ.ค. 2522", Thai digits), land as "3-2-50", a subtotal row after every 500 farmers and
 *    a total (a COUNTA formula) at the bottom.
 * 2. A district officer checks it (dry run) and commits it through the API (app.inject: the
 *    server's time, no network), on a new PostgreSQL database; the figures are the time of each
 *    and the process's peak resident memory (VmHWM, the server and this script are one process).
 * 3. The same rows with a long remark each, about 20 MB (the upload limit): a check, timed.
 */
import '../apps/api/src/lib/exceljs-utf8'; // before exceljs (Thai letters split across chunks)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { benchApp, benchDatabase, fmt, prepare, signIn, time } from './lib';

const ROWS = Number(process.env.ROWS ?? 64_144);
const MB = 1024 * 1024;
const TAMBONS = ['ในเมือง', 'สำราญ', 'โคกสี', 'ท่าพระ', 'บ้านทุ่ม', 'เมืองเก่า', 'พระลับ', 'สาวะถี', 'บ้านหว้า', 'บ้านค้อ', 'แดงใหญ่', 'ดอนช้าง', 'ดอนหัน', 'ศิลา', 'บ้านเป็ด', 'หนองตูม', 'บึงเนียม', 'โนนท่อน'];
const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const thai = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);

function nid(n: number): string {
  const body = String(330000000000 + n);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + String((11 - (sum % 11)) % 10);
}

async function messyWorkbook(remark: number): Promise<string> {
  const file = path.join(os.tmpdir(), `ntag-bench-messy-${ROWS}-${remark}.xlsx`);
  if (fs.existsSync(file)) return file;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.part`, useSharedStrings: true, useStyles: false });
  const summary = wb.addWorksheet('สรุป');
  summary.addRow(['สรุปจำนวนเกษตรกรผู้ขุดสระ']).commit();
  summary.addRow(['อำเภอเมืองขอนแก่น', ROWS]).commit();
  await summary.commit();
  const ws = wb.addWorksheet('ทะเบียน');
  ws.addRow(['ทะเบียนเกษตรกรผู้ขุดสระ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น']).commit();
  ws.addRow([]).commit();
  const top = ws.addRow(['ลำดับ', 'ชื่อ-นามสกุล', 'เลขบัตรประชาชน', 'วัน/เดือน/ปีเกิด', 'เบอร์โทร', 'ที่อยู่', null, null, null, 'พื้นที่ถือครอง (ไร่-งาน-วา)', 'ขุดสระ', 'หมายเหตุ']);
  ws.mergeCells('F3:I3');
  top.commit();
  ws.addRow([null, null, null, null, null, 'บ้านเลขที่', 'หมู่', 'ตำบล', 'อำเภอ', null, null, null]).commit();
  // A remark that does not compress away (the upload limit is on the zipped bytes).
  let seed = 7;
  const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed >>> 0); // xorshift32
  const noise = () => Array.from({ length: remark }, () => 'กขคงจฉชซญฎฐณดตถทธนบปผพภมยรลวศสหอฮ0123456789'[next() % 44]).join('');
  for (let n = 0; n < ROWS; n++) {
    const day = (n % 28) + 1;
    const year = 2500 + (n % 40);
    const date = n % 3 === 0 ? `${day} ${MONTHS[n % 12]} ${year}` : n % 3 === 1 ? thai(`${day}/${(n % 12) + 1}/${year}`) : `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    ws.addRow([
      n + 1, `${n % 2 ? 'นาง' : 'นาย'}สมชาย${n} ใจดี${n % 97}`, nid(n), date, `08${String(10000000 + n).slice(-8)}`,
      String(n % 300), (n % 12) + 1, TAMBONS[n % TAMBONS.length], 'เมืองขอนแก่น', `${n % 20}-${n % 4}-${n % 100}`, n % 5 ? '✓' : 'ไม่มี', remark ? noise() : null,
    ]).commit();
    if ((n + 1) % 500 === 0) ws.addRow([`รวม ${n + 1} ราย`]).commit();
  }
  ws.addRow(['รวมทั้งสิ้น', null, { formula: `COUNTA(C5:C${ROWS + 4 + Math.floor(ROWS / 500)})`, result: ROWS }]).commit();
  await ws.commit();
  await wb.commit();
  fs.renameSync(`${file}.part`, file);
  return file;
}

const statusKb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
const resetPeak = () => fs.writeFileSync('/proc/self/clear_refs', '5');

async function measure<T>(fn: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const base = statusKb('VmRSS');
  resetPeak();
  const [result, ms] = await time(fn);
  return { result, ms, peakMb: statusKb('VmHWM') / MB, baseMb: base / MB };
}

async function main() {
  const file = await messyWorkbook(0);
  const bytes = fs.readFileSync(file);
  const { database, kind, close } = await benchDatabase({ requirePostgres: !process.env.ALLOW_PGLITE });
  await prepare(database);
  const app = await benchApp(database);
  const { cookie, csrf } = await signIn(app, 'demo-district-4001');
  const boundary = '----ntagbench';
  const multipart = (content: Buffer) => Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="messy.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const upload = (dryRun: boolean, content = bytes) =>
    app.inject({ method: 'POST', url: `/api/farmers/import?dryRun=${dryRun}`, headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart(content) });
  const summary = (r: Awaited<ReturnType<typeof upload>>) => {
    const b = r.json() as { code?: string; rows: number; valid: number; invalid: number; ignored: number; created: number; problemCount: number; mapping?: { headingRows: number[] } };
    return b.code ? `${r.statusCode} ${b.code}` : `${r.statusCode}: rows ${b.rows}, valid ${b.valid}, invalid ${b.invalid}, ignored ${b.ignored}, created ${b.created}, problems ${b.problemCount}, headings on ${b.mapping?.headingRows.join('–')}`;
  };
  console.log(`${kind}: messy workbook of ${ROWS.toLocaleString()} farmers, ${(bytes.length / MB).toFixed(1)} MB; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; cpus ${os.cpus().length}`);
  if (process.env.ONLY_BIG !== '1') await checkAndCommit();
  async function checkAndCommit() {
  const check = await measure(() => upload(true));
  console.log(`check (dry run): ${fmt(check.ms)}, peak RSS ${check.peakMb.toFixed(0)} MB (before ${check.baseMb.toFixed(0)} MB) — ${summary(check.result)}`);
  const commit = await measure(() => upload(false));
  console.log(`commit: ${fmt(commit.ms)}, peak RSS ${commit.peakMb.toFixed(0)} MB (before ${commit.baseMb.toFixed(0)} MB) — ${summary(commit.result)}`);
  console.log(`check + commit: ${fmt(check.ms + commit.ms)}; peak RSS of the process ${Math.max(check.peakMb, commit.peakMb).toFixed(0)} MB`);
  }
  if (process.env.BIG !== '0') {
    const big = fs.readFileSync(await messyWorkbook(Number(process.env.REMARK ?? 220)));
    const r = await measure(() => upload(true, big));
    console.log(`~20 MB file (${(big.length / MB).toFixed(1)} MB, the same rows with a long remark): check ${fmt(r.ms)}, peak RSS ${r.peakMb.toFixed(0)} MB — ${summary(r.result)}`);
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await app.close();
  await close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
