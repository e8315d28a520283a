/**
 * The program's reference data as the ministry's source document gives it. Seeded into tables
 * on first start; after that the tables are the truth and an administrator edits them.
 */

export const REGIONS = [
  { code: 'north', nameTh: 'ภาคเหนือ', nameEn: 'North', sortOrder: 1 },
  { code: 'northeast', nameTh: 'ภาคตะวันออกเฉียงเหนือ', nameEn: 'Northeast', sortOrder: 2 },
  { code: 'central', nameTh: 'ภาคกลาง', nameEn: 'Central', sortOrder: 3 },
  { code: 'south', nameTh: 'ภาคใต้', nameEn: 'South', sortOrder: 4 },
] as const;

/**
 * The standard four-region grouping follows the first digit pairs of DOPA province codes:
 * 10–27 and 70–77 central (with the east and west), 30–49 northeast, 50–67 north, 80–96 south
 * (26 / 20 / 17 / 14 provinces). The seed's 16/18/22 counts match no public list.
 */
export function regionOfProvince(code: string): string {
  const n = Number(code);
  if (n >= 30 && n <= 49) return 'northeast';
  if (n >= 50 && n <= 67) return 'north';
  if (n >= 80) return 'south';
  return 'central';
}

/** Host agencies; the seed names กปม. only by its abbreviation (see docs/adr/0003-reference-data.md). */
export const AGENCIES = [
  { code: 'CPD', shortTh: 'กสส.', nameTh: 'กรมส่งเสริมสหกรณ์', nameEn: 'Cooperative Promotion Department', regionCode: 'north' },
  { code: 'DLD', shortTh: 'ปศ.', nameTh: 'กรมปศุสัตว์', nameEn: 'Department of Livestock Development', regionCode: 'northeast' },
  { code: 'DOAE', shortTh: 'กสก.', nameTh: 'กรมส่งเสริมการเกษตร', nameEn: 'Department of Agricultural Extension', regionCode: 'central' },
  { code: 'KPM', shortTh: 'กปม.', nameTh: 'กปม.', nameEn: 'KPM (host agency for the south)', regionCode: 'south' },
] as const;

/** Cohort years (BE) 2565–2569, about 788 new tambons each (3,940 in all). */
export const COHORTS = [2565, 2566, 2567, 2568, 2569].map((yearBe) => ({ yearBe, tambonTarget: 788 }));

export const PROGRAM_TARGETS = [
  { key: 'program_tambons', value: 4009, nameTh: 'เป้าหมายโครงการ (ตำบล)', nameEn: 'Program target (tambons)' },
] as const;

export const STEPS = [
  { number: 1, nameTh: 'คัดเลือกเกษตรกร', nameEn: 'Select farmers', form: 'กท.01' },
  { number: 2, nameTh: 'รวมกลุ่ม จัดทำแผนพัฒนา และเพิ่มศักยภาพกลุ่ม', nameEn: 'Form the group, plan and build capacity', form: 'กท.02, กท.03' },
  { number: 3, nameTh: 'จัดกระบวนการเรียนรู้ด้านการผลิตและการตลาด', nameEn: 'Learning in production and marketing', form: null },
  { number: 4, nameTh: 'ส่งเสริมและสนับสนุนการผลิตตามแผนพัฒนากลุ่ม', nameEn: 'Produce according to the group plan', form: null },
  { number: 5, nameTh: 'เตรียมความพร้อมด้านการตลาด', nameEn: 'Prepare the market', form: null },
  { number: 6, nameTh: 'ส่งเสริมการจำหน่ายผลผลิต', nameEn: 'Exchange and sell produce', form: null },
  { number: 7, nameTh: 'ผลักดันสู่วิสาหกิจชุมชนที่พึ่งตนเองได้', nameEn: 'Become a self-reliant community enterprise', form: null },
] as const;

/**
 * The seed's calendar for its first cohort (BE 2564) as month-day; each cohort uses it in its
 * own year. Step 4 runs "from August on" (ตั้งแต่ สิงหาคม): it has a start and no due date
 * unless the ministry sets one. Step 6 runs August–December.
 */
export const STEP_CALENDAR: Record<number, { startsOn: string | null; dueOn: string | null }> = {
  1: { startsOn: null, dueOn: '06-30' },
  2: { startsOn: null, dueOn: '07-30' },
  3: { startsOn: null, dueOn: '07-30' },
  4: { startsOn: '08-01', dueOn: null },
  5: { startsOn: null, dueOn: '09-30' },
  6: { startsOn: '08-01', dueOn: '12-31' },
  7: { startsOn: null, dueOn: '12-31' },
};

export const REPORT_DEADLINES = [
  { code: 'district', fromLevel: 'district', toLevel: 'province', dueDay: 3, enabled: false, nameTh: 'รายงานอำเภอถึงจังหวัด', nameEn: 'District report to the province' },
  { code: 'province', fromLevel: 'province', toLevel: 'agency', dueDay: 5, enabled: true, nameTh: 'รายงานผลจังหวัดถึงหน่วยงานเจ้าภาพหลัก', nameEn: 'Province report to the host agency' },
  { code: 'agency', fromLevel: 'agency', toLevel: 'ministry', dueDay: 10, enabled: true, nameTh: 'รายงานความก้าวหน้า แบบ กท.05', nameEn: 'Progress report, form KT.05' },
] as const;
