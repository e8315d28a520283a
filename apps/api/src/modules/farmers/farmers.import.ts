import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { audit } from '../../lib/audit';
import { requireCohort } from '../selection/selection.service';
import type { z } from 'zod';
import type { ModuleDeps } from '../../module';
import { importBatch, importMapping } from '../../db/schema';
import type { Ctx } from '../../lib/audit';
import { requirePermission, scopeOf, unitInScope } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { Slots } from '../../lib/slots';
import { tambonPlaces } from '../geo/units';
import { ImportMapping, ImportReportOut, type ImportField, type ImportMappingInput } from './farmers.schemas';
import { FIELD_LABEL } from './farmers.import.fields';
import { chooseColumns, headingSignature, missingRequired, type ColumnChoice } from './farmers.import.mapping';
import { candidateText, placeResolver, tambonsInScope } from './farmers.import.places';
import { rowParser, type Candidate, type Problem } from './farmers.import.rows';
import { MAX_IMPORT_ROWS, findTable, proposeTable, readWorkbook, type Table } from './farmers.import.table';
import { existingByNationalId, setProgress, unchanged, writeBatches, type FarmerRow } from './farmers.import.write';

/**
 * Bulk import of farmers from the spreadsheets offices keep (docs/adr/0018): the table is found
 * in the likeliest sheet, its columns mapped (sent, saved for the office, or proposed), each
 * value read as written. A dry run reports every row's problems in Thai and writes nothing but
 * its progress; a commit writes the valid rows in batches under one batch id (undo within 7
 * days). A national id already registered in the caller's area updates that farmer (so
 * re-importing a file changes nothing); one registered elsewhere is a problem naming where.
 */
export { MAX_IMPORT_ROWS };

/** Codes of the problems an import report lists (docs/ERRORS.md). */
export const IMPORT_PROBLEM_CODES = {
  'import.no_heading': 'no row of the sheet names the columns; the problem says which headings were looked for',
  'import.missing_heading': 'a required field is mapped to no column; no row can be imported',
  'import.ignored_row': 'a row that is not a farmer (a total, a repeated heading, a section title); it is skipped',
  'import.bad_value': 'a cell that cannot be read or is out of range; the message says what to write',
  'import.bad_national_id': 'a national id without 13 digits or with a wrong check digit',
  'import.duplicate_in_file': 'the national id appears on an earlier row of the same file',
  'import.unknown_tambon': 'no tambon of that name or code in the importer\'s area; the message lists candidates',
  'import.ambiguous_tambon': 'several tambons of the area have that name; the message lists them to choose',
  'import.out_of_scope': "the tambon lies outside the importer's area",
  'import.registered_elsewhere': 'the national id is registered in a tambon outside the importer\'s area',
} as const;

export type ImportReport = z.output<typeof ImportReportOut>;

const MAX_PROBLEMS_SHOWN = 1000;
/**
 * One running import per user and two in the process (2 cores): an import holds its file and
 * rows in memory, and eight at once by one user took 4.9 GB before this limit.
 */
export const importSlots = new Slots({ perKey: 1, total: 2, retryAfterSeconds: 30, busyKey: 'import.in_progress', busyTotal: 'import.busy' });

/** The office an import belongs to: the unit the officer works for (their home unit). */
export const officeOf = (ctx: Ctx) => ctx.actor.homeUnitCode;

export interface ImportRequest {
  buffer: Buffer;
  fileName: string;
  /** The LDD pond list: the farmers written become กท.01 candidates of this cohort. */
  cohort?: number;
  /** The multipart field `mapping`, as sent (JSON text). */
  mapping?: string;
  /** The id the screen polls for progress (query `batch`); a new one when not sent. */
  batchId?: string;
}

/** The `mapping` field, checked like any request body: a 400 naming the field when it is not the published shape. */
export function parseMapping(text: string | undefined): ImportMappingInput | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('validation.failed', 400, { issues: [{ path: 'mapping', message: 'not JSON' }] });
  }
  const parsed = ImportMapping.safeParse(json);
  if (!parsed.success) {
    throw new AppError('validation.failed', 400, { issues: parsed.error.issues.map((i) => ({ path: ['mapping', ...i.path].join('.'), message: i.message })) });
  }
  return parsed.data;
}

