/**
 * Realistic sample data for the forms' renderer tests (forms.test.ts): a group in
 * ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น, cohort 2569, with long Thai remarks that must
 * wrap. Deterministic: the same call always gives the same data.
 */
import { CHANNEL_LABELS, NARRATIVE_FIELDS, NARRATIVE_LABELS, REPORT_STATE_LABELS, type Channel, type NarrativeField } from '@ntag/shared';
import type { FormHeader, GroupBundleData, Kt01Data, Kt02Data, Kt03Data, MonthFigure, MonthlyReportData, NationalSummaryData } from './forms.types';

export const SAMPLE_HEADER: FormHeader = {
  cohortYear: 2569,
  place: {
    tambon: { code: '400101', nameTh: 'ในเมือง' },
    district: { code: '4001', nameTh: 'เมืองขอนแก่น' },
    province: { code: '40', nameTh: 'ขอนแก่น' },
    agency: { code: 'DLD', nameTh: 'กรมปศุสัตว์' },
  },
  printedAt: '2026-11-26T07:05:00Z',
  printedBy: 'นางสาวอรุณี ทองดี',
};

const FIRST = ['นางสมใจ', 'นายสมชาย', 'นางสาวมาลี', 'นายบุญมี', 'นางทองใบ', 'นายประเสริฐ', 'นางคำปุน', 'นายวิชัย', 'นางบัวผัน', 'นายสุรเชษฐ์'];
const LAST = ['ใจดี', 'รักษ์ดิน', 'ศรีสุข', 'มีสุข', 'แก้วมณี', 'พึ่งตน', 'สายทอง', 'ทองคำ', 'บุญเรือง', 'ภูมิใจไทย'];

/** The i-th (0-based) farmer's name: นางสมใจ ใจดี first, then distinct combinations. */
export const farmerName = (i: number): string => `${FIRST[i % FIRST.length]} ${LAST[(i + Math.floor(i / LAST.length)) % LAST.length]}`;

const maskedId = (i: number): string => `3-4001-xxxxx-${String(10 + (i % 90)).padStart(2, '0')}-${i % 10}`;
const address = (i: number): string => `${12 + i * 7} หมู่ ${1 + (i % 9)} ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000`;

export const LONG_REMARK =
  'สระน้ำขุดโดยกรมพัฒนาที่ดินเมื่อปี พ.ศ. 2567 มีน้ำใช้ตลอดทั้งปีเพียงพอสำหรับปลูกผักสวนครัว';
export const LONG_REASON =
  'ยังไม่ได้รับการขุดสระจากกรมพัฒนาที่ดิน อยู่ระหว่างรอการจัดสรรงบประมาณในปีถัดไป จึงเห็นควรให้เสนอเข้าร่วมโครงการในรุ่นต่อไปเมื่อมีความพร้อม';

export function sampleKt01(count = 8): Kt01Data {
  const candidates = Array.from({ length: count }, (_, i) => {
    const noPond = i % 4 === 3;
    const notReady = i % 6 === 5;
    const proposed = !noPond;
    return {
      no: i + 1,
      fullName: farmerName(i),
      nationalId: maskedId(i),
      address: address(i),
      activities: ['ปลูกผักสวนครัว เลี้ยงไก่ไข่ เลี้ยงปลานิล', 'ทำนาข้าวหอมมะลิ ปลูกผักปลอดสารพิษ', 'เลี้ยงโคเนื้อ ปลูกหญ้าเนเปียร์'][i % 3]!,
      criteria: {
        pondDug: { met: !noPond, remark: noPond ? 'อยู่ระหว่างรอการขุดสระจากกรมพัฒนาที่ดิน' : i === 0 ? LONG_REMARK : null },
        sameProducts: { met: true, remark: null },
        sharedIdeas: { met: true, remark: i === 1 ? 'เป็นสมาชิกเครือข่ายปราชญ์ชาวบ้านเกษตรทฤษฎีใหม่ของจังหวัด' : null },
        readyAndAble: { met: !notReady, remark: notReady ? 'ต้องการเวลาเตรียมแรงงานในครัวเรือน' : null },
      },
      proposal: proposed ? 'เสนอ' : 'ไม่เสนอ',
      decision: proposed && !notReady ? 'คัดเลือก' : 'ไม่คัดเลือก',
      decisionReason: !proposed ? LONG_REASON : notReady ? 'ความพร้อมด้านแรงงานยังไม่เพียงพอ' : null,
    };
  });
  return {
    ...SAMPLE_HEADER,
    candidates,
    summary: {
      candidates: candidates.length,
      proposed: candidates.filter((c) => c.proposal === 'เสนอ').length,
      selected: candidates.filter((c) => c.decision === 'คัดเลือก').length,
    },
  };
}

