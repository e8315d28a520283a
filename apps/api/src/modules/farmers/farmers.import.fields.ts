import { isReadError, normalizeDigits, readLand, readNationalId, readPhone, readThaiDate, isValidNationalId } from '@ntag/shared';
import { IMPORT_FIELDS, type ImportField } from './farmers.schemas';

/**
 * What a file's column can be: NTAG's fields, with the headings offices use for them (Thai and
 * English) and, when the heading says nothing, the shape of its values. Pure functions only.
 */
export type { ImportField };
export { IMPORT_FIELDS };

/** Field names in Thai, for the mapping screen and the problems. */
export const FIELD_LABEL: Record<ImportField, string> = {
  nationalId: 'เลขประจำตัวประชาชน', title: 'คำนำหน้า', firstName: 'ชื่อ', lastName: 'นามสกุล', fullName: 'ชื่อ-นามสกุล (รวมในช่องเดียว)',
  birthDate: 'วันเกิด', sex: 'เพศ', phone: 'โทรศัพท์', houseNo: 'บ้านเลขที่', address: 'ที่อยู่ (รวมในช่องเดียว)', villageNo: 'หมู่ที่', villageName: 'ชื่อหมู่บ้าน',
  tambon: 'ตำบล (ชื่อหรือรหัส)', district: 'อำเภอ', province: 'จังหวัด', householdSize: 'จำนวนสมาชิกในครัวเรือน',
  farmerRegistryNo: 'เลขทะเบียนเกษตรกร', plotArea: 'พื้นที่แปลง (ไร่-งาน-ตารางวา)', rai: 'พื้นที่ (ไร่)', ngan: 'พื้นที่ (งาน)', wa: 'พื้นที่ (ตารางวา)',
  titleDeedType: 'เอกสารสิทธิ์', pondDug: 'ขุดสระโดยกรมพัฒนาที่ดิน', pondYear: 'ปีที่ขุดสระ', pondVolumeM3: 'ขนาดสระ (ลบ.ม.)',
  activities: 'กิจกรรมหลัก', notes: 'หมายเหตุ',
};

