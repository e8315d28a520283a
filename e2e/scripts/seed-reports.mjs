// Demo data for monthly reporting and the dashboard: two model groups of cohort 2567 in
// Mueang Khon Kaen (tambons Tha Phra 400104 and Ban Thum 400105) with records of last month
// (Thailand time) — a learning session, harvests, sales, an exchange and a registered community
// enterprise —
// entered through the API as the district and the province would. Cohort 2567 and these two
// tambons are used by no other journey, so the figures of that cohort are exactly these.
// Safe to run twice (fixed ids). Used by journeys/monthly-report.spec.ts and shots-reports.mjs:
//   node e2e/scripts/seed-reports.mjs [baseUrl]
import { fileURLToPath } from 'node:url';
import { signIn } from './lib/api.mjs';
import { formGroup } from './lib/groups.mjs';
import { idOf, nationalId } from './lib/ids.mjs';

export const REPORT_COHORT = 2567;

/** Last month in Thailand (UTC+7), as YYYY-MM: the month a report is written for. */
function lastMonth(now = new Date()) {
  const today = new Date(now.getTime() + 7 * 3600_000);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}
export const REPORT_PERIOD = lastMonth();
/** A day of the reported month. */
const day = (d) => `${REPORT_PERIOD}-${String(d).padStart(2, '0')}`;
/** The group is founded the month before (a month without records). */
const FOUNDED = new Date(Date.UTC(Number(REPORT_PERIOD.slice(0, 4)), Number(REPORT_PERIOD.slice(5, 7)) - 2, 1)).toISOString().slice(0, 10);

const GROUPS = [
  { key: 'thaphra', tambon: '400104', name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลท่าพระ', people: [['มานพ', 'ท่าพระ'], ['สายทอง', 'ท่าพระ'], ['บุญเรือน', 'ท่าพระ']] },
  { key: 'banthum', tambon: '400105', name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลบ้านทุ่ม', people: [['ประยูร', 'บ้านทุ่ม'], ['จันทร์เพ็ญ', 'บ้านทุ่ม'], ['สมศรี', 'บ้านทุ่ม']] },
].map((g) => ({
  ...g,
  cohort: REPORT_COHORT,
  foundedOn: FOUNDED,
  pondYear: 2565,
  people: g.people.map(([first, last], i) => ({ first, last, nationalId: nationalId(`3${g.tambon}${String(i + 1).padStart(5, '0')}`) })),
}));

/** The figures these records make, as last month's report and the dashboard for cohort 2567 show them. */
export const EXPECTED = {
  groups: 2,
  members: 6,
  sessions: 1,
  attendance: 3,
  productionValue: 6300,
  saleValue: 5400,
  exchanges: 1,
  registered: 1,
  // Funnel (done, overdue) per step, today: no กท.03 plans (step 2 open), no market survey (step 5).
  funnel: { 1: [2, 0], 2: [0, 2], 3: [1, 1], 4: [2, 0], 5: [0, 2], 6: [2, 0], 7: [1, 1] },
};

export async function seedReports(base = 'http://localhost:3000') {
  const district = await signIn(base, 'demo-district-4001');
  const province = await signIn(base, 'demo-province-40');
  const [thaphra, banthum] = [await formGroup(district, province, GROUPS[0]), await formGroup(district, province, GROUPS[1])];
  const uses = (u) => ({ household: 0, exchange: 0, sale: 0, processing: 0, loss: 0, ...u });

  // Tha Phra: its learning centre and a session, kale harvested and sold, some exchanged.
  const centre = await district('GET', `/api/groups/${thaphra.id}/learning-centre`);
  if (!centre.exists) {
    await district('PUT', `/api/groups/${thaphra.id}/learning-centre`, { name: 'แปลงเรียนรู้ของนายมานพ หมู่ 4', description: 'ผักปลอดภัยและปุ๋ยหมัก', mainLecturerId: thaphra.farmerIds[0], assistantLecturerIds: [] });
  }
  await district('POST', '/api/learning-sessions', {
    id: idOf('report:session'), groupId: thaphra.id, date: day(8), topic: 'การปลูกผักปลอดภัยตามมาตรฐาน GAP',
    lecturerIds: [thaphra.farmerIds[0]], attendeeIds: thaphra.farmerIds, outsideParticipants: 0,
  });
  await district('POST', '/api/production', {
    id: idOf('report:prod:kale'), groupId: thaphra.id, date: day(10), period: 'day', farmerId: null,
    product: 'kale', unit: 'kg', quantity: 50, uses: uses({ household: 5, exchange: 5, sale: 40 }), value: 1500,
  });
  await district('POST', '/api/transactions', { id: idOf('report:sale:kale'), groupId: thaphra.id, date: day(12), product: 'kale', unit: 'kg', quantity: 40, channel: 'local_market', unitPrice: 30 });
  await district('POST', '/api/transactions', { id: idOf('report:exchange:kale'), groupId: thaphra.id, date: day(14), product: 'kale', unit: 'kg', quantity: 5, channel: 'exchange_in_group' });

  // Ban Thum: tilapia harvested and sold at the farmers' market; registered as a community enterprise.
  await district('POST', '/api/production', {
    id: idOf('report:prod:tilapia'), groupId: banthum.id, date: day(20), period: 'day', farmerId: null,
    product: 'tilapia', unit: 'kg', quantity: 80, uses: uses({ household: 20, sale: 60 }), value: 4800,
  });
  await district('POST', '/api/transactions', { id: idOf('report:sale:tilapia'), groupId: banthum.id, date: day(21), product: 'tilapia', unit: 'kg', quantity: 60, channel: 'farmers_market', unitPrice: 70 });
  const ent = await district('GET', `/api/groups/${banthum.id}/enterprise`);
  if (!ent.exists) {
    await district('PUT', `/api/groups/${banthum.id}/enterprise`, {
      informedOn: day(1), appliedOn: day(5), registeredOn: day(25), registrationCode: '4-40-01-05/1-0012', marketsItself: true, ownChannels: [],
    });
  }
  return { groups: [thaphra.id, banthum.id] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await seedReports(process.argv[2] ?? 'http://localhost:3000');
  console.log(`groups ${out.groups.join(', ')}: records of ${REPORT_PERIOD} entered`);
}