const PRODUCTS = [
  { product: 'ผักบุ้งจีน', unit: 'กิโลกรัม', quantity: 600, months: [1, 2, 3, 10, 11, 12], shares: [30, 10, 60], income: 12000 },
  { product: 'ไข่ไก่', unit: 'ฟอง', quantity: 7200, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], shares: [20, 10, 70], income: 21600 },
  { product: 'ปลานิล', unit: 'กิโลกรัม', quantity: 300, months: [9, 10, 11], shares: [40, 20, 40], income: 15000.5 },
  { product: 'พริกขี้หนูสวน', unit: 'กิโลกรัม', quantity: 120, months: [6, 7, 8], shares: [20, 20, 60], income: 9600 },
] as const;

const SKILLS = [
  'ความรู้ด้านการผลิตตามแนวทางเกษตรทฤษฎีใหม่',
  'การวางแผนการผลิตและการจัดการฟาร์ม',
  'การจดบันทึกบัญชีครัวเรือนและต้นทุนการผลิต',
  'การแปรรูปและการเพิ่มมูลค่าผลผลิต',
  'การตลาดและการเชื่อมโยงเครือข่าย',
];

export const LONG_NEEDS =
  'ต้องการพัฒนาทักษะการแปรรูปผลผลิตและการทำบรรจุภัณฑ์ให้ได้มาตรฐาน เพื่อจำหน่ายผ่านตลาดออนไลน์และร้านค้าชุมชน รวมทั้งต้องการความรู้เรื่องการจดบันทึกบัญชีครัวเรือนและการคำนวณต้นทุนการผลิตอย่างเป็นระบบ เพื่อเตรียมความพร้อมในการจดทะเบียนวิสาหกิจชุมชน';

export function sampleKt02(i = 0, groupName: string | null = 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง'): Kt02Data {
  // Member 0 has the reference scores; others vary, and a few skills are not scored yet.
  const scores = [4, 3, 2, 3, 2].map((s, k) => (i === 0 || (s + i + k) % 7 !== 0 ? ((s - 1 + i * (k + 1)) % 5) + 1 : null));
  return {
    ...SAMPLE_HEADER,
    groupName,
    farmer: {
      fullName: farmerName(i),
      nationalId: maskedId(i),
      birthDate: `${1965 + (i % 25)}-03-14`,
      sex: FIRST[i % FIRST.length]!.startsWith('นาย') ? 'ชาย' : 'หญิง',
      phone: `08 ${String(1234 + i).padStart(4, '0')} 56${String(i % 100).padStart(2, '0')}`,
      address: address(i),
      householdSize: 3 + (i % 4),
      farmerRegistryNo: `4001010${String(123 + i).padStart(5, '0')}`,
      plotArea: `${8 + (i % 5)}-2-50 ไร่`,
      titleDeed: 'โฉนดที่ดิน เลขที่ 12345',
      pond: 'สระขนาด 1,260 ลูกบาศก์เมตร ขุดโดยกรมพัฒนาที่ดิน ปี พ.ศ. 2567',
      activities: 'ปลูกผักสวนครัว เลี้ยงไก่ไข่ เลี้ยงปลานิล',
    },
    currentActivities: [
      { activity: 'ปลูกผักสวนครัวปลอดสารพิษ', size: '1 งาน', output: 'ประมาณ 30 กิโลกรัมต่อเดือน' },
      { activity: 'เลี้ยงไก่ไข่พันธุ์โรดไอส์แลนด์เรด', size: '25 ตัว', output: 'วันละ 20 ฟอง' },
      { activity: 'เลี้ยงปลานิลในสระที่กรมพัฒนาที่ดินขุดให้', size: '2,000 ตัว', output: 'ปีละ 300 กิโลกรัม' },
    ],
    plannedProducts: PRODUCTS.map((p, k) => ({
      product: p.product,
      unit: p.unit,
      quantity: p.quantity + ((i * 10 * (k + 1)) % 100),
      months: [...p.months],
      shareHousehold: p.shares[0],
      shareExchange: p.shares[1],
      shareSale: p.shares[2],
      expectedIncome: k === 3 && i % 3 === 2 ? null : p.income,
    })),
    assessment: {
      skills: SKILLS.map((label, k) => ({ label, score: scores[k] ?? null })),
      assessor: 'นายวีระ ใจกล้า',
      assessedOn: '2026-07-15',
    },
    developmentNeeds: LONG_NEEDS,
  };
}