/** Headings compared loosely: no spaces, dots, brackets or case; Thai digits as Arabic. */
export const headingKey = (h: string) => normalizeDigits(h).toLowerCase().replace(/[\s.()[\]:：_\-/*]+/g, '');

/**
 * Synonyms, checked in order: a heading equal to one wins; otherwise the longest synonym the
 * heading contains. Order matters where one synonym contains another (รหัสตำบล before ตำบล).
 */
const SYNONYMS: [ImportField, string[]][] = [
  ['nationalId', ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'เลขบัตรประจำตัวประชาชน', 'เลขบัตร', 'บัตรประชาชน', 'เลขประชาชน', 'เลขที่บัตร', 'รหัสประชาชน', 'idcard', 'nationalid', 'citizenid', 'pid', 'เลข13หลัก']],
  ['fullName', ['ชื่อนามสกุล', 'ชื่อสกุล', 'ชื่อและนามสกุล', 'ชื่อเกษตรกร', 'ชื่อผู้ขุดสระ', 'ชื่อเจ้าของ', 'fullname', 'name', 'ชื่อ-สกุล']],
  ['title', ['คำนำหน้า', 'คำนำหน้าชื่อ', 'คำนำ', 'title', 'prefix']],
  ['firstName', ['ชื่อ', 'ชื่อจริง', 'firstname', 'first']],
  ['lastName', ['นามสกุล', 'สกุล', 'lastname', 'surname', 'last']],
  ['birthDate', ['วันเกิด', 'วันเดือนปีเกิด', 'วดปเกิด', 'เกิดวันที่', 'birthdate', 'dateofbirth', 'dob', 'birthday']],
  ['sex', ['เพศ', 'sex', 'gender']],
  ['phone', ['โทรศัพท์', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'หมายเลขโทรศัพท์', 'โทร', 'มือถือ', 'phone', 'tel', 'mobile', 'telephone']],
  ['houseNo', ['บ้านเลขที่', 'เลขที่', 'เลขที่บ้าน', 'houseno']],
  ['address', ['ที่อยู่', 'ที่อยู่ตามทะเบียนบ้าน', 'ที่อยู่ปัจจุบัน', 'address']],
  ['villageNo', ['หมู่ที่', 'หมู่', 'ม', 'moo', 'villageno']],
  ['villageName', ['ชื่อหมู่บ้าน', 'หมู่บ้าน', 'บ้าน', 'village', 'villagename']],
  ['tambon', ['รหัสตำบล', 'ตำบล', 'ต', 'tambon', 'subdistrict', 'tamboncode']],
  ['district', ['อำเภอ', 'อ', 'district', 'amphoe']],
  ['province', ['จังหวัด', 'จ', 'province', 'changwat']],
  ['householdSize', ['จำนวนสมาชิกในครัวเรือน', 'สมาชิกในครัวเรือน', 'จำนวนสมาชิก', 'สมาชิกครัวเรือน', 'householdsize', 'members']],
  ['farmerRegistryNo', ['เลขทะเบียนเกษตรกร', 'ทะเบียนเกษตรกร', 'ทบก', 'registryno']],
  ['rai', ['ไร่', 'พื้นที่แปลงไร่', 'พื้นที่ไร่', 'เนื้อที่ไร่', 'rai']],
  ['ngan', ['งาน', 'พื้นที่แปลงงาน', 'พื้นที่งาน', 'เนื้อที่งาน', 'ngan']],
  ['wa', ['ตารางวา', 'ตรว', 'วา', 'พื้นที่แปลงตารางวา', 'พื้นที่ตารางวา', 'พื้นที่วา', 'เนื้อที่วา', 'เนื้อที่ตารางวา', 'wa', 'sqwa']],
  ['plotArea', ['พื้นที่แปลง', 'พื้นที่', 'พื้นที่ถือครอง', 'เนื้อที่', 'ขนาดพื้นที่', 'พื้นที่ไร่งานวา', 'เนื้อที่ไร่งานวา', 'area', 'landarea']],
  ['titleDeedType', ['เอกสารสิทธิ์', 'ประเภทเอกสารสิทธิ์', 'เอกสารสิทธิ', 'titledeed']],
  ['pondYear', ['ปีที่ขุดสระ', 'ปีที่ขุด', 'ปีขุดสระ', 'ปีงบประมาณ', 'ปีงบ', 'pondyear']],
  ['pondVolumeM3', ['ขนาดสระ', 'ขนาดบ่อ', 'ปริมาตรสระ', 'ปริมาตร', 'ลบม', 'ลูกบาศก์เมตร', 'pondvolume', 'pondsize']],
  ['pondDug', ['ขุดสระโดยกรมพัฒนาที่ดิน', 'ขุดสระ', 'สระน้ำ', 'มีสระ', 'บ่อจิ๋ว', 'ponddug', 'pond']],
  ['activities', ['กิจกรรมหลัก', 'กิจกรรม', 'อาชีพ', 'activities']],
  ['notes', ['หมายเหตุ', 'notes', 'note', 'remark', 'remarks']],
];
const SYNONYM_KEYS = SYNONYMS.map(([field, words]) => [field, words.map(headingKey)] as const);
/** Short words that name a field only as the whole heading ("งาน" is in "งานที่ทำ", "วา" in many words). */
const EXACT_ONLY = new Set(['ไร่', 'งาน', 'วา', 'ตรว', 'ที่อยู่', 'address', 'rai', 'ngan', 'wa', 'no', 'name', 'first', 'last', 'tel', 'pid', 'moo', 'pond'].map(headingKey));
/** Headings that never carry a field: a running number. */
const NOT_A_FIELD = new Set(['ลำดับ', 'ลำดับที่', 'ที่', 'no', 'order', '#', 'ชื่อเล่น', 'nickname', 'อายุ', 'age'].map(headingKey));

/** The field a heading names, by synonym; undefined when it names none. */
export function fieldOfHeading(heading: string): ImportField | undefined {
  const key = headingKey(heading);
  if (!key || NOT_A_FIELD.has(key)) return undefined;
  for (const [field, keys] of SYNONYM_KEYS) if (keys.includes(key)) return field;
  // A heading such as "วันเกิด (วว/ดด/ปปปป พ.ศ.)" or "พื้นที่แปลง (ไร่)": the most specific synonym it contains.
  let best: { field: ImportField; length: number } | undefined;
  for (const [field, keys] of SYNONYM_KEYS) {
    for (const k of keys) {
      if (k.length >= 2 && !EXACT_ONLY.has(k) && key.includes(k) && (!best || k.length > best.length)) best = { field, length: k.length };
    }
  }
  // "พื้นที่แปลง (ไร่)": the unit in brackets says which of the three columns it is.
  if (best?.field === 'plotArea') {
    const unit = /\((ไร่|งาน|ตารางวา|ตร\.?ว\.?)\)\s*$/.exec(normalizeDigits(heading).trim())?.[1];
    if (unit === 'ไร่') return 'rai';
    if (unit === 'งาน') return 'ngan';
    if (unit) return 'wa';
  }
  return best?.field;
}

/** True when a row looks like a heading row: at least this many of its cells name fields. */
export const headingScore = (cells: string[]) => cells.filter((c) => fieldOfHeading(c)).length;

/**
 * The field the values of an unnamed (or unmatched) column look like: 13-digit ids, dates,
 * phone numbers, rai-ngan-wa, tambon names from the office's list. At least 80 % of the
 * non-empty samples must agree.
 */
export function fieldOfValues(samples: string[], tambonNames: ReadonlySet<string>): ImportField | undefined {
  const values = samples.filter((s) => s.trim() !== '');
  if (values.length < 2) return undefined;
  const share = (test: (v: string) => boolean) => values.filter(test).length / values.length >= 0.8;
  if (share((v) => { const id = readNationalId(v); return typeof id === 'string' && isValidNationalId(id); })) return 'nationalId';
  if (share((v) => /[/\-. ]/.test(v) && /\d{4}/.test(normalizeDigits(v)) && !isReadError(readThaiDate(v)) && readThaiDate(v) !== null)) return 'birthDate';
  if (share((v) => /^[\s\d\-+()๐-๙]+$/.test(v) && typeof readPhone(v) === 'string' && normalizeDigits(v).replace(/\D/g, '').length >= 9)) return 'phone';
  if (share((v) => /^\s*[\d๐-๙]+\s*-\s*[\d๐-๙]+\s*-\s*[\d๐-๙.]+\s*$/.test(v) && typeof readLand(v) === 'number')) return 'plotArea';
  if (tambonNames.size && share((v) => tambonNames.has(v.replace(/^(ตำบล|ต\.)\s*/, '').replace(/\s+/g, '')))) return 'tambon';
  return undefined;
}
