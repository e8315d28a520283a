// Demo data for the groups' market (issue #14): a formed group in tambon Sila (400106, used by no
// other journey) with a committee account, its public channels, and products on offer through
// the API as the committee would publish them — one with a photo when `photo` (PNG bytes) is
// given. Safe to run twice (fixed ids). Used by journeys/market.spec.ts and shots-market.mjs:
//   node e2e/scripts/seed-market.mjs [baseUrl]
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, signIn } from './lib/api.mjs';
import { formGroup } from './lib/groups.mjs';
import { idOf, nationalId } from './lib/ids.mjs';

export const MARKET_GROUP = 'กลุ่มเกษตรทฤษฎีใหม่ตำบลศิลา';
export const COMMITTEE = 'market-committee-400106';
export const PRODUCT = 'ผักบุ้ง';

const GROUP = {
  key: 'market-sila', tambon: '400106', cohort: 2569, name: MARKET_GROUP, foundedOn: '2026-07-01', pondYear: 2566,
  people: [['สมหมาย', 'ศิลาทอง'], ['บุญมี', 'ศิลาทอง'], ['ทองใบ', 'ศิลาทอง']].map(([first, last], i) => ({ first, last, nationalId: nationalId(`3400106${String(i + 1).padStart(5, '0')}`) })),
};

/**
 * @param {string} base
 * @param {{ photo?: Uint8Array }} [opts]
 * @returns {Promise<{ groupId: string, listingId: string, committee: string }>}
 */
export async function seedMarket(base = 'http://localhost:3000', opts = {}) {
  const district = await signIn(base, 'demo-district-4001');
  const province = await signIn(base, 'demo-province-40');
  const admin = await signIn(base, 'demo-admin');
  const group = await formGroup(district, province, GROUP);
  // กท.03: morning glory all year but the rainy months, eggs every month.
  const plan = await district('GET', `/api/groups/${group.id}/plans/2569`);
  if (!plan.exists) await district('PUT', `/api/groups/${group.id}/plans/2569`, {
    products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: [40, 40, 40, 40, 20, 0, 0, 0, 20, 40, 40, 40] }, { product: 'ไข่ไก่', unit: 'tray', monthly: Array(12).fill(30) }],
  });
  const g = await district('GET', `/api/groups/${group.id}`);
  if (!g.lineOaId) await district('PATCH', `/api/groups/${group.id}`, { lineOaId: '@silafarm', facebookPage: 'https://www.facebook.com/silafarm', phone: '043-250-106', latitude: 16.41, longitude: 102.86, version: g.version });

  // The committee's account: the demo has none (409: made by an earlier run).
  const user = await admin('POST', '/api/users', { username: COMMITTEE, password: DEMO_PASSWORD, displayName: 'ประธานกลุ่มตำบลศิลา', unitCode: group.id }, [201, 409]);
  if (user?.id) await admin('POST', `/api/users/${user.id}/roles`, { role: 'group', unitCode: group.id });
  const committee = await signIn(base, COMMITTEE);

  const offer = (key, body) => committee('POST', '/api/listings', { id: idOf(`listing:${key}`), groupId: group.id, published: true, ...body });
  const listing = await offer('morning-glory', {
    productCode: 'morning_glory', unit: 'kg', priceMin: 25, priceMax: 30, minOrder: 5, fulfilment: 'both', deliveryArea: 'อำเภอเมืองขอนแก่นและอำเภอใกล้เคียง',
    description: 'ผักบุ้งจีนปลอดสารพิษ ปลูกริมสระที่กรมพัฒนาที่ดินขุดให้ รดด้วยน้ำหมักชีวภาพของกลุ่ม ตัดสดทุกเช้า มัดละครึ่งกิโลกรัม',
    certifications: [{ kind: 'gap', number: 'กษ 03-9000-40-0106', expiresOn: '2028-03-31' }],
  });
  await offer('eggs', { productCode: 'egg_chicken', unit: 'tray', priceMin: 110, minOrder: 2, fulfilment: 'pickup', description: 'ไข่ไก่อารมณ์ดี เลี้ยงปล่อยในสวนกล้วย อาหารจากแปลงของกลุ่ม' });
  await offer('chili-paste', { productCode: 'chili_paste', unit: 'piece', priceMin: 45, priceMax: 60, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], fulfilment: 'delivery', description: 'น้ำพริกตาแดงและน้ำพริกปลาร้า ทำโดยแม่บ้านในกลุ่ม ขนาด 100 กรัม', certifications: [{ kind: 'otop_standard', number: 'มผช. 321/2565', expiresOn: '2027-09-30' }] });
  if (opts.photo && !listing.photos.length) {
    const form = new FormData();
    form.append('file', new Blob([opts.photo], { type: 'image/png' }), 'morning-glory.png');
    await committee('POST', `/api/listings/${listing.id}/photos`, form);
  }
  return { groupId: group.id, listingId: listing.id, committee: COMMITTEE };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await seedMarket(process.argv[2]);
  console.log(`market: group ${r.groupId}, listing ${r.listingId}, committee ${r.committee} (password ${DEMO_PASSWORD})`);
}