export function sampleKt03(members: Kt02Data[] = [sampleKt02(0)]): Kt03Data {
  const monthlyOf = (months: readonly number[], total: number) => {
    const per = Math.round(total / months.length);
    return Array.from({ length: 12 }, (_, m) => (months.includes(m + 1) ? per : 0));
  };
  const products = PRODUCTS.map((p) => {
    const monthly = monthlyOf(p.months, p.quantity * Math.max(members.length, 1));
    return { product: p.product, unit: p.unit, monthly, total: monthly.reduce((a, b) => a + b, 0) };
  });
  const rollup = products.map((p) => {
    const membersPlan = members.reduce((sum, m) => sum + (m.plannedProducts.find((x) => x.product === p.product)?.quantity ?? 0), 0);
    return { product: p.product, unit: p.unit, groupPlan: p.total, membersPlan, difference: p.total - membersPlan };
  });
  return {
    ...SAMPLE_HEADER,
    group: {
      name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง',
      foundedOn: '2026-07-20',
      memberCount: members.length,
      committee: [
        { role: 'ประธาน', fullName: farmerName(0) },
        { role: 'รองประธาน', fullName: farmerName(1) },
        { role: 'เลขานุการ', fullName: farmerName(2) },
        { role: 'เหรัญญิก', fullName: farmerName(3) },
        { role: 'ประชาสัมพันธ์', fullName: farmerName(4) },
      ],
      contact: `${farmerName(0)} โทร. 08 1234 5600`,
      enterpriseCode: null,
    },
    products,
    markets: [
      { channel: 'ตลาดชุมชนหน้าที่ว่าการอำเภอเมืองขอนแก่น', target: 'ผู้บริโภคในชุมชนและข้าราชการ', note: 'ทุกวันพุธและวันศุกร์' },
      { channel: 'ร้านค้าชุมชนและสหกรณ์การเกษตรเมืองขอนแก่น', target: 'สมาชิกสหกรณ์', note: null },
      { channel: 'ตลาดเกษตรกรจังหวัดขอนแก่น', target: null, note: 'ขอพื้นที่จำหน่ายผ่านสำนักงานเกษตรจังหวัด' },
      { channel: 'แพลตฟอร์มออนไลน์และเครือข่ายสังคมออนไลน์ของกลุ่ม', target: 'ลูกค้าในเขตเมือง', note: 'จัดส่งสัปดาห์ละสองครั้ง' },
    ],
    topics: [
      { topic: 'การผลิตผักปลอดภัยตามมาตรฐานจีเอพีและการจัดการศัตรูพืชโดยไม่ใช้สารเคมี', plannedOn: '2026-08-12' },
      { topic: 'การแปรรูปปลานิลและการทำบรรจุภัณฑ์เพื่อเพิ่มมูลค่า', plannedOn: '2026-09-09' },
      { topic: 'การจดบันทึกบัญชีต้นทุนและการเตรียมจดทะเบียนวิสาหกิจชุมชน', plannedOn: '2026-11-18' },
      { topic: 'การขายผ่านแพลตฟอร์มออนไลน์', plannedOn: null },
    ],
    resources: [
      { item: 'พันธุ์ปลานิลแปลงเพศ', quantity: '10,000 ตัว', note: 'ขอรับการสนับสนุนจากประมงจังหวัด' },
      { item: 'โรงเรือนเพาะชำกล้าผัก', quantity: '1 หลัง', note: null },
      { item: 'เครื่องซีลสุญญากาศสำหรับบรรจุภัณฑ์', quantity: null, note: 'ใช้ร่วมกันที่แหล่งเรียนรู้ของกลุ่ม' },
    ],
    rollup,
  };
}

