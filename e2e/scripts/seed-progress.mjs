// A country's worth of model groups for the progress screens: up to 4,009 groups (one per
// tambon, spread over every province, cohorts 2565–2569) created through the API as the
// administrator, and for a share of them (more for older cohorts) what each step records: a
// selected farmer, a president and a plan, a learning centre and session, production, a market
// survey, a sale, the enterprise path. About 40,000 requests (10–15 minutes on PGlite); safe to
// run twice (fixed ids: a second run finds what the first one made).
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-shots PORT=3001 npx tsx src/main.ts
//   node e2e/scripts/seed-progress.mjs [baseUrl] [groups=4009]
import { fileURLToPath } from 'node:url';
import { signIn } from './lib/api.mjs';
import { idOf, nationalId } from './lib/ids.mjs';

/** A number in [0, 1) from a key: the same "random" choice on every run. */
function chance(key) {
  let h = 2166136261;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** Runs `fn` over `items` with `n` requests in flight. */
async function pool(items, n, fn) {
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
      if (++done % 250 === 0) process.stdout.write(`  ${done}/${items.length}\n`);
    }
  });
  await Promise.all(workers);
}

/** Every active tambon, provinces taken in turn so that the groups spread over the country. */
async function tambonsRoundRobin(admin) {
  const provinces = (await admin('GET', '/api/geo/provinces')).filter((p) => p.active).sort((a, b) => a.code.localeCompare(b.code));
  const perProvince = Array.from({ length: provinces.length }, () => []);
  await pool(provinces, 6, async (p, at) => {
    const list = [];
    for (const d of await admin('GET', `/api/geo/provinces/${p.code}/districts`)) {
      if (!d.active) continue;
      for (const t of await admin('GET', `/api/geo/districts/${d.code}/tambons`)) if (t.active) list.push(t);
    }
    perProvince[at] = list.sort((a, b) => a.code.localeCompare(b.code));
  });
  const out = [];
  for (let i = 0; out.length < 8000 && perProvince.some((l) => l.length > i); i++) for (const l of perProvince) if (l[i]) out.push(l[i]);
  return out;
}

const FIRST_NAMES = ['สมชาย', 'สมหญิง', 'บุญมี', 'คำแสน', 'ทองดี', 'มาลี', 'ประยูร', 'สุดา', 'วันเพ็ญ', 'อำนวย'];
const criteria = { pondDug: { met: true }, sameProducts: { met: true }, sharedIdeas: { met: true }, readyAndAble: { met: true } };

/**
 * Steps 1–3 of one group as the records show them: a farmer of its tambon proposed and selected
 * (1), made a member and president, with the group's plan (2), and the learning centre with its
 * main lecturer and a first session (3). Each further step only for a share of the groups.
 */
async function firstSteps(admin, t, i, groupId, cohort, maturity, day) {
  if (chance(`sel${t.code}`) >= maturity + 0.05) return;
  const farmerId = idOf(`country-farmer:${t.code}`);
  await admin('POST', '/api/farmers', {
    id: farmerId, nationalId: nationalId(`3${t.code}00001`), title: i % 2 ? 'นาย' : 'นาง', firstName: FIRST_NAMES[i % FIRST_NAMES.length],
    lastName: `ต้นแบบ${t.nameTh}`, tambonCode: t.code, pondDug: true, pondYear: 2564,
  });
  const candidate = await admin('POST', '/api/selection', { id: idOf(`country-candidate:${t.code}`), cohort, farmerId, proposal: 'proposed', criteria });
  if (!candidate.decision) await admin('POST', `/api/selection/${candidate.id}/decision`, { decision: 'selected', version: candidate.version });
  if (chance(`com${t.code}`) >= maturity) return;
  await admin('POST', `/api/groups/${groupId}/members`, { farmerId }, [200, 201, 400, 409]);
  await admin('PUT', `/api/groups/${groupId}/committee`, [{ farmerId, role: 'president' }]);
  if (chance(`plan${t.code}`) < maturity) {
    await admin('PUT', `/api/groups/${groupId}/plans/${cohort}`, { products: [{ product: 'ผักบุ้ง', unit: 'kg', monthly: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10] }], markets: [{ channel: 'local_market' }], topics: [{ topic: 'การผลิตผักปลอดภัย' }], resources: [] }, [200, 201, 400, 409]);
  }
  if (chance(`lc${t.code}`) >= maturity * 0.9) return;
  await admin('PUT', `/api/groups/${groupId}/learning-centre`, { name: `แปลงเรียนรู้ตำบล${t.nameTh}`, mainLecturerId: farmerId, assistantLecturerIds: [] }, [200, 400, 409]);
  await admin('POST', '/api/learning-sessions', { id: idOf(`country-session:${t.code}`), groupId, date: day(25 + (i % 20)), topic: 'การผลิตผักปลอดภัย', lecturerIds: [farmerId], attendeeIds: [farmerId], outsideParticipants: 5 });
}

