import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, farmer } from '../src/db/schema';
import { COLUMNS } from '../src/modules/farmers/farmers.sheet';
import { farmerBody, nationalId } from './support/builders';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';

let ctx: TestContext;
let district: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
});
afterAll(() => ctx.close());

const HEAD: string[] = COLUMNS.map((c) => c.heading);
const thaiDigits = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
/** A row in template column order. */
function row(id: string, first: string, last: string, tambon = '400101', extra: Partial<Record<string, unknown>> = {}): unknown[] {
  const values: Record<string, unknown> = {
    nationalId: id, title: 'นาย', firstName: first, lastName: last, birthDate: '1/2/2510', sex: 'ชาย', phone: '0891234567', houseNo: '9', villageNo: 3,
    villageName: 'หนองแวง', tambonCode: tambon, householdSize: 5, farmerRegistryNo: '', rai: 10, ngan: 1, wa: 20, titleDeedType: 'โฉนดที่ดิน (น.ส.4)',
    pondDug: 'มี', pondYear: 2562, pondVolumeM3: 1260, activities: 'ปลูกพืช: ข้าว; เลี้ยงสัตว์: โค', notes: '', ...extra,
  };
  return COLUMNS.map((c) => values[c.key] ?? null);
}
async function xlsx(rows: unknown[][], headings = HEAD): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headings);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const csvOf = (rows: unknown[][], headings = HEAD) => [headings, ...rows].map((r) => r.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n');
const countFarmers = async () => (await ctx.database.db.select().from(farmer)).length;

describe('import template and export', () => {
  it('publishes a template with the Thai headings and an instructions sheet', async () => {
    const res = await district.download('/api/farmers/import-template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ทะเบียนเกษตรกร', 'คำอธิบาย']);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HEAD);
  });
});