/** A whole group: its กท.03 and `members` กท.02 forms (25 is the benchmark's size). */
export function sampleBundle(members = 8): GroupBundleData {
  const kt02 = Array.from({ length: members }, (_, i) => sampleKt02(i));
  const status = ['เสร็จแล้ว', 'เสร็จแล้ว', 'เสร็จแล้ว', 'กำลังดำเนินการ', 'ยังไม่เริ่ม', 'ยังไม่เริ่ม', 'ยังไม่เริ่ม'];
  return {
    kt03: sampleKt03(kt02),
    members: kt02,
    cover: {
      steps: STEP_LABELS.map((name, i) => ({
        step: i + 1, name, status: status[i]!, overdue: i === 4,
        date: i < 3 ? `เมื่อ ${10 + i} ก.ค. 2569` : i === 4 ? 'กำหนด 30 ก.ย. 2569' : null,
      })),
      enterprise: 'ยังไม่ได้เริ่มจดทะเบียนวิสาหกิจชุมชน',
    },
  };
}

/** A farmer whose name and id are as long as they come, with a full national id (issue 15). */
export const LONG_NAME = 'นางสาวประภาพรรณี ศรีสมบูรณ์วงศ์ใหญ่';
export const FULL_ID = '3400100012346';

/* ------------------------------------------------------------------------------------------ */
/* Monthly reports: กรมปศุสัตว์'s แบบ กท.05 for ตุลาคม 2569, จังหวัดขอนแก่น's report, the country. */
/* ------------------------------------------------------------------------------------------ */

export const STEP_LABELS = [
  'คัดเลือกเกษตรกร',
  'รวมกลุ่ม จัดทำแผนพัฒนา และเพิ่มศักยภาพกลุ่ม',
  'จัดกระบวนการเรียนรู้ด้านการผลิตและการตลาด',
  'ส่งเสริมและสนับสนุนการผลิตตามแผนพัฒนากลุ่ม',
  'เตรียมความพร้อมด้านการตลาด',
  'ส่งเสริมการจำหน่ายผลผลิต',
  'ผลักดันสู่วิสาหกิจชุมชนที่พึ่งตนเองได้',
] as const;

/** The 20 provinces of the northeast that กรมปศุสัตว์ follows (DOPA codes). */
export const NORTHEAST: { code: string; nameTh: string }[] = [
  ['30', 'นครราชสีมา'], ['31', 'บุรีรัมย์'], ['32', 'สุรินทร์'], ['33', 'ศรีสะเกษ'], ['34', 'อุบลราชธานี'],
  ['35', 'ยโสธร'], ['36', 'ชัยภูมิ'], ['37', 'อำนาจเจริญ'], ['38', 'บึงกาฬ'], ['39', 'หนองบัวลำภู'],
  ['40', 'ขอนแก่น'], ['41', 'อุดรธานี'], ['42', 'เลย'], ['43', 'หนองคาย'], ['44', 'มหาสารคาม'],
  ['45', 'ร้อยเอ็ด'], ['46', 'กาฬสินธุ์'], ['47', 'สกลนคร'], ['48', 'นครพนม'], ['49', 'มุกดาหาร'],
].map(([code, nameTh]) => ({ code: code!, nameTh: nameTh! }));

const NORTH = ['เชียงใหม่', 'ลำพูน', 'ลำปาง', 'อุตรดิตถ์', 'แพร่', 'น่าน', 'พะเยา', 'เชียงราย', 'แม่ฮ่องสอน', 'นครสวรรค์', 'อุทัยธานี', 'กำแพงเพชร', 'ตาก', 'สุโขทัย', 'พิษณุโลก', 'พิจิตร'];
const CENTRAL = [
  'สมุทรปราการ', 'นนทบุรี', 'ปทุมธานี', 'พระนครศรีอยุธยา', 'อ่างทอง', 'ลพบุรี', 'สิงห์บุรี', 'ชัยนาท', 'สระบุรี', 'ชลบุรี', 'ระยอง',
  'จันทบุรี', 'ตราด', 'ฉะเชิงเทรา', 'ปราจีนบุรี', 'นครนายก', 'สระแก้ว', 'ราชบุรี', 'กาญจนบุรี', 'สุพรรณบุรี', 'นครปฐม', 'สมุทรสาคร',
];
const SOUTH = ['นครศรีธรรมราช', 'กระบี่', 'พังงา', 'ภูเก็ต', 'สุราษฎร์ธานี', 'ระนอง', 'ชุมพร', 'สงขลา', 'สตูล', 'ตรัง', 'พัทลุง', 'ปัตตานี', 'ยะลา', 'นราธิวาส'];

