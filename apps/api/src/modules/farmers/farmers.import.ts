import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lib/lazy';
import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ModuleDeps } from '../../module';
import { rowsOf, type Executor } from '../../db/client';
import { farmer } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import { requirePermission, scopeOf, unitInScope } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { parseCsv } from '../../lib/csv';
import { Slots } from '../../lib/slots';
import { findUnits, tambonPlaces } from '../geo/units';
import { CreateFarmerBody, ImportReportOut } from './farmers.schemas';
import {
  COLUMNS, HEADING_OF, cellActivities, cellDate, cellNumber, cellSex, cellText, cellTitleDeed, cellYesNo, columnOfHeading, landFromCells,
  type Cell, type ColumnKey,
} from './farmers.sheet';

/**
 * Bulk import of farmers from .xlsx or .csv with Thai headings. A dry run reports every row's
 * problems in Thai and writes nothing; a commit writes the valid rows, one transaction per batch.
 * A national id already registered in the caller's area updates that farmer (so re-importing a
 * file changes nothing); one registered elsewhere is a problem naming where.
 */

/** Codes of the problems an import report lists (docs/ERRORS.md). */
export const IMPORT_PROBLEM_CODES = {
  'import.unknown_heading': 'a column heading that is not in the template; the column is ignored',
  'import.missing_heading': 'a required column is missing; no row can be imported',
  'import.bad_value': 'a cell that cannot be read or is out of range',
  'import.bad_national_id': 'a national id without 13 digits or with a wrong check digit',
  'import.duplicate_in_file': 'the national id appears on an earlier row of the same file',
  'import.unknown_tambon': 'no such tambon code',
  'import.out_of_scope': "the tambon lies outside the importer's area",
  'import.registered_elsewhere': 'the national id is registered in a tambon outside the importer\'s area',
} as const;
type ProblemCode = keyof typeof IMPORT_PROBLEM_CODES;

export type ImportReport = z.output<typeof ImportReportOut>;
/** One problem: its spreadsheet row (the heading row is 1 in the template) and a code of the catalogue. */
type Problem = ImportReport['problems'][number] & { code: ProblemCode };

const MAX_PROBLEMS_SHOWN = 1000;
/**
 * Rows of farmers per file: more than the whole program's 64,144, so a national file fits; a
 * larger one is refused as soon as its row 100,001 is read, which bounds the memory an import
 * takes whatever the file holds (the upload itself is at most 20 MB).
 */
export const MAX_IMPORT_ROWS = 100_000;
/**
 * One running import per user and two in the process (2 cores): an import holds its file and
 * rows in memory, and eight at once by one user took 4.9 GB before this limit.
 */
export const importSlots = new Slots({ perKey: 1, total: 2, retryAfterSeconds: 30, busyKey: 'import.in_progress', busyTotal: 'import.busy' });
/** Rows per transaction: 22 columns × 2,000 stays under PostgreSQL's 65,535 parameters. */
const BATCH = 2000;

interface SheetRow {
  rowNumber: number;
  cells: Map<ColumnKey, Cell>;
}