describe('importing farmers', () => {
  const good1 = nationalId('350000000001');
  const good2 = nationalId('350000000002');
  let file: Buffer;

  beforeAll(async () => {
    const admin = await signIn(ctx, 'admin');
    await admin.post('/api/farmers', farmerBody({ nationalId: nationalId('350000000009'), tambonCode: '500701' }));
    file = await xlsx([
      row(good1, 'สมศักดิ์', 'ดีงาม'),
      row(thaiDigits(good2), 'สมพร', 'ดีงาม', thaiDigits('400102')),
      row('1101700230705', 'ผิด', 'เลขตรวจ'),
      row(good1, 'ซ้ำ', 'ในไฟล์'),
      [],
      row(nationalId('350000000009'), 'มีแล้ว', 'ที่อื่น'),
      row(nationalId('350000000010'), 'นอก', 'พื้นที่', '500701'),
      row(nationalId('350000000011'), '', 'ไม่มีชื่อ', '400101', { birthDate: '31/2/2510', rai: -1 }),
    ]);
  });

  it('a dry run reports each bad row in Thai with its row and column, and writes nothing', async () => {
    const before = await countFarmers();
    const res = await district.upload('/api/farmers/import?dryRun=true', 'farmers.xlsx', file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, rows: 7, valid: 2, invalid: 5, created: 2, updated: 0, unchanged: 0, truncated: false });
    const byRow = (n: number) => res.body.problems.filter((p: { row: number }) => p.row === n);
    expect(byRow(4)).toEqual([{ row: 4, column: 'เลขประจำตัวประชาชน', value: '1101700230705', message: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบไม่ตรง) ตรวจสอบกับบัตรอีกครั้ง', code: 'import.bad_national_id' }]);
    expect(byRow(5)[0]).toMatchObject({ code: 'import.duplicate_in_file', message: expect.stringContaining('เลขประจำตัวประชาชนซ้ำกับแถวที่ 2') });
    expect(byRow(7)[0]).toMatchObject({ code: 'import.registered_elsewhere', message: 'ลงทะเบียนแล้วที่ตำบลริมใต้ อำเภอแม่ริม จังหวัดเชียงใหม่' });
    expect(byRow(8)[0]).toMatchObject({ code: 'import.out_of_scope', column: 'รหัสตำบล' });
    expect(byRow(9).map((p: { column: string; value: string }) => [p.column, p.value]).sort()).toEqual([['ชื่อ', ''], ['พื้นที่แปลง (ไร่)', '-1'], ['วันเกิด (วว/ดด/ปปปป พ.ศ.)', '31/2/2510']].sort());
    expect(await countFarmers()).toBe(before);
  });

  it('a commit writes the valid rows, reading Thai digits, BE dates and rai-ngan-wa; re-importing changes nothing', async () => {
    const res = await district.upload('/api/farmers/import?dryRun=false', 'farmers.xlsx', file);
    expect(res.body).toMatchObject({ dryRun: false, created: 2, invalid: 5 });
    const saved = (await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, good2)))[0]!;
    expect(saved).toMatchObject({ firstName: 'สมพร', tambonCode: '400102', birthDate: '1967-02-01', plotAreaSqm: 10 * 1600 + 400 + 80, pondDug: true, pondYear: 2562 });
    expect(saved.activities).toEqual([{ kind: 'crops', detail: 'ข้าว' }, { kind: 'livestock', detail: 'โค' }]);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.targetId, saved.id));
    expect(audits.map((a) => a.verb)).toEqual(['farmer.import.create']);
    const again = await district.upload('/api/farmers/import?dryRun=false', 'farmers.xlsx', file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('a changed row updates the farmer, keeping its id and moving to the next version', async () => {
    const id = (await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, good1)))[0]!.id;
    const res = await district.upload('/api/farmers/import?dryRun=false', 'f.csv', csvOf([row(good1, 'สมศักดิ์', 'ดีงาม', '400101', { householdSize: 7 })]));
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, good1)))[0]).toMatchObject({ id, householdSize: 7, version: 2 });
  });

  it('reads a CSV saved by Thai Excel (Windows-874) and skips blank lines', async () => {
    const text = csvOf([row(nationalId('350000000020'), 'ทองใบ', 'ใจงาม'), [], row(nationalId('350000000021'), 'ทองคำ', 'ใจงาม')]);
    const tis620 = Buffer.from([...text].map((ch) => { const c = ch.codePointAt(0)!; return c >= 0x0e01 && c <= 0x0e5b ? c - 0x0e00 + 0xa0 : c; }));
    const res = await district.upload('/api/farmers/import?dryRun=true', 'f.csv', tis620);
    expect(res.body).toMatchObject({ rows: 2, valid: 2, problemCount: 0 });
  });

  it('lists columns it does not need as ignored, and says which heading it looked for when none is found', async () => {
    const res = await district.upload('/api/farmers/import?dryRun=true', 'f.xlsx', await xlsx([['1', 'x']], ['เลขบัตร', 'ชื่อเล่น']));
    expect(res.status).toBe(200);
    expect(res.body.invalid).toBe(1);
    expect(res.body.problems[0]).toMatchObject({ row: 0, code: 'import.no_heading', message: expect.stringContaining('เลขประจำตัวประชาชน') });
    const some = await district.upload('/api/farmers/import?dryRun=true', 'f.xlsx', await xlsx([['1', 'ก', 'x']], ['เลขบัตร', 'ชื่อ', 'ชื่อเล่น']));
    expect(some.body.ignoredColumns).toEqual(['ชื่อเล่น']);
    const codes = some.body.problems.map((p: { code: string }) => p.code);
    expect(codes).not.toContain('import.unknown_heading');
    expect(some.body.problems.filter((p: { code: string }) => p.code === 'import.missing_heading').map((p: { column: string }) => p.column)).toEqual(['นามสกุล', 'ตำบล (ชื่อหรือรหัส)']);
  });

  it('reports 50,000 bad rows with the first 1,000 problems shown', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${100000000000 + i},ชื่อ${i},สกุล,400101`); // 12 digits: all bad
    const text = ['เลขประจำตัวประชาชน,ชื่อ,นามสกุล,รหัสตำบล', ...rows].join('\n');
    const res = await district.upload('/api/farmers/import?dryRun=true', 'big.csv', text);
    expect(res.status).toBe(200);
    expect(res.body.rows).toBe(50_000);
    expect(res.body).toMatchObject({ invalid: 50_000, valid: 0, problemCount: 50_000 });
    expect(res.body.problems).toHaveLength(1000);
    expect(res.body.truncated).toBe(true);
  }, 60_000);

  it('refuses a file that is not a spreadsheet, an empty one, no file, and one over 20 MB', async () => {
    expect((await district.upload('/api/farmers/import', 'x.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).body.code).toBe('import.not_a_spreadsheet');
    expect((await district.upload('/api/farmers/import', 'x.csv', '\n\n')).body.code).toBe('import.empty_file');
    expect((await district.upload('/api/farmers/import', 'renamed.xlsx', 'ชื่อ,นามสกุล\nก,ข')).body.code).toBe('import.not_a_spreadsheet');
    const xls = await district.upload('/api/farmers/import', 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.body).toMatchObject({ code: 'import.not_a_spreadsheet', details: { issues: [{ path: 'file', message: expect.stringContaining('.xlsx') }] } });
    expect((await district.post('/api/farmers/import', {})).body.code).toBe('import.missing_file');
    const big = await district.upload('/api/farmers/import', 'big.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('http.payload_too_large');
  });

  it('a tambon worker may not import (403); a district officer cannot import into another district', async () => {
    expect((await (await signIn(ctx, 'tambon')).upload('/api/farmers/import', 'f.xlsx', file)).status).toBe(403);
    const other = await signIn(ctx, 'otherDistrict');
    const res = await other.upload('/api/farmers/import?dryRun=true', 'f.xlsx', await xlsx([row(nationalId('350000000030'), 'ก', 'ข', '400101')]));
    expect(res.body).toMatchObject({ valid: 0, invalid: 1 });
    expect(res.body.problems[0].code).toBe('import.out_of_scope');
  });
});

describe('exporting farmers', () => {
  it('exports the caller’s area with the import headings, audited; another district is 404', async () => {
    const res = await district.download('/api/farmers/export.xlsx');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEAD);
    const tambons = [];
    for (let r = 2; r <= ws.rowCount; r++) tambons.push(String(ws.getRow(r).getCell(11).value));
    expect(tambons.length).toBeGreaterThan(0);
    expect(tambons.every((t) => t.startsWith('4001'))).toBe(true);
    expect((await ctx.database.db.select().from(auditLog).where(eq(auditLog.verb, 'farmer.export'))).length).toBe(1);
    expect((await district.download('/api/farmers/export.xlsx?district=5007')).status).toBe(404);
    expect((await (await signIn(ctx, 'ministry')).download('/api/farmers/export.xlsx')).status).toBe(403);
  });

  it('an exported file imports back unchanged', async () => {
    const res = await district.download('/api/farmers/export.xlsx');
    const back = await district.upload('/api/farmers/import?dryRun=true', 'export.xlsx', res.body);
    expect(back.body.problemCount).toBe(0);
    expect(back.body.unchanged).toBe(back.body.rows);
  });
});