/** Provinces whose October report กรมปศุสัตว์ has not accepted, with why. */
export const NOT_ACCEPTED_SAMPLE: Record<string, string> = {
  '38': 'ยังไม่ได้จัดทำรายงาน',
  '46': REPORT_STATE_LABELS.returned.th,
  '48': REPORT_STATE_LABELS.submitted.th,
};

export const NARRATIVE_SENTENCE =
  'กลุ่มเกษตรทฤษฎีใหม่ตำบลต้นแบบรุ่นปี พ.ศ. 2569 จัดตั้งเพิ่มขึ้นในเดือนนี้ และส่วนใหญ่เริ่มจำหน่ายผลผลิตผ่านตลาดเกษตรกรและแหล่งรับซื้อในชุมชนแล้ว';

const NARRATIVE: Record<NarrativeField, string> = {
  results: [
    `${NARRATIVE_SENTENCE} โดยผลผลิตหลักของกลุ่มในภาคตะวันออกเฉียงเหนือ ได้แก่ ไข่ไก่ ผักปลอดภัย ปลานิล และโคเนื้อ ซึ่งสมาชิกนำมาบริโภคในครัวเรือนก่อน แล้วจึงแลกเปลี่ยนภายในกลุ่มและจำหน่ายส่วนที่เหลือ`,
    'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัดร่วมกับระดับอำเภอจัดกระบวนการเรียนรู้ ณ แหล่งเรียนรู้ของกลุ่มอย่างต่อเนื่อง ในหัวข้อการผลิตอาหารสัตว์จากวัตถุดิบในท้องถิ่น การแปรรูปผลผลิต และการจดบันทึกบัญชีต้นทุนการผลิต เพื่อเตรียมความพร้อมของกลุ่มในการจดทะเบียนวิสาหกิจชุมชน',
  ].join('\n'),
  problems:
    'ฝนทิ้งช่วงในช่วงต้นเดือนทำให้ปริมาณน้ำในสระของสมาชิกบางรายลดลง ผลผลิตผักในหลายกลุ่มจึงต่ำกว่าแผนการผลิตของกลุ่ม นอกจากนี้ราคาอาหารสัตว์ที่สูงขึ้นทำให้ต้นทุนการเลี้ยงไก่ไข่เพิ่มขึ้น และกลุ่มที่จัดตั้งใหม่ยังขาดทักษะการจัดทำบัญชีและการตลาดออนไลน์ จังหวัดบางแห่งส่งรายงานล่าช้าเนื่องจากเจ้าหน้าที่ผู้รับผิดชอบย้ายหน่วยงาน',
  suggestions:
    'ควรประสานกรมพัฒนาที่ดินและสำนักงานชลประทานในพื้นที่เพื่อวางแผนการใช้น้ำในฤดูแล้ง ส่งเสริมการผลิตอาหารสัตว์ใช้เองจากหญ้าเนเปียร์และวัตถุดิบในชุมชนเพื่อลดต้นทุน และจัดให้กลุ่มที่มีความพร้อมเป็นพี่เลี้ยงแก่กลุ่มที่จัดตั้งใหม่ในการจดทะเบียนวิสาหกิจชุมชนและการจำหน่ายผ่านแพลตฟอร์มออนไลน์',
  support:
    'ขอรับการสนับสนุนงบประมาณสำหรับการจัดกิจกรรมส่งเสริมการตลาดระดับจังหวัด อุปกรณ์แปรรูปและบรรจุภัณฑ์สำหรับกลุ่มที่มีผลผลิตส่วนเกิน และวิทยากรด้านการตลาดออนไลน์จากสถาบันการศึกษาในพื้นที่',
};

const fig = (month: number, total: number): MonthFigure => ({ month, total });
const round2 = (n: number) => Math.round(n * 100) / 100;

