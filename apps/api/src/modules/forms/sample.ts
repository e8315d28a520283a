/**
 * Realistic sample data for the forms (tests, screenshots, the render benchmark): a group in
 * ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น, cohort 2569, with long Thai remarks that must
 * wrap. Deterministic: the same call always gives the same data.
 */
import type { FormHeader, GroupBundleData, Kt01Data, Kt02Data, Kt03Data } from './forms.types';

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
  return { kt03: sampleKt03(kt02), members: kt02 };
}
