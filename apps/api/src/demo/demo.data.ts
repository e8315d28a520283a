import { createHash } from 'node:crypto';

/**
 * What the living demo is made of (docs/adr/0023): fixed names, places and shapes, so that every
 * start builds the same program. People's surnames all begin with "ตัวอย่าง" and group names end
 * with "(ตัวอย่าง)": nobody mistakes them for real farmers.
 */

/** A stable UUID (v4 layout) from a name: the same record on every build. */
export function demoId(name: string): string {
  const h = createHash('sha256').update(`ntag-living-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A valid Thai national id from its first 12 digits (mod-11 check digit). */
export function demoNationalId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

/** A number in [0, 1) from a key: the same "random" choice on every build. */
export function chance(key: string): number {
  let h = 2166136261;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

export const DEMO_MARK = '(ตัวอย่าง)';

const WOMEN = ['สมใจ', 'มาลี', 'บุญเรือน', 'คำปุน', 'เพ็ญศรี', 'สายทอง', 'จันทร์เพ็ญ', 'ประภาพร', 'วันเพ็ญ', 'สุดา'];
const MEN = ['บุญมา', 'ทองใบ', 'มานพ', 'ประยูร', 'สมชาย', 'คำแสน', 'อำนวย', 'ประเสริฐ', 'ทองดี', 'สุริยา'];
const SURNAMES = ['ตัวอย่างดี', 'ตัวอย่างงาม', 'ตัวอย่างสุข', 'ตัวอย่างทอง', 'ตัวอย่างศรี', 'ตัวอย่างมั่น', 'ตัวอย่างเจริญ', 'ตัวอย่างยืนยง'];

export interface DemoPerson {
  title: string;
  firstName: string;
  lastName: string;
  sex: 'male' | 'female';
  birthDate: string;
}

/** The `n`th person of a tambon's demo list. */
export function demoPerson(tambonCode: string, n: number): DemoPerson {
  const woman = (n + Number(tambonCode.slice(-1))) % 2 === 0;
  const names = woman ? WOMEN : MEN;
  const k = Number(tambonCode.slice(-2)) + n;
  const year = 1960 + ((k * 7) % 30);
  return {
    title: woman ? (n % 3 === 2 ? 'นางสาว' : 'นาง') : 'นาย',
    firstName: names[k % names.length]!,
    lastName: SURNAMES[(k + n) % SURNAMES.length]!,
    sex: woman ? 'female' : 'male',
    birthDate: `${year}-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 27) + 1).padStart(2, '0')}`,
  };
}

/**
 * A demo group: which tambon (by its place in its district's list, codes ascending), cohort,
 * how far along the seven steps it has come (`reach`), and how many members.
 */
export interface DemoGroupPlan {
  district: string;
  tambonIndex: number;
  cohort: number;
  reach: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  members: number;
  /** Step 7: only applied (false) or registered (true). */
  registered?: boolean;
}

/** Khon Kaen (Mueang Khon Kaen 4001 and Ban Fang 4002) and Chiang Mai (Mae Rim 5007). */
export const DEMO_GROUPS: DemoGroupPlan[] = [
  { district: '4001', tambonIndex: 0, cohort: 2569, reach: 4, members: 5 },
  { district: '4001', tambonIndex: 1, cohort: 2569, reach: 2, members: 4 },
  { district: '4001', tambonIndex: 2, cohort: 2568, reach: 6, members: 5 },
  { district: '4001', tambonIndex: 3, cohort: 2568, reach: 5, members: 4 },
  { district: '4001', tambonIndex: 4, cohort: 2567, reach: 7, members: 6, registered: true },
  { district: '4001', tambonIndex: 5, cohort: 2567, reach: 7, members: 5, registered: false },
  { district: '4002', tambonIndex: 0, cohort: 2568, reach: 3, members: 4 },
  { district: '4002', tambonIndex: 1, cohort: 2569, reach: 1, members: 4 },
  { district: '5007', tambonIndex: 0, cohort: 2567, reach: 7, members: 5, registered: true },
  { district: '5007', tambonIndex: 1, cohort: 2568, reach: 6, members: 4 },
  { district: '5007', tambonIndex: 2, cohort: 2569, reach: 3, members: 4 },
  { district: '5007', tambonIndex: 3, cohort: 2569, reach: 2, members: 4 },
];

/** Tambons where the district has proposed farmers and the province has not decided yet. */
export const DEMO_WAITING: { district: string; tambonIndex: number; cohort: number; people: number }[] = [
  { district: '4001', tambonIndex: 6, cohort: 2569, people: 4 },
  { district: '5007', tambonIndex: 4, cohort: 2569, people: 3 },
];

/** Products by step: [product code, unit, price per unit]. */
export const DEMO_PRODUCTS: [string, string, number][] = [
  ['morning_glory', 'kg', 25], ['kale', 'kg', 30], ['egg_chicken', 'tray', 110], ['tilapia', 'kg', 85], ['chili', 'kg', 60], ['rice_milled', 'kg', 40],
];

export const DEMO_TOPICS = [
  'การผลิตผักปลอดภัยตามมาตรฐาน GAP', 'การทำปุ๋ยหมักและน้ำหมักชีวภาพ', 'การเลี้ยงไก่ไข่แบบอินทรีย์', 'การเลี้ยงปลานิลในสระ',
  'การทำบัญชีครัวเรือน', 'การแปรรูปผลผลิตและบรรจุภัณฑ์', 'การตลาดออนไลน์และเพจ Facebook', 'การจัดการน้ำในแปลงเกษตรทฤษฎีใหม่',
  'การเพาะเห็ดในโรงเรือน', 'การออมและกองทุนของกลุ่ม', 'การวางแผนการผลิตตามฤดูกาล', 'การรวมกลุ่มเป็นวิสาหกิจชุมชน',
];

export const DEMO_CHANNELS = ['local_market', 'farmers_market', 'community_buyer', 'green_market'] as const;
export const DEMO_OUTLET_TYPES = ['shop', 'community_market', 'restaurant', 'government_office'] as const;
