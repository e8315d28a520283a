// Demo data for steps 1–2 (selection กท.01, a model group, plans กท.02 and กท.03) through the
// API, as the district and province officers would enter it. Safe to run twice: what exists is
// left alone. Used by shots-groups.mjs; on its own:
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-grp PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/seed-groups.mjs [baseUrl]
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { signIn } from './lib/api.mjs';
import { nationalId } from './lib/ids.mjs';

export const COHORT = 2569;
export const TAMBON = '400101';

const HEAD = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด (วว/ดด/ปปปป พ.ศ.)', 'เพศ', 'บ้านเลขที่', 'หมู่ที่', 'รหัสตำบล', 'พื้นที่แปลง (ไร่)', 'พื้นที่แปลง (งาน)', 'พื้นที่แปลง (ตารางวา)', 'ขุดสระโดยกรมพัฒนาที่ดิน (มี/ไม่มี)', 'ปีที่ขุดสระ (พ.ศ.)', 'กิจกรรมหลัก (เช่น ปลูกพืช: ข้าว; เลี้ยงสัตว์: ไก่)'];
// [title, first, last, sex, pond, activities]
const PEOPLE = [
  ['นาง', 'สมใจ', 'ใจดี', 'หญิง', 'มี', 'ปลูกพืช: ผักบุ้ง คะน้า; เลี้ยงสัตว์: ไก่ไข่'],
  ['นาย', 'บุญมา', 'ศรีสุข', 'ชาย', 'มี', 'ปลูกพืช: ข้าวหอมมะลิ; ประมง: ปลานิล'],
  ['นางสาว', 'คำปุน', 'แสนดี', 'หญิง', 'มี', 'ปลูกพืช: ผักสวนครัว; แปรรูป: ผ้าไหม'],
  ['นาย', 'ทองใบ', 'มั่นคง', 'ชาย', 'มี', 'ปลูกพืช: มะม่วง กล้วย; เลี้ยงสัตว์: ไก่พื้นเมือง'],
  ['นาง', 'เพ็ญศรี', 'วงศ์ใหญ่', 'หญิง', 'มี', 'ปลูกพืช: ผักบุ้ง; ประมง: ปลาดุก'],
  ['นาย', 'สุริยา', 'พรหมมา', 'ชาย', 'ไม่มี', 'ปลูกพืช: อ้อย'],
  ['นาง', 'ประภาพร', 'ทองคำ', 'หญิง', 'มี', 'เลี้ยงสัตว์: โคเนื้อ'],
  // Registered, not proposed yet: what the propose dialog offers.
  ['นาย', 'ประเสริฐ', 'บุญมี', 'ชาย', 'มี', 'ปลูกพืช: ผักกาด; ประมง: ปลานิล'],
  ['นาง', 'มาลัย', 'ศรีทอง', 'หญิง', 'ไม่มี', 'ปลูกพืช: พริก มะเขือ'],
];

export function farmerCsv(prefix = '14001') {
  const rows = PEOPLE.map(([title, first, last, sex, pond, acts], i) => [
    nationalId(`${prefix}${String(i + 1).padStart(7, '0')}`), title, first, last, `1${i + 1}/0${(i % 9) + 1}/25${10 + i}`, sex, String(10 + i), String((i % 5) + 1),
    TAMBON, String(3 + i), String(i % 4), '50', pond, pond === 'มี' ? String(2560 + (i % 5)) : '', acts,
  ]);
  return '\ufeff' + [HEAD, ...rows].map((r) => r.map((v) => `"${v}"`).join(',')).join('\r\n');
}

const criteria = (pond, ok = true, remark = null) => ({
  pondDug: { met: pond, notes: pond ? null : 'รอกรมพัฒนาที่ดินขุดสระ' },
  sameProducts: { met: ok, notes: ok ? 'ปลูกผักและเลี้ยงปลาเช่นเดียวกับกลุ่ม' : remark },
  sharedIdeas: { met: true, notes: null },
  readyAndAble: { met: ok, notes: null },
});

