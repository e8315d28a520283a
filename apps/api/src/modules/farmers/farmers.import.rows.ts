import { randomUUID } from 'node:crypto';
import { isReadError, readLand, readNationalId, readNumber, readPhone, readThaiDate, readVillageNo, readYesNo, splitThaiAddress, splitThaiName, toSquareMetres, type Read } from '@ntag/shared';
import { CreateFarmerBody, type ImportField } from './farmers.schemas';
import { cellActivities, cellSex, cellText, cellTitleDeed, type Cell } from './farmers.sheet';
import { FIELD_LABEL } from './farmers.import.fields';
import type { RawRow } from './farmers.import.table';

/**
 * One row of the file to a farmer, reading each value as written (ThaiValues), or its problems:
 * each names the row, the column as the file calls it, the value found and what to write.
 */
export interface Problem {
  row: number;
  column: string;
  value: string;
  code: string;
  message: string;
  /** The cell's column (from 0) for the marked workbook; not part of the answer. */
  columnIndex?: number;
}
export type Candidate = ReturnType<typeof CreateFarmerBody.parse>;

/** A parsed row: the farmer (tambon still as written, resolved by the caller) or its problems. */
export interface ParsedRow {
  row: number;
  body?: Omit<Candidate, 'tambonCode'> & { tambonCode: string };
  place: { tambon: string; district: string; province: string };
  /** The column each field came from (to name it in a later problem). */
  columns: Partial<Record<ImportField, number>>;
  problems: Problem[];
}

const THAI_FIELD_MESSAGE: Partial<Record<string, string>> = {
  firstName: 'ต้องระบุชื่อ',
  lastName: 'ต้องระบุนามสกุล',
  birthDate: 'วันเกิดต้องอยู่ระหว่าง พ.ศ. 2443 ถึงวันนี้ เช่น 13/05/2522',
  householdSize: 'จำนวนสมาชิกในครัวเรือนต้องเป็นตัวเลข 1–50',
  plotAreaSqm: 'พื้นที่แปลงต้องไม่ติดลบ เช่น 3-2-50',
  pondYear: 'ปีที่ขุดสระต้องเป็นปี พ.ศ. เช่น 2565',
  pondVolumeM3: 'ขนาดสระต้องเป็นตัวเลขไม่ติดลบ เช่น 1260',
  title: 'คำนำหน้ายาวเกินไป (ไม่เกิน 30 ตัวอักษร)',
  notes: 'หมายเหตุยาวเกินไป',
  nationalId: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบไม่ตรง) ตรวจสอบกับบัตรอีกครั้ง',
};

/** Schema fields to the import fields they are read from (to name the column of a problem). */
const SOURCE_OF: Record<string, ImportField[]> = {
  nationalId: ['nationalId'], title: ['title', 'fullName'], firstName: ['firstName', 'fullName'], lastName: ['lastName', 'fullName'],
  birthDate: ['birthDate'], sex: ['sex'], phone: ['phone'], houseNo: ['houseNo'], villageNo: ['villageNo'], villageName: ['villageName'],
  tambonCode: ['tambon'], householdSize: ['householdSize'], farmerRegistryNo: ['farmerRegistryNo'], plotAreaSqm: ['plotArea', 'rai', 'ngan', 'wa'],
  titleDeedType: ['titleDeedType'], pondDug: ['pondDug'], pondYear: ['pondYear'], pondVolumeM3: ['pondVolumeM3'], activities: ['activities'], notes: ['notes'],
};