/** The first sheet of an .xlsx, or a CSV (UTF-8, or Windows-874 as older Thai Excel saves it). */
export async function readSheet(buffer: Buffer, fileName = ''): Promise<{ headings: { text: string; column: number }[]; headingRow: number; rows: { rowNumber: number; values: Cell[] }[] }> {
  const isZip = buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50;
  // Excel 97–2003 (.xls) is a compound file, not a zip: say so rather than read it as text.
  if (buffer.length > 4 && buffer.readUInt32BE(0) === 0xd0cf11e0) {
    throw new AppError('import.not_a_spreadsheet', 400, { issues: [{ path: 'file', message: 'an old .xls workbook: save it as .xlsx and import again' }] });
  }
  if (!isZip && /\.xlsx$/i.test(fileName)) throw notSpreadsheet();
  let grid: { rowNumber: number; values: Cell[] }[];
  // Blank rows are skipped as they are read: a sheet of a million formatted empty rows holds nothing.
  const blank = (values: Cell[]) => !values.some((v) => cellText(v) !== '');
  if (isZip) {
    // The streaming reader: a 20 MB workbook is read without building it all in memory.
    grid = [];
    try {
      const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from(buffer), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
      for await (const ws of reader) {
        for await (const row of ws) {
          const values = (row.values as ExcelJS.CellValue[]).slice(1).map(plainCell);
          if (blank(values)) continue;
          grid.push({ rowNumber: row.number, values });
          if (grid.length > MAX_IMPORT_ROWS + 1) throw tooManyRows(); // + 1: the heading row
        }
        break; // the first sheet only
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw notSpreadsheet();
    }
  } else {
    if (buffer.subarray(0, 1024).includes(0)) throw notSpreadsheet();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      text = new TextDecoder('windows-874').decode(buffer);
    }
    grid = parseCsv(text, MAX_IMPORT_ROWS + 1).map((values, i) => ({ rowNumber: i + 1, values }));
    if (grid.length > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  }
  const first = grid.findIndex((r) => r.values.some((v) => cellText(v) !== ''));
  if (first < 0) throw new AppError('import.empty_file', 400, { issues: [{ path: 'file', message: 'the file has no rows' }] });
  const headingRow = grid[first]!;
  const headings = headingRow.values.map((v, i) => ({ text: cellText(v), column: i })).filter((h) => h.text !== '');
  const rows = grid.slice(first + 1).filter((r) => r.values.some((v) => cellText(v) !== ''));
  return { headings, headingRow: headingRow.rowNumber, rows };
}

const tooManyRows = () =>
  new AppError('import.too_many_rows', 400, { limit: MAX_IMPORT_ROWS, issues: [{ path: 'file', message: `more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: split the file` }] });

const notSpreadsheet = () => new AppError('import.not_a_spreadsheet', 400, { issues: [{ path: 'file', message: 'not an .xlsx or .csv file' }] });

/** exceljs cell values (rich text, formulas, hyperlinks) down to plain values. */
function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v as Cell;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plainCell(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return null;
}

const THAI_FIELD_MESSAGE: Partial<Record<string, string>> = {
  firstName: 'ต้องระบุชื่อ',
  lastName: 'ต้องระบุนามสกุล',
  birthDate: 'วันเกิดไม่ถูกต้อง',
  phone: 'หมายเลขโทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0',
  villageNo: 'หมู่ที่ต้องเป็นตัวเลข 1–99',
  householdSize: 'จำนวนสมาชิกในครัวเรือนต้องเป็นตัวเลข 1–50',
  plotAreaSqm: 'พื้นที่แปลงต้องเป็นตัวเลขไม่ติดลบ',
  pondYear: 'ปีที่ขุดสระต้องเป็นปี พ.ศ. เช่น 2565',
  pondVolumeM3: 'ขนาดสระต้องเป็นตัวเลขไม่ติดลบ',
  tambonCode: 'รหัสตำบลต้องเป็นตัวเลข 6 หลัก',
  title: 'คำนำหน้ายาวเกินไป',
  notes: 'หมายเหตุยาวเกินไป',
};

function nationalIdMessage(message: string): string {
  return message.includes('13') ? 'เลขประจำตัวประชาชนต้องมี 13 หลัก' : 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบไม่ตรง)';
}

/** Where a field's problem is reported: plot area comes from three columns. */
const columnOfField = (field: string): string =>
  field === 'plotAreaSqm' ? `${HEADING_OF.rai} / ${HEADING_OF.ngan} / ${HEADING_OF.wa}` : (HEADING_OF as Record<string, string>)[field] ?? field;

type Candidate = ReturnType<typeof CreateFarmerBody.parse>;