export async function seedGroups(base = 'http://localhost:3000') {
  const district = await signIn(base, 'demo-district-4001');
  const province = await signIn(base, 'demo-province-40');

  const existing = await district('GET', `/api/farmers?tambon=${TAMBON}&limit=200`);
  if (existing.total < PEOPLE.length) {
    const form = new FormData();
    form.append('file', new Blob([farmerCsv()], { type: 'text/csv' }), 'farmers.csv');
    await district('POST', '/api/farmers/import?dryRun=false', form);
  }
  const farmers = (await district('GET', `/api/farmers?tambon=${TAMBON}&limit=200`)).items.filter((f) => PEOPLE.some((p) => p[1] === f.firstName && p[2] === f.lastName));
  const byName = (first) => farmers.find((f) => f.firstName === first);

  // District proposes six (one not proposed); the seventh stays a plain registry entry.
  const sel = await district('GET', `/api/selection?tambon=${TAMBON}&cohort=${COHORT}`);
  const plan = [
    ['สมใจ', 'proposed', true], ['บุญมา', 'proposed', true], ['คำปุน', 'proposed', true], ['ทองใบ', 'proposed', true],
    ['เพ็ญศรี', 'proposed', true], ['สุริยา', 'proposed', false], ['ประภาพร', 'not_proposed', true],
  ];
  for (const [first, proposal, okAll] of plan) {
    const f = byName(first);
    if (!f || sel.candidates.some((c) => c.farmer.id === f.id)) continue;
    const ok = first !== 'ประภาพร';
    await district('POST', '/api/selection', { id: randomUUID(), cohort: COHORT, farmerId: f.id, proposal, criteria: criteria(f.pondDug && okAll, ok, ok ? null : 'เลี้ยงโคเนื้อ ต่างจากกลุ่ม') });
  }
  // Province: four selected, one not selected (pond not dug), one left undecided.
  const after = await province('GET', `/api/selection?tambon=${TAMBON}&cohort=${COHORT}`);
  for (const c of after.candidates) {
    if (c.decision || c.proposal !== 'proposed') continue;
    const first = farmers.find((f) => f.id === c.farmer.id)?.firstName;
    if (first === 'เพ็ญศรี') continue;
    if (!c.criteria.pondDug.met) {
      await province('POST', `/api/selection/${c.id}/decision`, { decision: 'not_selected', reason: 'ยังไม่ได้รับการขุดสระจากกรมพัฒนาที่ดิน', version: c.version });
    } else {
      await province('POST', `/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
    }
  }

  // The group, its members and committee.
  let [group] = await district('GET', `/api/groups?unit=${TAMBON}&cohort=${COHORT}`);
  if (!group) {
    group = await district('POST', '/api/groups', {
      id: randomUUID(), name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', tambonCode: TAMBON, cohort: COHORT, foundedOn: '2026-07-15',
      phone: '0812345678', facebookPage: 'https://www.facebook.com/naimueang.ntag', lineOaId: '@naimueang', learningCentre: 'แปลงเรียนรู้ของนางสมใจ ใจดี หมู่ 1',
    });
  }
  let detail = await district('GET', `/api/groups/${group.id}`);
  for (const first of ['สมใจ', 'บุญมา', 'คำปุน', 'ทองใบ']) {
    const f = byName(first);
    if (f && !detail.members.some((m) => m.farmerId === f.id)) detail = await district('POST', `/api/groups/${group.id}/members`, { farmerId: f.id });
  }
  if (detail.committee.length === 0) {
    await district('PUT', `/api/groups/${group.id}/committee`, [
      { farmerId: byName('สมใจ').id, role: 'president' },
      { farmerId: byName('บุญมา').id, role: 'vicePresident' },
      { farmerId: byName('คำปุน').id, role: 'secretary' },
      { farmerId: byName('ทองใบ').id, role: 'other', title: 'ผู้ดูแลแหล่งเรียนรู้' },
    ]);
  }

  // A second group, just formed in the next tambon: no members or president yet.
  const [second] = await district('GET', `/api/groups?unit=400102&cohort=${COHORT}`);
  if (!second) await district('POST', '/api/groups', { id: randomUUID(), name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลสำราญ', tambonCode: '400102', cohort: COHORT, foundedOn: '2026-07-28' });

  // กท.02 of two members, กท.03 of the group.
  const kt02 = {
    สมใจ: { products: [['ผักบุ้ง', 'kg', 600, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 20, 10, 70, 12000], ['ไข่ไก่', 'tray', 200, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 30, 20, 50, 10000]] },
    บุญมา: { products: [['ผักบุ้ง', 'kg', 300, [6, 7, 8, 9, 10], 30, 20, 50, 5000], ['ปลานิล', 'kg', 400, [10, 11, 12], 20, 10, 70, 24000]] },
  };
  for (const [first, p] of Object.entries(kt02)) {
    const f = byName(first);
    const cur = await district('GET', `/api/farmers/${f.id}/plans/${COHORT}`);
    if (cur.exists) continue;
    await district('PUT', `/api/farmers/${f.id}/plans/${COHORT}`, {
      currentActivities: [
        { activity: 'ปลูกผักบุ้ง', kind: 'crops', areaSqm: 800, output: 400, unit: 'kg' },
        { activity: 'เลี้ยงไก่ไข่', kind: 'livestock', headcount: 30, output: 150, unit: 'tray', notes: 'ขายในหมู่บ้าน' },
      ],
      plannedProducts: p.products.map(([product, unit, quantity, months, shareHousehold, shareExchange, shareSale, expectedIncome]) => ({ product, unit, quantity, months, shareHousehold, shareExchange, shareSale, expectedIncome })),
      assessment: { scores: { production: 4, processing: 2, marketing: 3, bookkeeping: 2, groupWork: 4 }, assessor: 'นายวิชัย เกษตรอำเภอ', assessedOn: '2026-07-20' },
      developmentNeeds: 'ต้องการความรู้ด้านการแปรรูปผักและการทำบัญชีครัวเรือน',
    });
  }
  const gp = await district('GET', `/api/groups/${group.id}/plans/${COHORT}`);
  if (!gp.exists) {
    await district('PUT', `/api/groups/${group.id}/plans/${COHORT}`, {
      products: [
        { product: 'ผักบุ้ง', unit: 'kg', monthly: [50, 50, 60, 60, 80, 100, 100, 100, 80, 60, 50, 50] },
        { product: 'ปลานิล', unit: 'kg', monthly: [0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 150, 100] },
        { product: 'ไข่ไก่', unit: 'tray', monthly: [15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15] },
      ],
      markets: [
        { channel: 'exchange_in_group', target: 'สมาชิกกลุ่ม 4 ครัวเรือน' },
        { channel: 'farmers_market', target: 'ตลาดเกษตรกรจังหวัดขอนแก่น', notes: 'ทุกวันเสาร์' },
        { channel: 'online', target: 'เพจ Facebook ของกลุ่ม' },
      ],
      topics: [
        { topic: 'การผลิตผักปลอดภัยตามมาตรฐาน GAP', plannedOn: '2026-08-10' },
        { topic: 'การทำบัญชีครัวเรือนและบัญชีกลุ่ม', plannedOn: '2026-09-05' },
      ],
      resources: [{ item: 'พันธุ์ปลานิล', quantity: '2,000 ตัว', notes: 'ขอจากประมงอำเภอ' }, { item: 'โรงเรือนเพาะกล้า', quantity: '1 หลัง' }],
    });
  }
  return { groupId: group.id, farmers };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await seedGroups(process.argv[2] ?? 'http://localhost:3000');
  console.log(`group ${out.groupId}, ${out.farmers.length} farmers`);
}