/** กรมปศุสัตว์'s October figures; other units scale them (a province is about 1/20). */
function monthlyFigures(scale: number): Pick<MonthlyReportData, 'cohorts' | 'learning' | 'production' | 'productionValue' | 'sales' | 'salesTotal' | 'enterprises' | 'support'> {
  const n = (x: number) => Math.round(x * scale);
  const q = (x: number) => round2(x * scale);
  const steps = (groups: number, rows: [number, number, number][]) =>
    rows.map(([month, total, overdue], i) => ({ step: i + 1, label: STEP_LABELS[i]!, doneMonth: n(month), doneTotal: Math.min(n(total), groups), overdue: n(overdue) }));
  const g68 = n(255);
  const g69 = n(259);
  const production = [
    ['พืช', 'กิโลกรัม', 'บริโภคในครัวเรือน', 18420.5, 152300],
    ['พืช', 'กิโลกรัม', 'แลกเปลี่ยน', 3210, 26480],
    ['พืช', 'กิโลกรัม', 'จำหน่าย', 42870, 318950.75],
    ['ปศุสัตว์', 'ฟอง', 'บริโภคในครัวเรือน', 25600, 198400],
    ['ปศุสัตว์', 'ฟอง', 'จำหน่าย', 96300, 742800],
    ['ปศุสัตว์', 'ตัว', 'จำหน่าย', 412, 3186],
    ['ประมง', 'กิโลกรัม', 'บริโภคในครัวเรือน', 2140, 15820],
    ['ประมง', 'กิโลกรัม', 'จำหน่าย', 8960, 61450],
    ['แปรรูป', 'ถุง', 'จำหน่าย', 1830, 9420],
    ['แปรรูป', 'ลิตร', 'แลกเปลี่ยน', 0, 240],
  ] as const;
  const channels: [Channel, number, number, number, number][] = [
    ['exchange_in_group', 96540, 702310, 214, 1588],
    ['exchange_outside', 41275.5, 286940, 88, 603],
    ['community_buyer', 612480.25, 4418760.5, 402, 2931],
    ['farmers_market', 488920, 3502115, 356, 2540],
    ['local_market', 301150, 2290480.75, 233, 1702],
    ['green_market', 0, 186300, 0, 114],
    ['event', 154300, 602850, 27, 96],
    ['online', 98760.5, 512340, 184, 1021],
    ['direct', 72410, 640205, 319, 2455],
  ];
  const sales = channels.map(([ch, vm, vt, cm, ct]) => ({
    channel: CHANNEL_LABELS[ch].th,
    kind: ch.startsWith('exchange') ? 'แลกเปลี่ยน' : 'จำหน่าย',
    value: fig(q(vm), q(vt)),
    count: fig(n(cm), n(ct)),
  }));
  const sum = (ex: boolean) =>
    sales.filter((s) => (s.kind === 'แลกเปลี่ยน') === ex).reduce((a, s) => fig(round2(a.month + s.value.month), round2(a.total + s.value.total)), fig(0, 0));
  return {
    cohorts: [
      {
        cohort: 2568, targetTambons: n(262), groups: g68, groupsFormed: fig(0, g68), members: n(3480),
        steps: steps(g68, [[0, 255, 0], [0, 255, 0], [0, 255, 0], [0, 252, 3], [1, 249, 6], [2, 246, 0], [3, 231, 24]]),
      },
      {
        cohort: 2569, targetTambons: n(268), groups: g69, groupsFormed: fig(n(7), n(241)), members: n(3112),
        steps: steps(g69, [[0, 259, 0], [7, 241, 18], [12, 236, 23], [15, 229, 30], [31, 198, 61], [38, 143, 0], [9, 21, 0]]),
      },
    ],
    learning: { sessions: fig(n(86), n(1245)), attendance: fig(n(1932), n(27864)) },
    // Eggs, animals and bags are whole; weights and volumes keep one decimal.
    production: production.map(([category, unit, use, m, t]) => {
      const amount = (x: number) => (unit === 'กิโลกรัม' || unit === 'ลิตร' ? Math.round(x * scale * 10) / 10 : n(x));
      return { category, unit, use, month: amount(m), total: amount(t) };
    }),
    productionValue: fig(q(2846320.5), q(21493870.25)),
    sales,
    salesTotal: { exchange: sum(true), sale: sum(false) },
    enterprises: fig(n(9), n(252)),
    support: { visits: fig(n(118), n(1376)), lecturerTrainings: fig(n(14), n(96)), trainingHours: fig(n(84), n(612)) },
  };
}

const narrative = () => NARRATIVE_FIELDS.map((f) => ({ label: NARRATIVE_LABELS[f].th, text: NARRATIVE[f] }));

/** What every sample monthly report of กรมปศุสัตว์ for ตุลาคม 2569 shares: the month and the print. */
const DLD_OCTOBER = {
  agency: { code: 'DLD', nameTh: 'กรมปศุสัตว์' },
  period: '2026-10',
  printedAt: SAMPLE_HEADER.printedAt,
  printedBy: SAMPLE_HEADER.printedBy,
};