export function rowParser(columnOf: Map<ImportField, number>, headingOf: (column: number) => string) {
  const columns = Object.fromEntries(columnOf) as Partial<Record<ImportField, number>>;
  const has = (f: ImportField) => columnOf.has(f);
  return function parseRow(row: RawRow): ParsedRow {
    const problems: Problem[] = [];
    const raw = (f: ImportField): Cell => (columnOf.has(f) ? row.values[columnOf.get(f)!] : null);
    const text = (f: ImportField) => cellText(raw(f));
    const problem = (f: ImportField, message: string, code = 'import.bad_value') =>
      problems.push({ row: row.rowNumber, column: headingOf(columnOf.get(f) ?? -1) || FIELD_LABEL[f], value: text(f), code, message, columnIndex: columnOf.get(f) });
    function read<T>(f: ImportField, reader: (v: unknown) => Read<T>): T | null {
      if (!has(f)) return null;
      const r = reader(raw(f));
      if (isReadError(r)) {
        problem(f, r.error, f === 'nationalId' ? 'import.bad_national_id' : 'import.bad_value');
        return null;
      }
      return r;
    }
    const nationalId = read('nationalId', readNationalId);
    let title = text('title') || null;
    let firstName = text('firstName');
    let lastName = text('lastName');
    if (has('fullName') && (!firstName || !lastName)) {
      const split = read('fullName', splitThaiName);
      if (split) {
        title = title ?? split.title;
        firstName = firstName || split.firstName;
        lastName = lastName || split.lastName;
      }
    }
    const birthDate = read('birthDate', readThaiDate);
    const sex = has('sex') ? cellSex(raw('sex')) : null;
    if (sex === 'bad') problem('sex', 'เขียน ชาย หรือ หญิง');
    const phone = read('phone', readPhone);
    // An address in one cell fills the parts no column of their own carries.
    const address = has('address') ? splitThaiAddress(text('address')) : null;
    let villageNo = read('villageNo', readVillageNo);
    if (villageNo === null && address?.villageNo) villageNo = Number(address.villageNo);
    const householdSize = read('householdSize', readNumber);
    let plotAreaSqm = read('plotArea', readLand);
    if (plotAreaSqm === null && (has('rai') || has('ngan') || has('wa'))) {
      const rai = read('rai', readNumber);
      const ngan = read('ngan', readNumber);
      const wa = read('wa', readNumber);
      if (rai !== null || ngan !== null || wa !== null) {
        if ((rai ?? 0) < 0 || (ngan ?? 0) < 0 || (wa ?? 0) < 0) problem(rai !== null && rai < 0 ? 'rai' : ngan !== null && ngan < 0 ? 'ngan' : 'wa', 'พื้นที่ต้องไม่ติดลบ เช่น 3 ไร่ 2 งาน 50 ตารางวา');
        else plotAreaSqm = Math.round(toSquareMetres(rai ?? 0, ngan ?? 0, wa ?? 0) * 100) / 100;
      }
    }
    const titleDeedType = has('titleDeedType') ? cellTitleDeed(raw('titleDeedType')) : null;
    if (titleDeedType === 'bad') problem('titleDeedType', 'เขียนประเภทเอกสารสิทธิ์ เช่น โฉนดที่ดิน, น.ส.3ก, ส.ป.ก.4-01');
    const pondDug = read('pondDug', readYesNo);
    const pondYear = read('pondYear', readNumber);
    const pondVolumeM3 = read('pondVolumeM3', readNumber);
    const place = { tambon: text('tambon') || address?.tambon || '', district: text('district') || address?.district || '', province: text('province') || address?.province || '' };
    if (!nationalId && !problems.some((p) => p.code === 'import.bad_national_id')) problem('nationalId', 'ต้องมีเลขประจำตัวประชาชน 13 หลัก', 'import.bad_national_id');
    if (!place.tambon) problem(has('tambon') ? 'tambon' : 'address', has('tambon') ? 'ต้องระบุตำบล (ชื่อตำบลหรือรหัส 6 หลัก)' : 'ที่อยู่ต้องมีตำบล เช่น 12 ม.3 ต.บ้านเป็ด อ.เมืองขอนแก่น', 'import.unknown_tambon');
    const candidate = {
      id: randomUUID(),
      nationalId: nationalId ?? '',
      title,
      firstName,
      lastName,
      birthDate,
      sex: sex === 'bad' ? null : sex,
      phone,
      houseNo: text('houseNo') || address?.houseNo || null,
      villageNo,
      villageName: text('villageName') || null,
      tambonCode: '000000', // resolved by the caller; a placeholder that passes the shape check
      householdSize,
      farmerRegistryNo: text('farmerRegistryNo') || null,
      plotAreaSqm,
      titleDeedType: titleDeedType === 'bad' ? null : titleDeedType,
      // The template's column says มี/ไม่มี; a pond list (a pond year given) means dug.
      pondDug: pondDug ?? (pondYear !== null || pondVolumeM3 !== null ? true : false),
      pondYear,
      pondVolumeM3,
      activities: has('activities') ? cellActivities(raw('activities')) : [],
      notes: text('notes') || null,
    };
    const parsed = CreateFarmerBody.safeParse(candidate);
    if (!parsed.success || problems.length) {
      for (const issue of parsed.error?.issues ?? []) {
        const field = String(issue.path[0] ?? '');
        const source = (SOURCE_OF[field] ?? []).find((f) => has(f)) ?? (SOURCE_OF[field]?.[0] as ImportField | undefined);
        const message = THAI_FIELD_MESSAGE[field] ?? 'ค่าไม่ถูกต้อง';
        const column = source ? headingOf(columnOf.get(source) ?? -1) || FIELD_LABEL[source] : field;
        if (!problems.some((p) => p.column === column)) {
          problems.push({ row: row.rowNumber, column, value: source ? text(source) : '', code: field === 'nationalId' ? 'import.bad_national_id' : 'import.bad_value', message, columnIndex: source ? columnOf.get(source) : undefined });
        }
      }
      return { row: row.rowNumber, place, columns, problems };
    }
    return { row: row.rowNumber, body: parsed.data!, place, columns, problems };
  };
}
