import '../src/lib/exceljs-utf8'; // before exceljs: Thai letters split across chunks (see the file)
import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farmer } from '../src/db/schema';
import { readWorkbook } from '../src/modules/farmers/farmers.import.table';
import { nationalId } from './support/builders';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';

/**
 * Issue 11: a district office's own workbook goes in as it is — a title row above two-row
 * merged headings in the office's words, the whole name in one column, tambon names, dates and
 * land in every form offices write, a section title, a repeated heading and a total row, and
 * other sheets beside it.
 */
let ctx: TestContext;
let district: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
});
afterAll(() => ctx.close());

const thai = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
const ids = Array.from({ length: 12 }, (_, i) => nationalId(`36100000${String(i + 1).padStart(4, '0')}`));
const dashed = (id: string) => `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;

const TOP = ['ลำดับ', 'ชื่อ-นามสกุล', 'เลขบัตรประชาชน', 'วัน/เดือน/ปีเกิด', 'เบอร์โทร', 'ที่อยู่', null, null, null, 'พื้นที่ถือครอง', 'ขุดสระ', 'หมายเหตุ'];
const BOTTOM = [null, null, null, null, null, 'บ้านเลขที่', 'หมู่', 'ตำบล', 'อำเภอ', '(ไร่-งาน-วา)', null, null];

/** The office's workbook: rows of farmers (12 columns as TOP/BOTTOM) under its own title and headings. */
async function officeWorkbook(rows: unknown[][], opts: { total?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('สรุป');
  summary.addRow(['สรุปจำนวนเกษตรกร']);
  summary.addRow(['อำเภอเมืองขอนแก่น', 46]);
  const ws = wb.addWorksheet('ทะเบียน');
  ws.getCell('A1').value = 'ทะเบียนเกษตรกรผู้ขุดสระ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น';
  ws.mergeCells('A1:L1');
  ws.getCell('A2').value = 'ข้อมูล ณ วันที่ 1 ต.ค. 2569';
  ws.getRow(4).values = TOP as ExcelJS.CellValue[];
  ws.getRow(5).values = BOTTOM as ExcelJS.CellValue[];
  ws.mergeCells('F4:I4');
  for (const c of ['A', 'B', 'C', 'D', 'E', 'K', 'L']) ws.mergeCells(`${c}4:${c}5`);
  let r = 6;
  for (const row of rows) ws.getRow(r++).values = row as ExcelJS.CellValue[];
  if (opts.total) {
    ws.getRow(r).values = ['รวมทั้งสิ้น', null, { formula: `COUNTA(C6:C${r - 1})`, result: rows.length } as ExcelJS.CellValue];
  }
  const other = wb.addWorksheet('Sheet3');
  other.addRow(['หมายเหตุ', 'ผู้บันทึก']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const GOOD = [
  [1, 'นายสมชาย ใจดี', dashed(ids[0]!), '13 พ.ค. 2522', '081-234-5678', '12', 3, 'บ้านเป็ด', 'เมืองขอนแก่น', '3-2-50', '✓', null],
  [2, 'นางสาว สมศรี มีสุข', thai(`${ids[1]!.slice(0, 5)} ${ids[1]!.slice(5)}`), thai('13/05/2522'), '0812345678', '4/1', 'ม.5', 'ต.ศิลา', null, '3 ไร่ 2 งาน 50 ตารางวา', 'มี', 'ย้ายมาจากสำราญ'],
  [3, 'สมหมาย ดีใจ', ids[2], '13 พฤษภาคม 2522', '+66 81 234 5678', '7', 1, 'ในเมือง', null, 2.5, 'ไม่มี', null],
  [4, 'นายทอง คำดี', ids[3], '2522-05-13', 812345678, '8', 2, 'สำราญ', null, null, '-', null],
  [5, 'นางเงิน ดีมาก', ids[4], new Date(Date.UTC(1979, 4, 13)), '043-123456', '9', 4, '400103', null, '๑-๐-๐', null, null],
];
const SECTION = ['หมู่ที่ 9 บ้านหนองไผ่'];
const REPEAT = TOP;
const BAD = [
  [6, 'นายผิดทั้งแถว', '1101700230705', '31/02/2522', '1234', '1', 'สาม', 'บ้านเปด', null, '3-5-10', 'บางที', null],
  [7, 'นายนอก พื้นที่', ids[6], '1/1/2500', null, '1', 1, 'หนองบัว', null, null, null, null],
];

describe('an office workbook as it is kept', () => {
  let file: Buffer;
  beforeAll(async () => {
    file = await officeWorkbook([...GOOD, SECTION, REPEAT, ...BAD], { total: true });
  });

  it('finds the table under the title, reads the two-row merged heading, proposes the sheet and a mapping', async () => {
    const res = await district.upload('/api/farmers/import?dryRun=true', 'ทะเบียนอำเภอ.xlsx', file);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    expect(res.body.sheets.map((s: { name: string }) => s.name)).toEqual(['สรุป', 'ทะเบียน', 'Sheet3']);
    expect(res.body.mapping).toMatchObject({ sheet: 'ทะเบียน', headingRows: [4, 5], headingRow: 5, source: 'proposed' });
    const fields = Object.fromEntries(res.body.mapping.columns.map((c: { column: string; field: string }) => [c.column, c.field]));
    expect(fields).toEqual({
      A: null, B: 'fullName', C: 'nationalId', D: 'birthDate', E: 'phone', F: 'houseNo', G: 'villageNo', H: 'tambon', I: 'district', J: 'plotArea', K: 'pondDug', L: 'notes',
    });
    expect(res.body.mapping.columns[7]).toMatchObject({ heading: 'ที่อยู่ ตำบล', samples: ['บ้านเป็ด', 'ต.ศิลา', 'ในเมือง', 'สำราญ', '400103'] });
    expect(res.body.ignoredColumns).toEqual(['ลำดับ']);
    expect(res.body).toMatchObject({ rows: 7, valid: 5, invalid: 2, ignored: 3, created: 5, batchId: null });
  });

  it('names each bad cell with its row, the column as the file calls it, the value and a fix in Thai', async () => {
    const res = await district.upload('/api/farmers/import?dryRun=true', 'ทะเบียนอำเภอ.xlsx', file);
    const at = (row: number) => res.body.problems.filter((p: { row: number }) => p.row === row).map((p: { column: string; value: string; code: string }) => [p.column, p.value, p.code]);
    // The section title, the repeated heading and the total are named, not silently dropped.
    expect(res.body.problems.filter((p: { code: string }) => p.code === 'import.ignored_row').map((p: { row: number }) => p.row)).toEqual([11, 12, 15]);
    expect(at(13).sort()).toEqual([
      ['ขุดสระ', 'บางที', 'import.bad_value'],
      ['ชื่อ-นามสกุล', 'นายผิดทั้งแถว', 'import.bad_value'],
      ['ที่อยู่ หมู่', 'สาม', 'import.bad_value'],
      ['พื้นที่ถือครอง (ไร่-งาน-วา)', '3-5-10', 'import.bad_value'],
      ['วัน/เดือน/ปีเกิด', '31/02/2522', 'import.bad_value'],
      ['เบอร์โทร', '1234', 'import.bad_value'],
      ['เลขบัตรประชาชน', '1101700230705', 'import.bad_national_id'],
    ].sort());
    const date = res.body.problems.find((p: { row: number; column: string }) => p.row === 13 && p.column === 'วัน/เดือน/ปีเกิด');
    expect(date.message).toContain('13 พ.ค. 2522');
    const outside = res.body.problems.find((p: { row: number }) => p.row === 14);
    expect(outside).toMatchObject({ column: 'ที่อยู่ ตำบล', value: 'หนองบัว', code: 'import.unknown_tambon' });
    // A misspelt tambon is answered with the likely one (row 13 has other problems first; check it alone).
    const alone = await district.upload('/api/farmers/import?dryRun=true', 'x.xlsx', await officeWorkbook([[1, 'นายก ข', ids[7], null, null, null, null, 'บ้านเปด', null, null, null, null]]));
    expect(alone.body.problems[0]).toMatchObject({ row: 6, value: 'บ้านเปด', code: 'import.unknown_tambon', message: expect.stringContaining('บ้านเป็ด (400115') });
  });

  it('writes every good row with every field it carried; re-importing changes nothing', async () => {
    const res = await district.upload('/api/farmers/import?dryRun=false', 'ทะเบียนอำเภอ.xlsx', file);
    expect(res.body).toMatchObject({ created: 5, valid: 5, invalid: 2 });
    expect(res.body.batchId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await ctx.database.db.select().from(farmer).where(inArray(farmer.nationalId, ids.slice(0, 5)));
    const by = (i: number) => rows.find((r) => r.nationalId === ids[i])!;
    expect(by(0)).toMatchObject({
      title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', birthDate: '1979-05-13', phone: '0812345678', houseNo: '12', villageNo: 3,
      tambonCode: '400115', plotAreaSqm: 5800, pondDug: true, importBatchId: res.body.batchId,
    });
    expect(by(1)).toMatchObject({ title: 'นางสาว', firstName: 'สมศรี', lastName: 'มีสุข', birthDate: '1979-05-13', houseNo: '4/1', villageNo: 5, tambonCode: '400114', plotAreaSqm: 5800, pondDug: true, notes: 'ย้ายมาจากสำราญ' });
    expect(by(2)).toMatchObject({ title: null, firstName: 'สมหมาย', birthDate: '1979-05-13', phone: '0812345678', tambonCode: '400101', plotAreaSqm: 4000, pondDug: false });
    expect(by(3)).toMatchObject({ birthDate: '1979-05-13', phone: '0812345678', tambonCode: '400102', plotAreaSqm: null, pondDug: false });
    expect(by(4)).toMatchObject({ birthDate: '1979-05-13', phone: '043123456', tambonCode: '400103', plotAreaSqm: 1600 });
    const again = await district.upload('/api/farmers/import?dryRun=false', 'ทะเบียนอำเภอ.xlsx', file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });

  it('gives the workbook back with the problem cells highlighted and commented, fixable and importable again', async () => {
    const res = await district.upload('/api/farmers/import/marked.xlsx', 'ทะเบียนอำเภอ.xlsx', file);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['สรุป', 'ทะเบียน', 'Sheet3', 'ปัญหาที่พบ']);
    const ws = wb.getWorksheet('ทะเบียน')!;
    const idCell = ws.getCell('C13');
    expect((idCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(idCell.note)).toContain('เลขตรวจสอบไม่ตรง');
    expect(JSON.stringify(ws.getCell('D13').note)).toContain('13 พ.ค. 2522');
    expect(ws.getCell('C6').note).toBeUndefined();
    expect(ws.getCell('B6').value).toBe('นายสมชาย ใจดี'); // the officer's own data, untouched
    // Fixed in Excel: the marked file goes in again with row 13 corrected.
    ws.getCell('C13').value = ids[5]!;
    ws.getCell('D13').value = '28/02/2522';
    ws.getCell('E13').value = '0899999999';
    ws.getCell('G13').value = 3;
    ws.getCell('H13').value = 'บ้านเป็ด';
    ws.getCell('J13').value = '3-1-10';
    ws.getCell('K13').value = 'ไม่มี';
    ws.getCell('B13').value = 'นายแก้ แล้ว';
    const fixed = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await district.upload('/api/farmers/import?dryRun=true', 'fixed.xlsx', fixed);
    expect(again.body).toMatchObject({ valid: 6, invalid: 1, created: 1, unchanged: 5 });
    expect(again.body.mapping.sheet).toBe('ทะเบียน');
  });
});

describe('the mapping the officer sets', () => {
  it('is taken as sent, remembered for the office, and applies itself to the next file with the same headings', async () => {
    const file = await officeWorkbook([[1, 'นายจำ ได้', ids[8], null, null, '1', 1, 'ท่าพระ', null, null, null, 'ปลูกพืช: ข้าว']]);
    const first = await district.upload('/api/farmers/import?dryRun=true', 'a.xlsx', file);
    expect(first.body.mapping.source).toBe('proposed');
    const mapping = { sheet: 'ทะเบียน', columns: [{ column: 'L', field: 'activities' }, { column: 'I', field: null }] };
    const sent = await district.upload('/api/farmers/import?dryRun=false', 'a.xlsx', file, undefined, { mapping: JSON.stringify(mapping) });
    expect(sent.status, JSON.stringify(sent.body).slice(0, 300)).toBe(200);
    expect(sent.body.mapping.source).toBe('sent');
    expect(sent.body.ignoredColumns).toEqual(['ลำดับ', 'ที่อยู่ อำเภอ']);
    const saved = (await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, ids[8]!)))[0]!;
    expect(saved.activities).toEqual([{ kind: 'crops', detail: 'ข้าว' }]);
    expect(saved.notes).toBeNull();
    const next = await district.upload('/api/farmers/import?dryRun=true', 'b.xlsx', await officeWorkbook([[1, 'นายใหม่ มา', ids[9], null, null, '1', 1, 'ท่าพระ', null, null, null, 'เลี้ยงสัตว์: ไก่']]));
    expect(next.body.mapping.source).toBe('saved');
    expect(next.body.mapping.columns.find((c: { column: string }) => c.column === 'L')).toMatchObject({ field: 'activities', by: 'saved' });
    expect((await district.get('/api/farmers/import/mappings')).body.items[0].columns).toContainEqual({ column: 'L', field: 'activities' });
    // Another district's office has its own mappings.
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/farmers/import/mappings')).body.items).toEqual([]);
  });

  it('refuses a mapping that is not the published shape, naming the field, and writes nothing', async () => {
    const file = await officeWorkbook([[1, 'นายไม่ เขียน', ids[10], null, null, '1', 1, 'ท่าพระ', null, null, null, null]]);
    for (const bad of ['{', JSON.stringify({ columns: [{ column: 'L', field: 'salary' }] }), JSON.stringify({ sheet: 'ไม่มี' }), JSON.stringify({ extra: 1 })]) {
      const res = await district.upload('/api/farmers/import?dryRun=false', 'a.xlsx', file, undefined, { mapping: bad });
      expect(res.status, bad).toBe(400);
      expect(res.body.details.issues[0].path).toMatch(/^mapping/);
    }
    expect(await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, ids[10]!))).toHaveLength(0);
  });
});

describe('progress and undo', () => {
  it('shows rows done / total, and undoes a whole batch except a farmer changed since', async () => {
    const batch = crypto.randomUUID();
    const a = nationalId('362000000001');
    const b = nationalId('362000000002');
    const file = await officeWorkbook([[1, 'นายหนึ่ง ทดลอง', a, null, null, '1', 1, 'โคกสี', null, null, null, null], [2, 'นายสอง ทดลอง', b, null, null, '1', 1, 'โคกสี', null, null, null, null]]);
    const res = await district.upload(`/api/farmers/import?dryRun=false&batch=${batch}`, 'u.xlsx', file);
    expect(res.body).toMatchObject({ created: 2, batchId: batch });
    const progress = await district.get(`/api/farmers/import/batches/${batch}`);
    expect(progress.body).toMatchObject({ status: 'done', rowsDone: 2, rowsTotal: 2, created: 2, dryRun: false });
    expect((await district.get('/api/farmers/import/batches')).body.items.map((x: { id: string }) => x.id)).toContain(batch);
    // Another office cannot see or undo it.
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.get(`/api/farmers/import/batches/${batch}`)).status).toBe(404);
    expect((await other.post(`/api/farmers/import/batches/${batch}/undo`, {})).status).toBe(404);
    // Farmer b is changed after the import: undo keeps it and names it.
    const bRow = (await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, b)))[0]!;
    expect((await district.patch(`/api/farmers/${bRow.id}`, { householdSize: 4, version: bRow.version })).status).toBe(200);
    const undo = await district.post(`/api/farmers/import/batches/${batch}/undo`, {});
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect(undo.body).toMatchObject({ removed: 1, restored: 0, batch: { status: 'undone' } });
    expect(undo.body.kept).toEqual([{ farmerId: bRow.id, name: 'หนึ่ง ทดลอง'.replace('หนึ่ง', 'สอง'), reason: expect.any(String) }]);
    expect(await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, a))).toHaveLength(0);
    expect(await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, b))).toHaveLength(1);
    expect((await district.post(`/api/farmers/import/batches/${batch}/undo`, {})).status).toBe(409);
  });

  it('undo puts back the farmers an import changed', async () => {
    const c = nationalId('362000000003');
    const one = (name: string) => officeWorkbook([[1, name, c, null, null, '1', 1, 'โคกสี', null, null, null, null]]);
    await district.upload('/api/farmers/import?dryRun=false', 'c1.xlsx', await one('นายเดิม ชื่อเดิม'));
    const second = await district.upload('/api/farmers/import?dryRun=false', 'c2.xlsx', await one('นายใหม่ ชื่อใหม่'));
    expect(second.body.updated).toBe(1);
    const undo = await district.post(`/api/farmers/import/batches/${second.body.batchId}/undo`, {});
    expect(undo.body).toMatchObject({ removed: 0, restored: 1, kept: [] });
    expect((await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, c)))[0]).toMatchObject({ firstName: 'เดิม', lastName: 'ชื่อเดิม' });
  });
});

describe("the Land Development Department's pond list", () => {
  it('goes into the registry and becomes กท.01 candidates of the cohort with criterion 1 met and the other three for the district', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('บัญชีสระ');
    ws.addRow(['บัญชีรายชื่อเกษตรกรที่ขุดสระ กรมพัฒนาที่ดิน ปีงบประมาณ 2566']);
    ws.addRow(['ลำดับ', 'เลขประจำตัวประชาชน', 'ชื่อ-สกุล', 'ที่อยู่', 'ปีที่ขุด', 'ขนาดสระ']);
    const pond = [nationalId('363000000001'), nationalId('363000000002')];
    ws.addRow([1, pond[0], 'นายบ่อ หนึ่ง', '12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น จ.ขอนแก่น', 2566, '1,260 ลบ.ม.']);
    ws.addRow([2, pond[1], 'นางบ่อ สอง', '4/1 หมู่ที่ 5 ตำบลศิลา อำเภอเมืองขอนแก่น', '๒๕๖๕', 1260]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await district.upload('/api/farmers/import?dryRun=false&cohort=2569', 'ldd.xlsx', file);
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200);
    expect(res.body).toMatchObject({ created: 2, candidates: 2, invalid: 0 });
    const one = (await ctx.database.db.select().from(farmer).where(eq(farmer.nationalId, pond[0]!)))[0]!;
    expect(one).toMatchObject({ title: 'นาย', firstName: 'บ่อ', houseNo: '12', villageNo: 3, tambonCode: '400115', pondDug: true, pondYear: 2566, pondVolumeM3: 1260 });
    const list = await district.get('/api/selection?tambon=400115&cohort=2569');
    const c = list.body.candidates.find((x: { farmer: { id: string } }) => x.farmer.id === one.id);
    expect(c.criteria.pondDug).toMatchObject({ met: true, notes: expect.stringContaining('กรมพัฒนาที่ดิน') });
    expect(c.criteria.sameProducts.met).toBe(false);
    expect(c.criteria.readyAndAble.notes).toBe('รอการประเมินของอำเภอ');
    expect(c.proposal).toBe('not_proposed');
    // Again: no second candidate; an unknown cohort is refused.
    expect((await district.upload('/api/farmers/import?dryRun=false&cohort=2569', 'ldd.xlsx', file)).body).toMatchObject({ unchanged: 2, candidates: 0 });
    expect((await district.upload('/api/farmers/import?dryRun=true&cohort=2699', 'ldd.xlsx', file)).status).toBe(404);
    // Undo takes the list's untouched candidates with the farmers.
    const undo = await district.post(`/api/farmers/import/batches/${res.body.batchId}/undo`, {});
    expect(undo.body).toMatchObject({ removed: 2, kept: [] });
  });
});

describe('Thai text in a large workbook', () => {
  it('reads every Thai letter, also where the zip stream splits one across chunks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ทะเบียน');
    const names = Array.from({ length: 6000 }, (_, i) => `นางสาวสมศรี${thai(String(i))} ณ อยุธยา ต.บ้านเป็ด`);
    for (const n of names) ws.addRow([n]);
    const [sheet] = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'big.xlsx');
    expect(sheet!.rows.map((r) => r.values[0])).toEqual(names);
  });
});