/** แบบ กท.05 of กรมปศุสัตว์ for ตุลาคม 2569: 20 provinces, 3 of them not accepted. */
export function sampleMonthlyAgency(): MonthlyReportData {
  return {
    ...DLD_OCTOBER,
    kind: 'agency',
    unit: DLD_OCTOBER.agency,
    dueOn: '2026-11-10',
    state: REPORT_STATE_LABELS.submitted.th,
    versionNumber: 2,
    submittedAt: '2026-11-09T03:30:00Z',
    submittedBy: 'นายปรีชา ศรีสมบูรณ์',
    decision: null,
    ...monthlyFigures(1),
    partners: null,
    provinces: NORTHEAST.map((p) => ({
      ...p,
      state: NOT_ACCEPTED_SAMPLE[p.code] ?? REPORT_STATE_LABELS.accepted.th,
      accepted: !NOT_ACCEPTED_SAMPLE[p.code],
    })),
    narrative: narrative(),
  };
}

/** จังหวัดขอนแก่น's report to กรมปศุสัตว์ for ตุลาคม 2569, accepted. */
export function sampleMonthlyProvince(): MonthlyReportData {
  return {
    ...DLD_OCTOBER,
    kind: 'province',
    unit: { code: '40', nameTh: 'ขอนแก่น' },
    dueOn: '2026-11-05',
    state: REPORT_STATE_LABELS.accepted.th,
    versionNumber: 1,
    submittedAt: '2026-11-04T08:15:00Z',
    submittedBy: 'นายสมศักดิ์ วงศ์ใหญ่',
    decision: 'รับรายงานเมื่อ 6 พ.ย. 2569 โดย นางสาวพิมพ์ชนก ศรีวงศ์ กรมปศุสัตว์',
    ...monthlyFigures(1 / 17),
    partners: [
      { name: 'มหาวิทยาลัยขอนแก่น คณะเกษตรศาสตร์', sector: 'สถาบันการศึกษา', support: 'อบรมการแปรรูปผลผลิตและการทำบัญชีกลุ่ม', groups: 6, from: '2026-06-01', to: '2027-05-31' },
      { name: 'ห้างหุ้นส่วนจำกัด ขอนแก่นผักสด', sector: 'ภาคเอกชน', support: 'รับซื้อผักปลอดสารพิษทุกสัปดาห์', groups: 3, from: '2026-09-15', to: null },
    ],
    narrative: narrative().map((f) => ({ ...f, text: f.text.replace('ในภาคตะวันออกเฉียงเหนือ', 'ในจังหวัดขอนแก่น') })),
  };
}

/** The four host agencies for ตุลาคม 2569 (กรมปศุสัตว์ as above; the others scaled by their provinces). */
export function sampleNationalSummary(): NationalSummaryData {
  const other = (code: string, nameTh: string, names: string[], firstCode: number, late: number[]): MonthlyReportData => {
    const base = sampleMonthlyAgency();
    const sent = late.length <= 3;
    return {
      ...base,
      ...monthlyFigures(names.length / 20),
      unit: { code, nameTh },
      agency: { code, nameTh },
      state: sent ? REPORT_STATE_LABELS.accepted.th : REPORT_STATE_LABELS.draft.th,
      versionNumber: sent ? 1 : null,
      submittedAt: sent ? '2026-11-08T02:00:00Z' : null,
      submittedBy: sent ? `เจ้าหน้าที่${nameTh}` : null,
      provinces: names.map((p, i) => ({
        code: String(firstCode + i),
        nameTh: p,
        state: late.includes(i) ? REPORT_STATE_LABELS.draft.th : REPORT_STATE_LABELS.accepted.th,
        accepted: !late.includes(i),
      })),
    };
  };
  return {
    period: '2026-10',
    printedAt: SAMPLE_HEADER.printedAt,
    agencies: [
      other('CPD', 'กรมส่งเสริมสหกรณ์', NORTH, 50, [8]),
      sampleMonthlyAgency(),
      other('DOAE', 'กรมส่งเสริมการเกษตร', CENTRAL, 11, []),
      other('KPM', 'กปม.', SOUTH, 80, [1, 5, 9, 12]),
    ],
  };
}