export async function seedProgress(base = 'http://localhost:3000', count = 4009) {
  const admin = await signIn(base, 'demo-admin');
  const today = new Date().toISOString().slice(0, 10);
  // The demo group's tambons (seed-groups.mjs) stay free for its own cohort.
  const tambons = (await tambonsRoundRobin(admin)).filter((t) => t.code !== '400101' && t.code !== '400102').slice(0, count);
  console.log(`${tambons.length} tambons; creating groups and records…`);
  const products = [['morning_glory', 'kg', 25], ['kale', 'kg', 30], ['egg_chicken', 'tray', 110], ['tilapia', 'kg', 85], ['rice_milled', 'kg', 40], ['chili', 'kg', 60]];
  await pool(tambons, 6, async (t, i) => {
    const cohort = 2565 + (i % 5);
    const year = cohort - 543;
    const foundedOn = `${year}-07-01`;
    const groupId = idOf(`country-group:${t.code}`);
    await admin('POST', '/api/groups', { id: groupId, name: `กลุ่มเกษตรทฤษฎีใหม่ตำบล${t.nameTh}`, tambonCode: t.code, cohort, foundedOn }, [200, 201, 409]);
    // Older cohorts have done more: the share of groups at each step falls with the cohort.
    const maturity = [0.92, 0.85, 0.75, 0.6, 0.45][cohort - 2565];
    const day = (offset) => {
      const d = new Date(Date.UTC(year, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      return d > today ? today : d;
    };
    await firstSteps(admin, t, i, groupId, cohort, maturity, day);
    const [code, unit, price] = products[i % products.length];
    if (chance(`p${t.code}`) < maturity) {
      await admin('POST', '/api/production', { id: idOf(`country-prod:${t.code}`), groupId, date: day(40 + (i % 60)), product: code, unit, quantity: 20 + (i % 80), uses: { household: 5, exchange: 2, sale: 10, processing: 0, loss: 0 } });
      if (chance(`s${t.code}`) < maturity) {
        await admin('POST', '/api/transactions', { id: idOf(`country-tx:${t.code}`), groupId, date: day(50 + (i % 70)), product: code, unit, quantity: 10, unitPrice: price, channel: ['local_market', 'farmers_market', 'community_buyer', 'green_market'][i % 4] });
      }
    }
    if (chance(`o${t.code}`) < maturity * 0.8) {
      await admin('POST', '/api/outlets', { id: idOf(`country-outlet:${t.code}`), groupId, type: ['shop', 'community_market', 'restaurant', 'government_office'][i % 4], name: `ร้านค้าชุมชนตำบล${t.nameTh}`, products: ['ผักบุ้ง', 'ไข่ไก่'], date: day(60 + (i % 30)) });
    }
    const e = chance(`e${t.code}`);
    if (e < maturity * 0.55) {
      const registered = e < maturity * 0.25;
      await admin('PUT', `/api/groups/${groupId}/enterprise`, {
        informedOn: day(120), appliedOn: day(140), ...(registered ? { registeredOn: day(170), registrationCode: `9${t.code}${String(cohort).slice(2)}${String(i % 1000).padStart(3, '0')}`.slice(0, 12).padEnd(12, '0') } : {}),
        marketsItself: registered, ownChannels: registered ? ['facebook'] : [],
      }, [200, 201, 409]);
    }
  });
  return tambons.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = await seedProgress(process.argv[2] ?? 'http://localhost:3000', Number(process.argv[3] ?? 4009));
  console.log(`${n} groups seeded`);
}