/**
 * An import, if the user has none running and the process has a slot (else 429 with
 * retry-after). `upload` reads the file only once the slot is taken: a refused request never
 * holds its 20 MB.
 */
export async function importFarmers(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, upload: () => Promise<ImportRequest>, dryRun: boolean): Promise<ImportReport> {
  requirePermission(ctx.actor, 'farmer.import');
  const release = importSlots.acquire(ctx.actor.userId);
  try {
    return await runImport(deps, ctx, await upload(), dryRun);
  } finally {
    release();
  }
}

/** A check (dry run) that keeps every problem with its cell: what the marked workbook is drawn from. */
export async function checkForMarks(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, upload: () => Promise<ImportRequest>) {
  requirePermission(ctx.actor, 'farmer.import');
  const release = importSlots.acquire(ctx.actor.userId);
  try {
    const file = await upload();
    let kept: { problems: Problem[]; table: Table } | undefined;
    await runImport(deps, ctx, file, true, (problems, table) => (kept = { problems, table }));
    return { file, ...kept! };
  } finally {
    release();
  }
}

/** The table of the chosen sheet (or the likeliest), with the tables of all sheets to choose from. */
export async function tableOf(buffer: Buffer, fileName: string, mapping?: ImportMappingInput) {
  const sheets = await readWorkbook(buffer, fileName);
  if (!sheets.some((s) => s.rows.length)) throw new AppError('import.empty_file', 400, { issues: [{ path: 'file', message: 'the file has no rows' }] });
  const tables = sheets.map((s) => findTable(s, mapping?.sheet === s.name ? mapping.headingRow : undefined));
  let table: Table | undefined;
  if (mapping?.sheet) {
    table = tables.find((t) => t.sheet === mapping.sheet);
    if (!table) throw new AppError('validation.failed', 400, { issues: [{ path: 'mapping.sheet', message: `no sheet named "${mapping.sheet}"` }] });
  } else table = proposeTable(tables) ?? tables.find((t) => sheets.find((s) => s.name === t.sheet)!.rows.length) ?? tables[0]!;
  return { tables, table };
}

async function runImport(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, file: ImportRequest, dryRun: boolean, keep?: (problems: Problem[], table: Table) => void): Promise<ImportReport> {
  const { actor } = ctx;
  const scope = scopeOf(actor, 'farmer.import');
  const office = officeOf(ctx);
  const sentMapping = parseMapping(file.mapping);
  const batchId = file.batchId ?? randomUUID();
  await deps.db.insert(importBatch).values({ id: batchId, officeCode: office, fileName: file.fileName.slice(0, 200), dryRun, status: 'reading', createdBy: actor.userId })
    .onConflictDoNothing();
  const ownBatch = (await deps.db.select().from(importBatch).where(eq(importBatch.id, batchId)))[0];
  if (!ownBatch || ownBatch.createdBy !== actor.userId || ownBatch.status !== 'reading') {
    throw new AppError('validation.failed', 400, { issues: [{ path: 'batch', message: 'a batch id already used' }] });
  }
  try {
    const report = await check(deps, ctx, file, dryRun, sentMapping, batchId, scope, office, keep);
    await setProgress(deps.db, batchId, { status: 'done', created: report.created, updated: report.updated });
    return report;
  } catch (err) {
    await setProgress(deps.db, batchId, { status: 'failed' }).catch(() => undefined);
    throw err;
  }
}

