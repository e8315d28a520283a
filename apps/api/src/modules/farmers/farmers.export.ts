import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lib/lazy';
import { ACTIVITY_KINDS, ACTIVITY_LABELS, TITLE_DEED_LABELS, TITLE_DEED_TYPES, formatDateTime, maskNationalId } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { findUnit } from '../geo/units';
import * as repo from './farmers.repo';
import { idVisibility } from './farmers.service';
import { COLUMNS, exportRow } from './farmers.sheet';

/** Excel with the farmer headings: bold, frozen, wrapped; the national id column as text. */
function farmerSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.heading, key: c.key, width: c.width }));
  ws.getColumn(1).numFmt = '@';
  const head = ws.getRow(1);
  head.font = { bold: true, name: 'TH Sarabun New', size: 14 };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.height = 42;
  COLUMNS.forEach((c, i) => {
    if ('required' in c && c.required) head.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  return ws;
}

/** The import template: the headings, one example row, and a sheet of instructions. */
export async function importTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = farmerSheet(wb, 'ทะเบียนเกษตรกร');
  ws.addRow(['1101700230708', 'นาง', 'สมใจ', 'ใจดี', '17/5/2513', 'หญิง', '0812345678', '12/3', 5, 'โนนสูง', '400101', 4, '', 3, 2, 50, 'โฉนดที่ดิน (น.ส.4)', 'มี', 2563, 1260, 'ปลูกพืช: ข้าว ผักสวนครัว; เลี้ยงสัตว์: ไก่พื้นเมือง', 'แถวตัวอย่าง ลบก่อนนำเข้า']);
  const help = wb.addWorksheet('คำอธิบาย');
  help.columns = [{ width: 34 }, { width: 90 }];
  const lines: [string, string][] = [
    ['คอลัมน์ที่มีพื้นสีเหลือง', 'ต้องกรอกทุกแถว: เลขประจำตัวประชาชน ชื่อ นามสกุล รหัสตำบล'],
    ['เลขประจำตัวประชาชน', '13 หลัก มีหรือไม่มีขีดก็ได้ เลขไทยหรือเลขอารบิกก็ได้ ระบบตรวจเลขตรวจสอบ'],
    ['วันเกิด', 'วว/ดด/ปปปป เป็นปี พ.ศ. เช่น 17/5/2513 หรือเซลล์วันที่ของ Excel'],
    ['เพศ', 'ชาย / หญิง / ไม่ระบุ'],
    ['รหัสตำบล', 'รหัสตำบล 6 หลักของกรมการปกครอง เช่น 400101 (ตำบลในเมือง อำเภอเมืองขอนแก่น)'],
    ['พื้นที่แปลง', 'ไร่ งาน ตารางวา แยกสามคอลัมน์'],
    ['เอกสารสิทธิ์', TITLE_DEED_TYPES.map((t) => TITLE_DEED_LABELS[t].th).join(' / ')],
    ['ขุดสระโดยกรมพัฒนาที่ดิน', 'มี / ไม่มี'],
    ['กิจกรรมหลัก', `ประเภท: รายละเอียด คั่นด้วย ; ประเภทได้แก่ ${ACTIVITY_KINDS.map((k) => ACTIVITY_LABELS[k].th).join(' / ')}`],
    ['นำเข้าซ้ำ', 'เกษตรกรที่มีเลขประจำตัวอยู่แล้วในพื้นที่ของคุณจะถูกปรับปรุงข้อมูล ไม่เพิ่มซ้ำ'],
  ];
  for (const l of lines) help.addRow(l).alignment = { wrapText: true, vertical: 'top' };
  help.getColumn(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The farmer list in the caller's scope, with the import headings. The export is audited. */
export async function exportFarmers(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, query: { tambon?: string; district?: string; province?: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'farmer.export');
  const area = query.tambon ?? query.district ?? query.province;
  if (area) requireInScope(actor, 'farmer.export', await findUnit(deps.db, area));
  const rows = await repo.listFarmers(deps.db, { scope: scopeOf(actor, 'farmer.export'), area, limit: 1_000_000 });
  const seesId = idVisibility(actor);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'NTAG';
  const ws = farmerSheet(wb, 'ทะเบียนเกษตรกร');
  for (const r of rows) ws.addRow(exportRow({ ...r, nationalId: seesId(r.tambonCode) ? r.nationalId : maskNationalId(r.nationalId) }));
  ws.headerFooter.oddFooter = `&Lส่งออกโดย ${actor.displayName} เมื่อ ${formatDateTime(new Date())}&Rหน้า &P / &N`;
  await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'farmer.export', targetType: 'farmer', targetId: area ?? '*', after: { rows: rows.length, filters: query } }));
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), count: rows.length };
}
