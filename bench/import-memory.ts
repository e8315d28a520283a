/**
 * Memory of the farmer import under an oversized upload (issue #8, finding 6).
 *   node --expose-gc --import tsx bench/import-memory.ts            # PGlite in memory
 *   DATABASE_URL=postgres://… node --expose-gc --import tsx bench/import-memory.ts
 * ROWS (default 3,500,000) and PARALLEL (default 8) change the load.
 *
 * 1. Writes (once, cached in the temp directory) a workbook of the template's heading row and
 *    ROWS rows of one cell each: about 19 MB, under the upload limit of 20 MB — the shape of the
 *    workbook the outside test sent (17.6 MB, 3.5 million rows).
 * 2. Imports it as a dry run through the API as a district officer, and measures the process's
 *    peak resident memory above what it held before (VmHWM, reset per measure) and the time.
 * 3. Sends PARALLEL such imports at once from the same user and measures the same.
 * 4. Imports (dry run) the largest file accepted: 100,000 complete farmer rows (AT_LIMIT=0 skips).
 * Requests go through app.inject: the figures are the server's, without the network.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { COLUMNS } from '../apps/api/src/modules/farmers/farmers.sheet';
import { benchApp, benchDatabase, fmt, prepare, signIn, time } from './lib';

const ROWS = Number(process.env.ROWS ?? 3_500_000);
const PARALLEL = Number(process.env.PARALLEL ?? 8);
const MB = 1024 * 1024;

async function workbookFile(): Promise<string> {
  const file = path.join(os.tmpdir(), `ntag-bench-import-${ROWS}.xlsx`);
  if (fs.existsSync(file)) return file;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.part`, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('ทะเบียนเกษตรกร');
  ws.addRow(COLUMNS.map((c) => c.heading)).commit();
  for (let n = 0; n < ROWS; n++) ws.addRow([1]).commit();
  await ws.commit();
  await wb.commit();
  fs.renameSync(`${file}.part`, file);
  return file;
}

/** The largest file an import accepts: 100,000 complete rows in the district officer's tambon. */
async function limitFile(): Promise<string> {
  const file = path.join(os.tmpdir(), 'ntag-bench-import-limit-100000.xlsx');
  if (fs.existsSync(file)) return file;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.part`, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('ทะเบียนเกษตรกร');
  ws.addRow(COLUMNS.map((c) => c.heading)).commit();
  for (let n = 0; n < 100_000; n++) {
    const body = String(320000000000 + n);
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
    const values: Record<string, unknown> = {
      nationalId: body + String((11 - (sum % 11)) % 10), title: 'นาง', firstName: 'สมใจ', lastName: `ใจดี${n}`, birthDate: '17/5/2513', sex: 'หญิง',
      phone: '0812345678', houseNo: String(n % 300), villageNo: (n % 12) + 1, villageName: 'โนนสูง', tambonCode: '400101', householdSize: 4,
      rai: 3, ngan: 2, wa: 50, titleDeedType: 'โฉนดที่ดิน (น.ส.4)', pondDug: 'มี', pondYear: 2563, pondVolumeM3: 1260, activities: 'ปลูกพืช: ข้าว',
    };
    ws.addRow(COLUMNS.map((c) => values[c.key] ?? null)).commit();
  }
  await ws.commit();
  await wb.commit();
  fs.renameSync(`${file}.part`, file);
  return file;
}

const statusKb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
/** Resets the peak resident set size the kernel keeps for this process (Linux ≥ 4.0). */
const resetPeak = () => fs.writeFileSync('/proc/self/clear_refs', '5');

async function measure<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakAboveMb: number; baseMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = statusKb('VmRSS');
  resetPeak();
  const [result, ms] = await time(fn);
  return { result, ms, peakAboveMb: (statusKb('VmHWM') - base) / MB, baseMb: base / MB };
}

async function main() {
  const file = await workbookFile();
  const bytes = fs.readFileSync(file);
  const { database, kind, close } = await benchDatabase();
  await prepare(database);
  const app = await benchApp(database);
  const { cookie, csrf } = await signIn(app, 'demo-district-4001');
  const boundary = '----ntagbench';
  const multipart = (content: Buffer) => Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const payload = multipart(bytes);
  const upload = (body = payload) => app.inject({ method: 'POST', url: '/api/farmers/import?dryRun=true', headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
  const summary = (r: Awaited<ReturnType<typeof upload>>) => {
    const body = r.json() as { code?: string; rows?: number; invalid?: number };
    return `${r.statusCode} ${body.code ?? `rows ${body.rows}, invalid ${body.invalid}`}${r.headers['retry-after'] ? ` (retry-after ${r.headers['retry-after']})` : ''}`;
  };
  console.log(`${kind}: workbook of ${ROWS.toLocaleString()} rows, ${(bytes.length / MB).toFixed(1)} MB; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const one = await measure(upload);
  console.log(`one import: ${fmt(one.ms)}, peak ${one.peakAboveMb.toFixed(0)} MB above ${one.baseMb.toFixed(0)} MB — ${summary(one.result)}`);

  const many = await measure(() => Promise.all(Array.from({ length: PARALLEL }, () => upload())));
  const counts = new Map<string, number>();
  for (const r of many.result) counts.set(summary(r), (counts.get(summary(r)) ?? 0) + 1);
  console.log(`${PARALLEL} at once by one user: ${fmt(many.ms)}, peak ${many.peakAboveMb.toFixed(0)} MB above ${many.baseMb.toFixed(0)} MB — ${[...counts].map(([s, n]) => `${n} × ${s}`).join('; ')}`);
  if (process.env.AT_LIMIT !== '0') {
    const limit = fs.readFileSync(await limitFile());
    const atLimit = await measure(() => upload(multipart(limit)));
    console.log(`largest accepted file (100,000 complete rows, ${(limit.length / MB).toFixed(1)} MB), dry run: ${fmt(atLimit.ms)}, peak ${atLimit.peakAboveMb.toFixed(0)} MB above ${atLimit.baseMb.toFixed(0)} MB — ${summary(atLimit.result)}`);
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await app.close();
  await close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