async function check(
  deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, file: ImportRequest, dryRun: boolean, sentMapping: ImportMappingInput | undefined,
  batchId: string, scope: ReturnType<typeof scopeOf>, office: string, keep?: (problems: Problem[], table: Table) => void,
): Promise<ImportReport> {
  const { tables, table } = await tableOf(file.buffer, file.fileName, sentMapping);
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('import.too_many_rows', 400, { limit: MAX_IMPORT_ROWS, issues: [{ path: 'file', message: `more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: split the file` }] });
  }
  await setProgress(deps.db, batchId, { status: 'checking', rowsTotal: table.rows.length });
  const problems: Problem[] = [];
  const tambons = await tambonsInScope(deps.db, scope);
  const places = placeResolver(tambons);

  // The mapping: sent, else saved for this office and these headings, else proposed.
  const signature = headingSignature(table);
  const saved = sentMapping?.columns ? undefined
    : (await deps.db.select().from(importMapping).where(and(eq(importMapping.officeCode, office), eq(importMapping.signature, signature))))[0]?.columns;
  const choices = table.found ? chooseColumns(table, places.names, sentMapping?.columns, saved) : [];
  const source: 'sent' | 'saved' | 'proposed' = sentMapping?.columns ? 'sent' : saved ? 'saved' : 'proposed';
  const headingOf = (i: number) => choices.find((c) => c.index === i)?.heading || (i >= 0 ? `คอลัมน์ ${choices.find((c) => c.index === i)?.column ?? i + 1}` : '');
  const columnOf = new Map<ImportField, number>(choices.filter((c) => c.field).map((c) => [c.field!, c.index]));

  let invalidRows = new Set<number>();
  const parsed: { row: number; body: Candidate; place: { tambon: string; district: string; province: string } }[] = [];
  const missing = table.found ? missingRequired(choices) : [];
  if (!table.found) {
    problems.push({ row: 0, column: '', value: '', code: 'import.no_heading', message: `ไม่พบแถวหัวคอลัมน์ในแผ่นงาน "${table.sheet}" (ค้นหาใน 30 แถวแรก) ต้องมีหัวคอลัมน์อย่างน้อย เช่น เลขประจำตัวประชาชน, ชื่อ-นามสกุล, ตำบล` });
  }
  for (const m of missing) {
    problems.push({ row: table.headingRow, column: FIELD_LABEL[m.field], value: '', code: 'import.missing_heading', message: `ไม่พบคอลัมน์ ${FIELD_LABEL[m.field]} ในแถวหัวคอลัมน์ที่ ${table.headingRows.join('–')} (ค้นหาหัวคอลัมน์ ${m.looked}) เลือกคอลัมน์ให้ในหน้าจับคู่คอลัมน์` });
  }
  for (const r of table.ignored) {
    const why = r.reason === 'total' ? 'แถวรวม' : r.reason === 'heading' ? 'หัวคอลัมน์ซ้ำ' : 'หัวข้อ';
    problems.push({ row: r.rowNumber, column: '', value: r.text.slice(0, 200), code: 'import.ignored_row', message: `ข้ามแถวนี้ (${why}) ไม่ใช่ข้อมูลเกษตรกร` });
  }
  if (table.found && !missing.length) {
    const parseRow = rowParser(columnOf, headingOf);
    let done = 0;
    for (const r of table.rows) {
      const p = parseRow(r);
      problems.push(...p.problems);
      // A pond list (with a cohort) is a list of ponds dug: every farmer on it has one.
      if (p.body && file.cohort !== undefined && !columnOf.has('pondDug')) p.body.pondDug = true;
      if (p.body) parsed.push({ row: p.row, body: p.body, place: p.place });
      else invalidRows.add(p.row);
      if (++done % 10_000 === 0) await setProgress(deps.db, batchId, { rowsDone: Math.floor(done / 2) });
    }
  } else {
    invalidRows = new Set(table.rows.map((r) => r.rowNumber));
  }

  const columnName = (f: ImportField) => headingOf(columnOf.get(f) ?? -1) || FIELD_LABEL[f];

  // Duplicates inside the file: the first occurrence stands.
  const firstRowOf = new Map<string, number>();
  const fileUnique = parsed.filter((p) => {
    const first = firstRowOf.get(p.body.nationalId);
    if (first === undefined) {
      firstRowOf.set(p.body.nationalId, p.row);
      return true;
    }
    problems.push({ row: p.row, column: columnName('nationalId'), value: p.body.nationalId, columnIndex: columnOf.get('nationalId'), message: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${first} ลบแถวที่ซ้ำหรือแก้เลขให้ถูกต้อง`, code: 'import.duplicate_in_file' });
    invalidRows.add(p.row);
    return false;
  });

  // Tambons by name or code within the caller's area; national ids registered elsewhere are refused.
  const existing = await existingByNationalId(deps.db, fileUnique.map((p) => p.body.nationalId));
  const elsewhere = await tambonPlaces(deps.db, [...existing.values()].map((f) => f.tambonCode));
  const toCreate: { row: number; body: Candidate }[] = [];
  const toUpdate: { row: number; body: Candidate; stored: FarmerRow }[] = [];
  let unchangedCount = 0;
  const unchangedIds: string[] = [];
  const outsideCache = new Map<string, Awaited<ReturnType<typeof tambonPlaces>>>();
  const outside = async (code: string) => {
    if (!outsideCache.has(code)) outsideCache.set(code, await tambonPlaces(deps.db, [code]));
    return outsideCache.get(code)!;
  };
  for (const p of fileUnique) {
    const reject = (f: ImportField, message: string, code: string) => {
      const where: ImportField = f === 'tambon' && !columnOf.has('tambon') ? 'address' : f;
      problems.push({ row: p.row, column: columnName(where), value: f === 'tambon' ? p.place.tambon : p.body.nationalId, message, code, columnIndex: columnOf.get(where) });
      invalidRows.add(p.row);
    };
    const place = places.resolve(p.place.tambon, p.place.district, p.place.province);
    if ('error' in place) {
      const list = place.candidates.length ? ` ตำบลที่ใกล้เคียงในพื้นที่ของคุณ: ${candidateText(place.candidates)}` : '';
      if (place.error === 'ambiguous') reject('tambon', `มีตำบลชื่อนี้หลายแห่ง เขียนรหัสตำบล 6 หลัก หรือเพิ่มคอลัมน์อำเภอ:${list}`, 'import.ambiguous_tambon');
      else reject('tambon', `ไม่พบตำบล "${p.place.tambon}" ในพื้นที่รับผิดชอบของคุณ${list ? `${list}` : ' เขียนชื่อตำบลหรือรหัสตำบล 6 หลัก'}`, 'import.unknown_tambon');
      continue;
    }
    if (!places.inArea(place.code)) {
      const named = (await outside(place.code))(place.code);
      const known = named.tambon.nameTh !== place.code;
      if (!known) reject('tambon', `ไม่พบรหัสตำบล ${place.code} เขียนชื่อตำบลหรือรหัสตำบล 6 หลักที่ถูกต้อง`, 'import.unknown_tambon');
      else reject('tambon', `ตำบล${named.tambon.nameTh} (${place.code}) อยู่นอกพื้นที่รับผิดชอบของคุณ`, 'import.out_of_scope');
      continue;
    }
    const body = { ...p.body, tambonCode: place.code };
    const stored = existing.get(body.nationalId);
    if (stored && !unitInScope(scope, { code: stored.tambonCode, kind: 'tambon' })) {
      const { tambon, district, province } = elsewhere(stored.tambonCode);
      reject('nationalId', `ลงทะเบียนแล้วที่ตำบล${tambon.nameTh} อำเภอ${district.nameTh} จังหวัด${province.nameTh}`, 'import.registered_elsewhere');
      continue;
    }
    if (!stored) toCreate.push({ row: p.row, body });
    else if (unchanged(stored, body)) {
      unchangedCount++;
      unchangedIds.push(body.nationalId);
    }
    else toUpdate.push({ row: p.row, body, stored });
  }
  const total = table.rows.length;
  await setProgress(deps.db, batchId, { rowsDone: dryRun ? total : Math.floor(total / 2), status: dryRun ? 'checking' : 'writing' });

  let candidates = 0;
  if (file.cohort !== undefined) {
    requirePermission(ctx.actor, 'selection.propose');
    await requireCohort(deps.db, file.cohort);
  }
  if (!dryRun) {
    const toWrite = toCreate.length + toUpdate.length;
    await writeBatches(deps.db, ctx, batchId, toCreate, toUpdate, (done) => setProgress(deps.db, batchId, { rowsDone: Math.floor(total / 2) + Math.round((done / Math.max(1, toWrite)) * (total - Math.floor(total / 2))) }));
    if (file.cohort !== undefined) {
      const rows = [...toCreate, ...toUpdate].map((r) => r.body.nationalId).concat(unchangedIds);
      candidates = await pondListCandidates(deps.db, ctx, file.cohort, rows, batchId);
    }
  }
  // The officer's mapping is remembered for the office (a check with it is enough): the next file with these headings maps itself.
  if (table.found && source === 'sent') await saveMapping(deps, ctx, office, signature, choices);
  problems.sort((a, b) => a.row - b.row);
  keep?.(problems, table);
  const written = !dryRun && toCreate.length + toUpdate.length > 0;
  return {
    dryRun,
    fileName: file.fileName,
    sheets: tables.map((t) => ({ name: t.sheet, dataRows: t.rows.length, headingFound: t.found })),
    mapping: {
      sheet: table.sheet,
      headingRow: table.headingRow,
      headingRows: table.headingRows,
      source,
      columns: choices.map((c) => ({ column: c.column, heading: c.heading, field: c.field, by: c.by, samples: c.samples })),
    },
    ignoredColumns: choices.filter((c) => !c.field).map((c) => c.heading || `คอลัมน์ ${c.column}`),
    rows: total,
    valid: toCreate.length + toUpdate.length + unchangedCount,
    invalid: invalidRows.size,
    ignored: table.ignored.length,
    created: toCreate.length,
    updated: toUpdate.length,
    unchanged: unchangedCount,
    candidates,
    batchId: written ? batchId : null,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_PROBLEMS_SHOWN).map(({ columnIndex: _, ...p }) => p),
    truncated: problems.length > MAX_PROBLEMS_SHOWN,
  };
}

/** The LDD's pond list as กท.01 candidates: criterion 1 met from the list, the other three for the district. */
async function pondListCandidates(db: Pick<ModuleDeps, 'db'>['db'], ctx: Ctx, cohort: number, nationalIds: string[], batchId: string): Promise<number> {
  let made = 0;
  for (let i = 0; i < nationalIds.length; i += 5000) {
    const res = await db.transaction(async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`
      insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, pond_dug_remark, same_products, same_products_remark,
        shared_ideas, shared_ideas_remark, ready_and_able, ready_and_able_remark, proposal, proposed_by)
      select gen_random_uuid(), ${cohort}, f.tambon_code, f.id, true,
        ${POND_LIST_REMARK} || coalesce(' ปี ' || f.pond_year::text, ''), false, ${TO_ASSESS}, false, ${TO_ASSESS}, false, ${TO_ASSESS}, 'not_proposed', ${ctx.actor.userId}::uuid
      from farmer f where f.national_id = any(${sql.param(nationalIds.slice(i, i + 5000))}::text[]) and f.pond_dug
      on conflict (farmer_id, cohort_year) do nothing
      returning id`)));
    made += res.length;
    if (res.length) await audit(db, ctx, { verb: 'selection.import_pond_list', targetType: 'import_batch', targetId: batchId, after: { cohort, candidates: res.length } });
  }
  return made;
}
export const POND_LIST_REMARK = 'ขุดสระโดยกรมพัฒนาที่ดิน (จากบัญชีรายชื่อ)';
const TO_ASSESS = 'รอการประเมินของอำเภอ';

async function saveMapping(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, office: string, signature: string, choices: ColumnChoice[]) {
  const columns = Object.fromEntries(choices.map((c) => [c.column, c.field]));
  await deps.db.insert(importMapping).values({ officeCode: office, signature, columns, updatedBy: ctx.actor.userId })
    .onConflictDoUpdate({ target: [importMapping.officeCode, importMapping.signature], set: { columns, updatedBy: ctx.actor.userId, updatedAt: new Date() } });
}
