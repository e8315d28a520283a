import {
  DEMO_CHANNELS, DEMO_MARK, DEMO_OUTLET_TYPES, DEMO_PRODUCTS, DEMO_TOPICS, chance, demoId, demoNationalId, demoPerson, type DemoGroupPlan,
} from './demo.data';
import type { DemoCall } from './demo.client';

/** A tambon as the geography API lists it. */
export interface DemoTambon {
  code: string;
  nameTh: string;
}

/** Dates of the demo, from the day it is built (Thailand time). */
export interface DemoCalendar {
  /** YYYY-MM-DD, today in Thailand. */
  today: string;
  /** The last `n` months before the current one, oldest first, as YYYY-MM. */
  months(n: number): string[];
}

export function demoCalendar(now = new Date()): DemoCalendar {
  const bkk = new Date(now.getTime() + 7 * 3600_000);
  const today = bkk.toISOString().slice(0, 10);
  return {
    today,
    months(n) {
      const out: string[] = [];
      for (let i = n; i >= 1; i--) out.push(new Date(Date.UTC(bkk.getUTCFullYear(), bkk.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
      return out;
    },
  };
}

/**
 * Registers `count` demo farmers of a tambon and has the district propose them for `cohort`
 * with the four criteria met. Answers their ids.
 */
export async function proposeFarmers(district: DemoCall, tambon: DemoTambon, cohort: number, count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + count; n++) {
    const p = demoPerson(tambon.code, n);
    const id = demoId(`farmer:${tambon.code}:${n}`);
    await district('POST', '/api/farmers', {
      id, nationalId: demoNationalId(`1${tambon.code}${String(n + 1).padStart(5, '0')}`), title: p.title, firstName: p.firstName, lastName: p.lastName,
      birthDate: p.birthDate, sex: p.sex, houseNo: String(10 + n * 7), villageNo: (n % 9) + 1, tambonCode: tambon.code,
      householdSize: 3 + (n % 4), plotAreaSqm: 1600 * (3 + (n % 8)), titleDeedType: n % 3 === 0 ? 'ns3' : 'chanote', pondDug: true, pondYear: cohort - 3,
      activities: [{ kind: 'crops', detail: 'ผักสวนครัว ข้าว' }, ...(n % 2 ? [{ kind: 'livestock' as const, detail: 'ไก่ไข่' }] : [])],
    });
    await district('POST', '/api/selection', {
      id: demoId(`candidate:${tambon.code}:${n}`), cohort, farmerId: id, proposal: 'proposed',
      criteria: { pondDug: { met: true }, sameProducts: { met: true }, sharedIdeas: { met: true }, readyAndAble: { met: true } },
    });
    ids.push(id);
  }
  return ids;
}

const clampDay = (d: string, from: string, to: string) => (d < from ? from : d > to ? to : d);

/**
 * One demo group through the steps its plan reaches: 1 farmers selected, 2 group with members,
 * committee and plans (กท.02, กท.03), 3 learning centre and a year of sessions, 4 production,
 * 5 outlets surveyed, 6 exchanges and sales, 7 the community enterprise.
 */
export async function buildGroup(
  calls: { district: DemoCall; province: DemoCall },
  g: DemoGroupPlan,
  tambon: DemoTambon,
  cal: DemoCalendar,
  index: number,
): Promise<string> {
  const { district, province } = calls;
  const year = g.cohort - 543;
  const foundedOn = `${year}-07-01`;
  const farmerIds = await proposeFarmers(district, tambon, g.cohort, g.members);
  const waiting = await province<{ candidates: { id: string; version: number; decision: string | null; farmer: { id: string } }[] }>(
    'GET', `/api/selection?tambon=${tambon.code}&cohort=${g.cohort}`,
  );
  for (const c of waiting.candidates) {
    if (!c.decision && farmerIds.includes(c.farmer.id)) await province('POST', `/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
  }
  const groupId = demoId(`group:${tambon.code}`);
  await district('POST', '/api/groups', {
    id: groupId, name: `กลุ่มเกษตรทฤษฎีใหม่ตำบล${tambon.nameTh} ${DEMO_MARK}`, tambonCode: tambon.code, cohort: g.cohort, foundedOn,
    phone: `08${String(10_000_000 + Number(tambon.code) * 7).slice(-8)}`, learningCentre: g.reach >= 3 ? `แปลงเรียนรู้ของประธานกลุ่ม หมู่ 1` : null,
  });
  for (const farmerId of farmerIds) await district('POST', `/api/groups/${groupId}/members`, { farmerId });
  await district('PUT', `/api/groups/${groupId}/committee`, [
    { farmerId: farmerIds[0], role: 'president' },
    { farmerId: farmerIds[1], role: 'vicePresident' },
    { farmerId: farmerIds[2], role: 'secretary' },
    ...(farmerIds[3] ? [{ farmerId: farmerIds[3], role: 'treasurer' }] : []),
  ]);
  if (g.reach < 2) return groupId;

  const [p1, p2] = [DEMO_PRODUCTS[index % DEMO_PRODUCTS.length]!, DEMO_PRODUCTS[(index + 2) % DEMO_PRODUCTS.length]!];
  const productName = { morning_glory: 'ผักบุ้ง', kale: 'คะน้า', egg_chicken: 'ไข่ไก่', tilapia: 'ปลานิล', chili: 'พริก', rice_milled: 'ข้าวสาร' } as Record<string, string>;
  await district('PUT', `/api/groups/${groupId}/plans/${g.cohort}`, {
    products: [
      { product: productName[p1[0]], unit: p1[1], monthly: [40, 40, 50, 50, 60, 80, 80, 80, 60, 50, 40, 40] },
      { product: productName[p2[0]], unit: p2[1], monthly: [0, 0, 20, 20, 30, 30, 30, 30, 30, 20, 20, 0] },
    ],
    markets: [{ channel: 'local_market' }, { channel: 'farmers_market' }],
    topics: DEMO_TOPICS.slice(index % 4, (index % 4) + 4).map((topic) => ({ topic })),
    resources: [],
  });
  for (const [k, farmerId] of farmerIds.slice(0, 1).entries()) {
    await district('PUT', `/api/farmers/${farmerId}/plans/${g.cohort}`, {
      currentActivities: [
        { activity: 'ปลูกผักสวนครัว', kind: 'crops', areaSqm: 800 + k * 400, output: 300, unit: 'kg' },
        { activity: 'เลี้ยงไก่ไข่', kind: 'livestock', headcount: 20 + k * 10, output: 120, unit: 'tray' },
      ],
      plannedProducts: [
        { product: productName[p1[0]], unit: p1[1], quantity: 400 + k * 100, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], shareHousehold: 20, shareExchange: 10, shareSale: 70, expectedIncome: 9000 + k * 3000 },
      ],
      assessment: { scores: { production: 4, processing: 2, marketing: 3, bookkeeping: 2 + k, groupWork: 4 }, assessor: 'นายวิชัย เกษตรอำเภอ (ตัวอย่าง)', assessedOn: clampDay(`${year}-07-20`, foundedOn, cal.today) },
      developmentNeeds: 'ต้องการความรู้ด้านการแปรรูปผลผลิตและการทำบัญชีครัวเรือน',
    });
  }
  if (g.reach < 3) return groupId;

  await district('PUT', `/api/groups/${groupId}/learning-centre`, {
    name: `แหล่งเรียนรู้ตำบล${tambon.nameTh} ${DEMO_MARK}`, description: 'ผักปลอดภัย ปุ๋ยหมัก และการเลี้ยงไก่ไข่', mainLecturerId: farmerIds[0], assistantLecturerIds: [farmerIds[1]],
  });
  // A year of sessions: every other month of the last twelve since the group was founded.
  const months = cal.months(12).filter((m, i) => `${m}-28` >= foundedOn && i % 2 === (index % 2));
  for (const [i, m] of months.entries()) {
    await district('POST', '/api/learning-sessions', {
      id: demoId(`session:${tambon.code}:${m}`), groupId, date: clampDay(`${m}-${String(5 + ((index + i) % 20)).padStart(2, '0')}`, foundedOn, cal.today),
      topic: DEMO_TOPICS[(index + i) % DEMO_TOPICS.length], lecturerIds: [farmerIds[i % 2]!], attendeeIds: farmerIds.filter((_, k) => (k + i) % 5 !== 4),
      outsideParticipants: (index + i) % 6,
    });
  }
  if (g.reach < 4) return groupId;

  // Production and sales of the last four months.
  const recent = cal.months(4).filter((m) => `${m}-28` >= foundedOn);
  for (const [i, m] of recent.entries()) {
    const [code, unit, price] = i % 2 ? p2 : p1;
    const quantity = 40 + Math.round(chance(`q${tambon.code}${m}`) * 80);
    const sale = g.reach >= 6 ? Math.round(quantity * 0.6) : 0;
    const exchange = g.reach >= 6 ? Math.round(quantity * 0.1) : 0;
    const date = clampDay(`${m}-${String(8 + (index % 15)).padStart(2, '0')}`, foundedOn, cal.today);
    await district('POST', '/api/production', {
      id: demoId(`production:${tambon.code}:${m}`), groupId, date, period: 'month', farmerId: null, product: code, unit, quantity,
      uses: { household: quantity - sale - exchange, exchange, sale, processing: 0, loss: 0 }, value: quantity * price,
    });
    if (g.reach < 6) continue;
    const saleDate = clampDay(`${m}-${String(12 + (index % 15)).padStart(2, '0')}`, foundedOn, cal.today);
    await district('POST', '/api/transactions', {
      id: demoId(`sale:${tambon.code}:${m}`), groupId, date: saleDate, product: code, unit, quantity: sale, unitPrice: price, channel: DEMO_CHANNELS[(index + i) % DEMO_CHANNELS.length],
    });
    if (i % 2 === 0) {
      await district('POST', '/api/transactions', { id: demoId(`exchange:${tambon.code}:${m}`), groupId, date: saleDate, product: code, unit, quantity: exchange, channel: 'exchange_in_group' });
    }
  }
  if (g.reach < 5) return groupId;

  for (let k = 0; k < 2; k++) {
    await district('POST', '/api/outlets', {
      id: demoId(`outlet:${tambon.code}:${k}`), groupId, type: DEMO_OUTLET_TYPES[(index + k) % DEMO_OUTLET_TYPES.length],
      name: k ? `ตลาดนัดชุมชนตำบล${tambon.nameTh} ${DEMO_MARK}` : `ร้านค้าชุมชนตำบล${tambon.nameTh} ${DEMO_MARK}`,
      products: [productName[p1[0]]!, productName[p2[0]]!], date: clampDay(`${year}-09-${String(10 + k * 5)}`, foundedOn, cal.today),
    });
  }
  if (g.reach < 7) return groupId;

  await district('PUT', `/api/groups/${groupId}/enterprise`, {
    informedOn: `${year}-10-01`, appliedOn: `${year}-11-15`,
    ...(g.registered ? { registeredOn: `${year}-12-20`, registrationCode: `4-${tambon.code.slice(0, 2)}-${tambon.code.slice(2, 4)}-${tambon.code.slice(4)}/1-00${10 + index}` } : {}),
    marketsItself: Boolean(g.registered), ownChannels: g.registered ? ['facebook'] : [],
  });
  return groupId;
}