/** One row to a farmer body, or its problems. */
function parseRow(row: SheetRow): { body?: Candidate; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (key: ColumnKey, message: string) => problems.push({ row: row.rowNumber, column: HEADING_OF[key], message, code: 'import.bad_value' });
  const get = (k: ColumnKey) => row.cells.get(k);
  const num = (k: ColumnKey) => {
    const n = cellNumber(get(k));
    if (n === 'bad') bad(k, 'ต้องเป็นตัวเลข');
    return n === 'bad' ? null : n;
  };
  const birthDate = cellDate(get('birthDate'));
  if (birthDate === 'bad') bad('birthDate', 'วันที่อ่านไม่ได้ ใช้รูปแบบ วว/ดด/ปปปป พ.ศ. เช่น 17/5/2513');
  const sex = cellSex(get('sex'));
  if (sex === 'bad') bad('sex', 'ใช้ ชาย / หญิง / ไม่ระบุ');
  const pondDug = cellYesNo(get('pondDug'));
  if (pondDug === 'bad') bad('pondDug', 'ใช้ มี / ไม่มี');
  const titleDeedType = cellTitleDeed(get('titleDeedType'));
  if (titleDeedType === 'bad') bad('titleDeedType', 'ไม่รู้จักประเภทเอกสารสิทธิ์นี้');
  const [rai, ngan, wa] = [num('rai'), num('ngan'), num('wa')];
  const raw = {
    id: randomUUID(),
    nationalId: cellText(get('nationalId')),
    title: cellText(get('title')) || null,
    firstName: cellText(get('firstName')),
    lastName: cellText(get('lastName')),
    birthDate: birthDate === 'bad' ? null : birthDate,
    sex: sex === 'bad' ? null : sex,
    phone: cellText(get('phone')) || null,
    houseNo: cellText(get('houseNo')) || null,
    villageNo: num('villageNo'),
    villageName: cellText(get('villageName')) || null,
    tambonCode: cellText(get('tambonCode')),
    householdSize: num('householdSize'),
    farmerRegistryNo: cellText(get('farmerRegistryNo')) || null,
    plotAreaSqm: landFromCells(rai, ngan, wa),
    titleDeedType: titleDeedType === 'bad' ? null : titleDeedType,
    pondDug: pondDug === 'bad' ? false : (pondDug ?? false),
    pondYear: num('pondYear'),
    pondVolumeM3: num('pondVolumeM3'),
    activities: cellActivities(get('activities')),
    notes: cellText(get('notes')) || null,
  };
  if ((rai ?? 0) < 0 || (ngan ?? 0) < 0 || (wa ?? 0) < 0) raw.plotAreaSqm = -1;
  const parsed = CreateFarmerBody.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const message = field === 'nationalId' ? nationalIdMessage(issue.message) : (THAI_FIELD_MESSAGE[field] ?? 'ค่าไม่ถูกต้อง');
      if (!problems.some((p) => p.column === columnOfField(field))) {
        problems.push({ row: row.rowNumber, column: columnOfField(field), message, code: field === 'nationalId' ? 'import.bad_national_id' : 'import.bad_value' });
      }
    }
  }
  return problems.length || !parsed.success ? { problems } : { body: parsed.data, problems };
}

type FarmerRow = typeof farmer.$inferSelect;
const STORED_FIELDS = [
  'title', 'firstName', 'lastName', 'birthDate', 'sex', 'phone', 'houseNo', 'villageNo', 'villageName', 'tambonCode', 'householdSize',
  'farmerRegistryNo', 'plotAreaSqm', 'titleDeedType', 'pondDug', 'pondYear', 'pondVolumeM3', 'activities', 'notes',
] as const;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const unchanged = (stored: FarmerRow, body: Candidate) => STORED_FIELDS.every((k) => sameValue(stored[k], body[k]));

async function existingByNationalId(db: Executor, ids: string[]): Promise<Map<string, FarmerRow>> {
  const out = new Map<string, FarmerRow>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db.select().from(farmer).where(inArray(farmer.nationalId, ids.slice(i, i + 5000)));
    for (const r of rows) out.set(r.nationalId, r);
  }
  return out;
}

/**
 * An import, if the user has none running and the process has a slot (else 429 with
 * retry-after). `upload` reads the file only once the slot is taken: a refused request never
 * holds its 20 MB.
 */
export async function importFarmers(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, upload: () => Promise<{ buffer: Buffer; fileName: string }>, dryRun: boolean): Promise<ImportReport> {
  requirePermission(ctx.actor, 'farmer.import');
  const release = importSlots.acquire(ctx.actor.userId);
  try {
    return await runImport(deps, ctx, await upload(), dryRun);
  } finally {
    release();
  }
}

async function runImport(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, file: { buffer: Buffer; fileName: string }, dryRun: boolean): Promise<ImportReport> {
  const { actor } = ctx;
  requirePermission(actor, 'farmer.import');
  const scope = scopeOf(actor, 'farmer.import');
  const sheet = await readSheet(file.buffer, file.fileName);
  const problems: Problem[] = [];

  // Headings: unknown ones are reported and ignored; a missing required one invalidates every row.
  const columnAt = new Map<number, ColumnKey>();
  for (const h of sheet.headings) {
    const key = columnOfHeading(h.text);
    if (key) columnAt.set(h.column, key);
    else problems.push({ row: sheet.headingRow, column: h.text, message: 'ไม่รู้จักหัวคอลัมน์นี้ (ใช้หัวคอลัมน์ตามแบบฟอร์มนำเข้า) จึงไม่ได้นำเข้าคอลัมน์นี้', code: 'import.unknown_heading' });
  }
  const present = new Set(columnAt.values());
  const missing = COLUMNS.filter((c) => 'required' in c && c.required && !present.has(c.key));
  for (const c of missing) problems.push({ row: sheet.headingRow, column: c.heading, message: 'ไม่พบคอลัมน์ที่จำเป็นนี้', code: 'import.missing_heading' });

  const parsed: { row: number; body: Candidate }[] = [];
  let invalidRows = new Set<number>();
  if (!missing.length) {
    for (const r of sheet.rows) {
      const cells = new Map<ColumnKey, Cell>();
      r.values.forEach((v, i) => {
        const key = columnAt.get(i);
        if (key) cells.set(key, v);
      });
      const { body, problems: rowProblems } = parseRow({ rowNumber: r.rowNumber, cells });
      problems.push(...rowProblems);
      if (body) parsed.push({ row: r.rowNumber, body });
      else invalidRows.add(r.rowNumber);
    }
  } else {
    invalidRows = new Set(sheet.rows.map((r) => r.rowNumber));
  }

  // Duplicates inside the file: the first occurrence stands.
  const firstRowOf = new Map<string, number>();
  const fileUnique = parsed.filter((p) => {
    const first = firstRowOf.get(p.body.nationalId);
    if (first === undefined) {
      firstRowOf.set(p.body.nationalId, p.row);
      return true;
    }
    problems.push({ row: p.row, column: HEADING_OF.nationalId, message: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${first}`, code: 'import.duplicate_in_file' });
    invalidRows.add(p.row);
    return false;
  });

  // Tambons must exist and lie in the caller's area; national ids registered elsewhere are refused.
  const units = await findUnits(deps.db, [...new Set(fileUnique.map((p) => p.body.tambonCode))]);
  const existing = await existingByNationalId(deps.db, fileUnique.map((p) => p.body.nationalId));
  const elsewhere = await tambonPlaces(deps.db, [...existing.values()].map((f) => f.tambonCode));
  const toCreate: { row: number; body: Candidate }[] = [];
  const toUpdate: { row: number; body: Candidate; stored: FarmerRow }[] = [];
  let unchangedCount = 0;
  for (const p of fileUnique) {
    const unit = units.get(p.body.tambonCode);
    const reject = (column: string, message: string, code: ProblemCode) => {
      problems.push({ row: p.row, column, message, code });
      invalidRows.add(p.row);
    };
    if (!unit || unit.kind !== 'tambon' || !unit.active) {
      reject(HEADING_OF.tambonCode, `ไม่พบรหัสตำบล ${p.body.tambonCode}`, 'import.unknown_tambon');
      continue;
    }
    if (!unitInScope(scope, unit)) {
      reject(HEADING_OF.tambonCode, `ตำบล${unit.nameTh} (${unit.code}) อยู่นอกพื้นที่รับผิดชอบของคุณ`, 'import.out_of_scope');
      continue;
    }
    const stored = existing.get(p.body.nationalId);
    if (stored && !unitInScope(scope, { code: stored.tambonCode, kind: 'tambon' })) {
      const { tambon, district, province } = elsewhere(stored.tambonCode);
      reject(HEADING_OF.nationalId, `ลงทะเบียนแล้วที่ตำบล${tambon.nameTh} อำเภอ${district.nameTh} จังหวัด${province.nameTh}`, 'import.registered_elsewhere');
      continue;
    }
    if (!stored) toCreate.push(p);
    else if (unchanged(stored, p.body)) unchangedCount++;
    else toUpdate.push({ ...p, stored });
  }

  if (!dryRun) await writeBatches(deps.db, ctx, toCreate, toUpdate);
  problems.sort((a, b) => a.row - b.row);
  return {
    dryRun,
    fileName: file.fileName,
    rows: sheet.rows.length,
    valid: toCreate.length + toUpdate.length + unchangedCount,
    invalid: invalidRows.size,
    created: toCreate.length,
    updated: toUpdate.length,
    unchanged: unchangedCount,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_PROBLEMS_SHOWN),
    truncated: problems.length > MAX_PROBLEMS_SHOWN,
  };
}

/** The columns an import writes, each sent as one array of its column's SQL type (activities as JSON text). */
const UPSERT_COLUMNS = ['id', 'nationalId', ...STORED_FIELDS, 'createdBy'] as const;
const arrayType = (k: (typeof UPSERT_COLUMNS)[number]) => (k === 'activities' ? 'text' : farmer[k].getSQLType());

/**
 * Upserts on the national id, a batch per transaction with its audit rows. New farmers get a
 * server id; existing ones keep theirs and move to the next version. Rows travel as one array
 * per column (`unnest`): a few parameters per batch instead of one per cell, which is what
 * makes 64,000 rows a matter of seconds.
 */
async function writeBatches(db: ModuleDeps['db'], ctx: Ctx, toCreate: { body: Candidate }[], toUpdate: { body: Candidate; stored: FarmerRow }[]) {
  const all = [...toCreate.map((c) => ({ body: c.body, stored: null as FarmerRow | null })), ...toUpdate];
  const cols = UPSERT_COLUMNS.map((k) => sql.raw(`"${farmer[k].name}"`));
  const updates = sql.raw(STORED_FIELDS.map((k) => `"${farmer[k].name}" = excluded."${farmer[k].name}"`).join(', '));
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const rows = batch.map(({ body, stored }) => ({ ...body, id: stored?.id ?? body.id, createdBy: ctx.actor.userId }) as Record<string, unknown>);
    const arrays = UPSERT_COLUMNS.map((k) => {
      const values = rows.map((r) => (k === 'activities' ? JSON.stringify(r[k] ?? []) : (r[k] ?? null)));
      return sql`${sql.param(values)}::${sql.raw(arrayType(k))}[]`;
    });
    // sql.param: an array goes as one parameter (drizzle would otherwise spread it into a list).
    await db.transaction(async (tx) => {
      const written = rowsOf<{ id: string; national_id: string }>(await tx.execute(sql`
        insert into farmer (${sql.join(cols, sql`, `)})
        select ${sql.raw(UPSERT_COLUMNS.map((k, j) => (k === 'activities' ? `a${j}::jsonb` : `a${j}`)).join(', '))}
        from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.raw(UPSERT_COLUMNS.map((_, j) => `a${j}`).join(', '))})
        on conflict (national_id) do update set ${updates}, updated_at = now(), version = farmer.version + 1
        returning id, national_id`));
      const sent = new Map(batch.map((b, j) => [b.body.nationalId, { after: rows[j]!, before: b.stored }]));
      const audit = written.map((w) => {
        const { after, before } = sent.get(w.national_id)!;
        return { verb: before ? 'farmer.import.update' : 'farmer.import.create', id: w.id, before: before ? JSON.stringify(before) : null, after: JSON.stringify({ ...after, id: w.id }) };
      });
      await tx.execute(sql`
        insert into audit_log (actor_id, actor_username, request_id, verb, target_type, target_id, before, after)
        select ${ctx.actor.userId}::uuid, ${ctx.actor.username}, ${ctx.requestId}, v, 'farmer', t, b::jsonb, a::jsonb
        from unnest(${sql.param(audit.map((x) => x.verb))}::text[], ${sql.param(audit.map((x) => x.id))}::text[], ${sql.param(audit.map((x) => x.before))}::text[], ${sql.param(audit.map((x) => x.after))}::text[]) as u(v, t, b, a)`);
    });
  }
}
