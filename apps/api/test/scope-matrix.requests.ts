import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { Client } from './support/app';
import { farmerBody } from './support/builders';
import { ALL_MET, propose, registerFarmer, select } from './support/flows';
import { newUser, PASSWORD, type Persona, type Side, type World } from './support/world';

/**
 * How the scope matrix asks each route, per side: A (Nai Mueang, Khon Kaen), B (Mae Rim,
 * Chiang Mai), H (a user at home in district 4001 who holds the ministry role) or "-" (the route
 * names no object). A request that changes or consumes its object gets a fresh one from `build`,
 * made by the side's own field workers, so every cell starts from the same state. The expected
 * answers are in scope-matrix.table.md.
 */

export type Scope = 'A' | 'B' | 'H' | '-';
export interface Req {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  upload?: { name: string; content: Buffer; type: string };
  /** Send with this client instead of the persona's own (a twin with the same roles; see twin()). */
  as?: Client;
}
export interface RouteSpec {
  scopes: Scope[];
  build(w: World, side: Side, scope: Scope, persona: Persona): Req | Promise<Req>;
  /** The request depends on the persona (its own account): built for each cell. */
  perPersona?: true;
  /** A batch route answers 200 with a result per item: the status its one item stands for (the sync push). */
  itemStatus?(res: { status: number; body: any }): number;
}

const get = (url: string): Req => ({ method: 'GET', url });
const send = (method: Req['method'], url: string, body?: unknown): Req => ({ method, url, body });
const AB: Scope[] = ['A', 'B'];
const NONE: Scope[] = ['-'];

/** The current version of a record, read by the administrator. */
async function v(w: World, url: string, pick: (b: any) => number = (b) => b.version): Promise<number> {
  const res = await w.admin.get(url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return pick(res.body);
}

function must<T = any>(res: { status: number; body: T }, ...ok: number[]): T {
  if (!ok.includes(res.status)) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A new user with the persona's roles, signed in: for the routes that act on the caller's own account. */
async function twin(w: World, p: Persona): Promise<Client> {
  if (p === 'anon') return new Client(w.ctx.app);
  const me = (await w.clients[p].get('/api/me')).body;
  const name = `twin-${p.toLowerCase()}-${randomUUID().slice(0, 6)}`;
  const user = await newUser(w.admin, name, me.user.homeUnit.code);
  for (const r of me.roles) must(await w.admin.post(`/api/users/${user.id}/roles`, { role: r.role, unitCode: r.unitCode }), 201);
  return new Client(w.ctx.app).login(name, PASSWORD);
}

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;
let cohortYear = 2600;

const record = (side: Side, extra: Record<string, unknown> = {}) => ({ id: randomUUID(), groupId: side.group, ...extra });
const production = (side: Side) => record(side, { farmerId: side.members[0], date: '2026-08-11', product: 'morning_glory', unit: 'kg', quantity: 5, uses: { sale: 5 } });
const outlet = (side: Side) => record(side, { type: 'community_market', name: 'ตลาดเช้า', products: ['ผักบุ้ง'], date: '2026-09-03' });
const sale = (side: Side) => record(side, { farmerId: side.members[1], date: '2026-09-11', product: 'morning_glory', unit: 'kg', quantity: 2, unitPrice: 20, channel: 'farmers_market' });
const session = (side: Side) => record(side, { date: '2026-08-06', planCohort: 2569, planTopicIndex: 0, lecturerIds: [side.members[0]], attendeeIds: side.members });
const channel = (side: Side) => ({ id: randomUUID(), provinceCode: side.province, kind: 'website', name: 'เว็บไซต์กลุ่ม', url: 'https://example.org' });
const event = (side: Side) => ({ id: randomUUID(), provinceCode: side.province, name: 'ตลาดนัด', startsOn: '2026-09-21', groupIds: [side.group] });
const visit = (side: Side) => record(side, { visitedOn: '2026-09-06', step: 6, visitors: 'เกษตรอำเภอ', advice: 'ให้จดบัญชีการขาย' });
const training = (side: Side) => record(side, { farmerId: side.members[0], date: '2026-09-09', course: 'การเป็นวิทยากร', organiser: 'ศูนย์ถ่ายทอดเทคโนโลยี', hours: 3 });
const partner = (side: Side) => ({ id: randomUUID(), provinceCode: side.province, name: 'สหกรณ์การเกษตร', sector: 'public', support: 'รับซื้อผลผลิต', groupIds: [side.group], from: '2026-09-01' });
const kt02 = { plannedProducts: [{ product: 'ผักบุ้ง', unit: 'kg', quantity: 10, months: [1], shareHousehold: 50, shareExchange: 0, shareSale: 50 }] };
const png = () => sharp({ create: { width: 20, height: 20, channels: 3, background: '#a73' } }).png().toBuffer();

/** A product a side's group offers (issue #14), published, made by the side's district. */
const listingOf = (side: Side) => ({ id: randomUUID(), groupId: side.group, productCode: 'morning_glory', unit: 'kg', priceMin: 25, months: [1, 2], published: true });
const freshListing = async (side: Side): Promise<{ id: string; version: number }> => must(await side.fieldDistrict.post('/api/listings', listingOf(side)), 201);
let address = 0;
/** An anonymous visitor from an address of its own: the public market counts anonymous writes per address. */
const visitor = (w: World) => new Client(w.ctx.app, `198.18.${(address >> 8) & 255}.${address++ & 255}`);
/** A buyer's enquiry about a fresh product of the side, new, accepted by the district, or held for review (a link in it). */
async function freshEnquiry(w: World, side: Side, state: 'new' | 'accepted' | 'held'): Promise<string> {
  const l = await freshListing(side);
  must(await visitor(w).post('/api/public/enquiries', { listingId: l.id, quantity: 3, buyerName: 'ร้านทดสอบ', buyerContact: '0800000000', message: state === 'held' ? 'ดูที่ https://x.example' : 'ขอซื้อ' }), 201);
  const id = must(await side.fieldDistrict.get(`/api/enquiries?group=${side.group}&pageSize=200`), 200).items.find((e: { listingId: string }) => e.listingId === l.id).id as string;
  if (state === 'accepted') must(await side.fieldDistrict.post(`/api/enquiries/${id}/answer`, { decision: 'accept' }), 200);
  return id;
}

/**
 * A province report in the given state for the routes that move a report along. A month's report
 * exists once, so a report is reused until some persona has moved it on; then the next month.
 */
const pendingReports = new Map<string, string>();
async function freshReport(w: World, side: Side, state: 'draft' | 'submitted'): Promise<{ id: string; version: number }> {
  const key = `${side.province} ${state}`;
  const pending = pendingReports.get(key);
  if (pending) {
    const cur = (await side.fieldProvince.get(`/api/reports/${pending}`)).body;
    if (cur.state === state) return cur;
  }
  const r = must(await side.fieldProvince.get(`/api/reports?unit=${side.province}&period=${w.nextPeriod(side)}`), 200).reports[0];
  const out = state === 'draft' ? r : must(await side.fieldProvince.post(`/api/reports/${r.id}/submit`, { version: r.version }), 200);
  pendingReports.set(key, out.id);
  return out;
}

/**
 * Cohorts of their own (2500 on, below the program's) for routes that consume one: a selection
 * result exists once per province and cohort, and a group moves once.
 */
let spareCohort = 2500;
/** A province's selection result in the given state, in a fresh cohort; reused until a persona moves it on. */
const pendingResults = new Map<string, string>();
async function freshResult(w: World, side: Side, state: 'draft' | 'submitted'): Promise<{ id: string; version: number }> {
  const key = `${side.province} ${state}`;
  const pending = pendingResults.get(key);
  if (pending) {
    const cur = must(await side.fieldProvince.get(`/api/selection/results/${pending}`), 200);
    if (cur.state === state) return cur;
  }
  const cohort = spareCohort++;
  must(await w.admin.post('/api/program/cohorts', { cohort, tambonTarget: 1 }), 201);
  const r = must(await side.fieldProvince.get(`/api/selection/results?province=${side.province}&cohort=${cohort}`), 200).results[0];
  const out = state === 'draft' ? r : must(await side.fieldProvince.post(`/api/selection/results/${r.id}/submit`, { version: r.version }), 200);
  pendingResults.set(key, out.id);
  return out;
}

/** Makes a version-carrying record exist (the centre, the enterprise, a step override) before a delete. */
async function ensure(c: Client, url: string, body: unknown) {
  const cur = (await c.get(url)).body;
  if (!cur.exists) must(await c.put(url, body), 200);
}

export const REQUESTS: Record<string, RouteSpec> = {
  'GET /api/health': { scopes: NONE, build: () => get('/api/health') },
  // Each persona signs in as itself on a new client (anonymous: an account that does not exist).
  'POST /api/auth/login': { scopes: NONE, perPersona: true, build: (w, _s, _x, p) => ({ ...send('POST', '/api/auth/login', w.credentials[p] ?? { username: 'nobody-here', password: PASSWORD }), as: new Client(w.ctx.app) }) },
  'POST /api/auth/logout': { scopes: NONE, perPersona: true, build: async (w, _s, _x, p) => ({ ...send('POST', '/api/auth/logout'), as: await twin(w, p) }) },
  'GET /api/auth/csrf': { scopes: NONE, build: () => get('/api/auth/csrf') },
  'POST /api/auth/password': { scopes: NONE, perPersona: true, build: async (w, _s, _x, p) => ({ ...send('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: `${PASSWORD}-new` }), as: await twin(w, p) }) },
  'GET /api/me': { scopes: NONE, build: () => get('/api/me') },

  'GET /api/users': { scopes: AB, build: (_w, s) => get(`/api/users?unit=${s.district}`) },
  'POST /api/users': { scopes: AB, build: (_w, s) => send('POST', '/api/users', { username: `m-${unique()}`, password: PASSWORD, displayName: 'ผู้ใช้ใหม่', unitCode: s.district }) },
  'GET /api/users/{id}': { scopes: ['A', 'B', 'H'], build: (w, s, x) => get(`/api/users/${x === 'H' ? w.high.user : s.user}`) },
  'PATCH /api/users/{id}': {
    scopes: ['A', 'B', 'H'],
    build: async (w, s, x) => {
      const id = x === 'H' ? w.high.user : s.user;
      return send('PATCH', `/api/users/${id}`, { active: true, version: await v(w, `/api/users/${id}`) });
    },
  },
  'POST /api/users/{id}/password': { scopes: ['A', 'B', 'H'], build: (w, s, x) => send('POST', `/api/users/${x === 'H' ? w.high.user : s.user}/password`, { newPassword: PASSWORD }) },
  'POST /api/users/{id}/roles': {
    scopes: ['A', 'B', 'H'],
    build: async (w, s, x) => {
      const id = x === 'H' ? w.high.user : (await newUser(w.admin, `m-${unique()}`, s.district)).id;
      if (x === 'H') {
        // Whoever granted it last time: H starts each cell with only its ministry role.
        const held = (await w.admin.get(`/api/users/${id}`)).body.roles.find((r: { role: string }) => r.role === 'tambon');
        if (held) must(await w.admin.delete(`/api/users/${id}/roles/${held.id}`), 200);
      }
      return send('POST', `/api/users/${id}/roles`, { role: 'tambon', unitCode: s.tambon });
    },
  },
  'DELETE /api/users/{id}/roles/{grantId}': {
    scopes: ['A', 'B', 'H'],
    build: async (w, s, x) => {
      const id = x === 'H' ? w.high.user : s.user;
      // The grant is made once and stays until a persona manages to revoke it.
      const held = (u: any) => u.roles.find((r: { role: string; unitCode: string }) => r.role === 'tambon' && r.unitCode === s.tambon);
      const grant = (held((await w.admin.get(`/api/users/${id}`)).body) ?? held(must(await w.admin.post(`/api/users/${id}/roles`, { role: 'tambon', unitCode: s.tambon }), 201))).id;
      return send('DELETE', `/api/users/${id}/roles/${grant}`);
    },
  },

  'GET /api/geo/provinces': { scopes: NONE, build: () => get('/api/geo/provinces') },
  'GET /api/geo/provinces/{code}/districts': { scopes: AB, build: (_w, s) => get(`/api/geo/provinces/${s.province}/districts`) },
  'GET /api/geo/districts/{code}/tambons': { scopes: AB, build: (_w, s) => get(`/api/geo/districts/${s.district}/tambons`) },
  'GET /api/geo/search': { scopes: NONE, build: () => get(`/api/geo/search?q=${encodeURIComponent('ในเมือง')}`) },
  'GET /api/geo/units/{code}': { scopes: AB, build: (_w, s) => get(`/api/geo/units/${s.tambon}`) },
  'PATCH /api/geo/units/{code}': { scopes: AB, build: async (w, s) => send('PATCH', `/api/geo/units/${s.tambon}`, { active: true, version: await v(w, `/api/geo/units/${s.tambon}`, (b) => b.unit?.version ?? b.version) }) },
  'POST /api/geo/units': { scopes: NONE, build: () => send('POST', '/api/geo/units', { code: `40${String(90 + (serial++ % 9)).padStart(2, '0')}`, nameTh: 'อำเภอทดสอบ' }) },

  'GET /api/program/regions': { scopes: NONE, build: () => get('/api/program/regions') },
  'GET /api/program/agencies': { scopes: NONE, build: () => get('/api/program/agencies') },
  'PATCH /api/program/agencies/{code}': {
    scopes: AB,
    build: async (w, s) => send('PATCH', `/api/program/agencies/${s.agency}`, { version: await v(w, '/api/program/agencies', (b) => b.find((a: { code: string }) => a.code === s.agency).version) }),
  },
  'PUT /api/program/provinces/{code}/agency': {
    scopes: AB,
    build: async (w, s) => {
      const version = await v(w, '/api/program/agencies', (b) => b.flatMap((a: any) => a.provinces).find((p: { code: string }) => p.code === s.province).assignmentVersion);
      return send('PUT', `/api/program/provinces/${s.province}/agency`, { agencyCode: s.agency, version });
    },
  },
  'GET /api/program/cohorts': { scopes: NONE, build: () => get('/api/program/cohorts') },
  'POST /api/program/cohorts': { scopes: NONE, build: () => send('POST', '/api/program/cohorts', { cohort: 2690 - (serial++ % 80), tambonTarget: 1 }) },
  'PATCH /api/program/cohorts/{cohort}': {
    scopes: NONE,
    build: async (w) => send('PATCH', '/api/program/cohorts/2569', { tambonTarget: 788, version: await v(w, '/api/program/cohorts', (b) => b.cohorts.find((c: { cohort: number }) => c.cohort === 2569).version) }),
  },
  'GET /api/program/targets': { scopes: NONE, build: () => get('/api/program/targets') },
  'PATCH /api/program/targets/{key}': {
    scopes: NONE,
    build: async (w) => send('PATCH', '/api/program/targets/program_tambons', { value: 4009, version: await v(w, '/api/program/targets', (b) => b.find((t: { key: string }) => t.key === 'program_tambons').version) }),
  },
  'GET /api/program/steps': { scopes: NONE, build: () => get('/api/program/steps') },
  'PUT /api/program/steps/{step}/schedule/{cohort}': {
    scopes: NONE,
    build: async (w) => {
      const s = (await w.admin.get('/api/program/steps')).body.find((x: { step: number }) => x.step === 1).schedule.find((x: { cohort: number }) => x.cohort === 2569);
      return send('PUT', '/api/program/steps/1/schedule/2569', { startsOn: s.startsOn, dueOn: s.dueOn, reason: 'ยืนยันวันเดิม', version: s.version });
    },
  },
  'GET /api/program/cohorts/{cohort}/target-tambons': { scopes: NONE, build: () => get('/api/program/cohorts/2569/target-tambons') },
  // The list as it is (the sides' tambons), put back: without a version, as the issue publishes it.
  'PUT /api/program/cohorts/{cohort}/target-tambons': { scopes: NONE, build: (w) => send('PUT', '/api/program/cohorts/2569/target-tambons', { tambonCodes: [w.A.tambon, w.B.tambon] }) },
  'POST /api/program/cohorts/{cohort}/target-tambons/resolve': { scopes: NONE, build: (w) => send('POST', '/api/program/cohorts/2569/target-tambons/resolve', { lines: [w.A.tambon, 'ในเมือง'] }) },
  'GET /api/program/report-deadlines': { scopes: NONE, build: () => get('/api/program/report-deadlines') },
  'PATCH /api/program/report-deadlines/{code}': {
    scopes: NONE,
    build: async (w) => send('PATCH', '/api/program/report-deadlines/province', { version: await v(w, '/api/program/report-deadlines', (b) => b.find((d: { code: string }) => d.code === 'province').version) }),
  },

  'GET /api/area': { scopes: AB, build: (_w, s) => get(`/api/area?unit=${s.district}`) },
  'GET /api/audit': { scopes: AB, build: (_w, s) => get(`/api/audit?targetId=${s.farmer}`) },

  'GET /api/farmers/import-template.xlsx': { scopes: NONE, build: () => get('/api/farmers/import-template.xlsx') },
  'POST /api/farmers/import': {
    scopes: AB,
    build: (_w, s) => {
      const f = farmerBody({ tambonCode: s.tambon });
      const csv = `เลขประจำตัวประชาชน,คำนำหน้า,ชื่อ,นามสกุล,รหัสตำบล\n${f.nationalId},นาย,นำเข้า,ทดสอบ,${s.tambon}\n`;
      return { method: 'POST', url: '/api/farmers/import?dryRun=true', upload: { name: 'farmers.csv', content: Buffer.from(csv), type: 'text/csv' } };
    },
  },
  'GET /api/farmers/export.xlsx': { scopes: AB, build: (_w, s) => get(`/api/farmers/export.xlsx?tambon=${s.tambon}`) },
  'GET /api/farmers': { scopes: AB, build: (_w, s) => get(`/api/farmers?tambon=${s.tambon}`) },
  // Named and born as the farmer of the next tambon: a possible duplicate that a tambon worker may not see.
  'POST /api/farmers': { scopes: AB, build: (w, s) => send('POST', '/api/farmers', farmerBody({ tambonCode: s.tambon, firstName: `เพื่อนบ้าน${s === w.A ? 'A' : 'B'}` })) },
  'GET /api/farmers/{id}': { scopes: AB, build: (_w, s) => get(`/api/farmers/${s.farmer}`) },
  'PATCH /api/farmers/{id}': { scopes: AB, build: async (w, s) => send('PATCH', `/api/farmers/${s.farmer}`, { pondDug: true, version: await v(w, `/api/farmers/${s.farmer}`) }) },
  'POST /api/farmers/{id}/reveal-id': { scopes: AB, build: (_w, s) => send('POST', `/api/farmers/${s.farmer}/reveal-id`) },

  'GET /api/selection': { scopes: AB, build: (_w, s) => get(`/api/selection?tambon=${s.tambon}&cohort=2569`) },
  'POST /api/selection': {
    scopes: AB,
    build: async (_w, s) => send('POST', '/api/selection', { id: randomUUID(), cohort: 2569, farmerId: await registerFarmer(s.fieldDistrict, { tambonCode: s.tambon }), criteria: ALL_MET, proposal: 'proposed' }),
  },
  'GET /api/selection/summary': { scopes: AB, build: (_w, s) => get(`/api/selection/summary?unit=${s.province}&cohort=2569`) },
  'GET /api/selection/results': { scopes: AB, build: (_w, s) => get(`/api/selection/results?province=${s.province}&cohort=2569`) },
  'GET /api/selection/results/{id}': { scopes: AB, build: (_w, s) => get(`/api/selection/results/${s.selectionResult}`) },
  'POST /api/selection/results/{id}/submit': { scopes: AB, build: async (w, s) => { const r = await freshResult(w, s, 'draft'); return send('POST', `/api/selection/results/${r.id}/submit`, { version: r.version }); } },
  'POST /api/selection/results/{id}/accept': { scopes: AB, build: async (w, s) => { const r = await freshResult(w, s, 'submitted'); return send('POST', `/api/selection/results/${r.id}/accept`, { version: r.version }); } },
  'POST /api/selection/results/{id}/return': { scopes: AB, build: async (w, s) => { const r = await freshResult(w, s, 'submitted'); return send('POST', `/api/selection/results/${r.id}/return`, { reason: 'ขอข้อมูลเพิ่ม', version: r.version }); } },
  'PATCH /api/selection/{id}': {
    scopes: AB,
    build: async (w, s) => send('PATCH', `/api/selection/${s.candidate}`, { proposal: 'proposed', version: await v(w, `/api/selection?tambon=${s.tambon}&cohort=2569`, (b) => b.candidates.find((c: { id: string }) => c.id === s.candidate).version) }),
  },
  'POST /api/selection/{id}/decision': {
    scopes: AB,
    build: async (_w, s) => {
      const c = await propose(s.fieldDistrict, await registerFarmer(s.fieldDistrict, { tambonCode: s.tambon }));
      return send('POST', `/api/selection/${c.id}/decision`, { decision: 'selected', version: c.version });
    },
  },

  'GET /api/groups': { scopes: AB, build: (_w, s) => get(`/api/groups?unit=${s.tambon}`) },
  'POST /api/groups': {
    scopes: AB,
    // One group per tambon and cohort: each cell gets a cohort of its own.
    build: async (w, s) => {
      const cohort = cohortYear++;
      must(await w.admin.post('/api/program/cohorts', { cohort: cohort, tambonTarget: 1 }), 201);
      return send('POST', '/api/groups', { id: randomUUID(), name: 'กลุ่มใหม่', tambonCode: s.tambon, cohort, foundedOn: '2026-07-01' });
    },
  },
  'GET /api/groups/{id}': { scopes: AB, build: (_w, s) => get(`/api/groups/${s.group}`) },
  'PATCH /api/groups/{id}': { scopes: AB, build: async (w, s) => send('PATCH', `/api/groups/${s.group}`, { version: await v(w, `/api/groups/${s.group}`) }) },
  'POST /api/groups/{id}/members': {
    scopes: AB,
    build: async (_w, s) => {
      const farmer = await registerFarmer(s.fieldDistrict, { tambonCode: s.tambon });
      await select(s.fieldProvince, await propose(s.fieldDistrict, farmer));
      return send('POST', `/api/groups/${s.group}/members`, { farmerId: farmer });
    },
  },
  'DELETE /api/groups/{id}/members/{farmerId}': {
    scopes: AB,
    build: async (_w, s) => {
      const farmer = await registerFarmer(s.fieldDistrict, { tambonCode: s.tambon });
      await select(s.fieldProvince, await propose(s.fieldDistrict, farmer));
      must(await s.fieldDistrict.post(`/api/groups/${s.group}/members`, { farmerId: farmer }), 201);
      return send('DELETE', `/api/groups/${s.group}/members/${farmer}`);
    },
  },
  // A group formed after its cohort's deadline, in a pair of fresh cohorts of its own, moved to the second.
  'POST /api/groups/{id}/cohort': {
    scopes: AB,
    build: async (w, s) => {
      const [from, to] = [spareCohort++, spareCohort++];
      for (const c of [from, to]) must(await w.admin.post('/api/program/cohorts', { cohort: c, tambonTarget: 1 }), 201);
      const g = must(await s.fieldDistrict.post('/api/groups', { id: randomUUID(), name: 'กลุ่มตั้งช้า', tambonCode: s.tambon, cohort: from, foundedOn: '2026-09-01' }), 201);
      return send('POST', `/api/groups/${g.id}/cohort`, { cohort: to, reason: 'จัดตั้งหลังวันครบกำหนด', version: g.version });
    },
  },
  'PUT /api/groups/{id}/committee': { scopes: AB, build: (_w, s) => send('PUT', `/api/groups/${s.group}/committee`, [{ farmerId: s.members[0], role: 'president' }]) },

  'GET /api/farmers/{id}/plans/{cohort}': { scopes: AB, build: (_w, s) => get(`/api/farmers/${s.members[0]}/plans/2569`) },
  'PUT /api/farmers/{id}/plans/{cohort}': {
    scopes: AB,
    build: async (w, s) => {
      const cur = (await w.admin.get(`/api/farmers/${s.members[0]}/plans/2569`)).body;
      return send('PUT', `/api/farmers/${s.members[0]}/plans/2569`, { ...kt02, ...(cur.exists ? { version: cur.version } : {}) });
    },
  },
  'GET /api/groups/{id}/plans/{cohort}': { scopes: AB, build: (_w, s) => get(`/api/groups/${s.group}/plans/2569`) },
  'PUT /api/groups/{id}/plans/{cohort}': {
    scopes: AB,
    build: async (w, s) => send('PUT', `/api/groups/${s.group}/plans/2569`, { topics: [{ topic: 'การทำปุ๋ยหมัก', plannedOn: '2026-08-01' }], version: await v(w, `/api/groups/${s.group}/plans/2569`) }),
  },

  'GET /api/forms/kt01.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/kt01.pdf?tambon=${s.tambon}&cohort=2569`) },
  'GET /api/forms/kt01.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/kt01.xlsx?tambon=${s.tambon}&cohort=2569`) },
  'GET /api/forms/kt02.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/kt02.pdf?farmer=${s.members[0]}&cohort=2569`) },
  'GET /api/forms/kt02.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/kt02.xlsx?farmer=${s.members[0]}&cohort=2569`) },
  'GET /api/forms/kt03.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/kt03.pdf?group=${s.group}&cohort=2569`) },
  'GET /api/forms/kt03.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/kt03.xlsx?group=${s.group}&cohort=2569`) },
  'GET /api/forms/group.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/group.pdf?group=${s.group}&cohort=2569`) },
  'GET /api/forms/kt05.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/kt05.pdf?agency=${s.agency}&period=2026-10`) },
  'GET /api/forms/kt05.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/kt05.xlsx?agency=${s.agency}&period=2026-10`) },
  'GET /api/forms/province-report.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/province-report.pdf?province=${s.province}&period=2026-10`) },
  'GET /api/forms/province-report.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/province-report.xlsx?province=${s.province}&period=2026-10`) },
  'GET /api/forms/selection-result.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/selection-result.pdf?province=${s.province}&cohort=2569`) },
  'GET /api/forms/selection-result.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/selection-result.xlsx?province=${s.province}&cohort=2569`) },
  'GET /api/forms/selection-summary.pdf': { scopes: AB, build: (_w, s) => get(`/api/forms/selection-summary.pdf?agency=${s.agency}&cohort=2569`) },
  'GET /api/forms/selection-summary.xlsx': { scopes: AB, build: (_w, s) => get(`/api/forms/selection-summary.xlsx?agency=${s.agency}&cohort=2569`) },
  'GET /api/forms/national-summary.xlsx': { scopes: NONE, build: () => get('/api/forms/national-summary.xlsx?period=2026-10') },

  'GET /api/products': { scopes: NONE, build: () => get('/api/products') },
  ...records('/api/production', { make: production, patch: { quantity: 5, uses: { sale: 5 } }, field: (s) => s.production, creator: (s) => s.fieldTambon }),
  'GET /api/groups/{id}/learning-centre': { scopes: AB, build: (_w, s) => get(`/api/groups/${s.group}/learning-centre`) },
  'PUT /api/groups/{id}/learning-centre': {
    scopes: AB,
    build: async (w, s) => {
      const cur = (await w.admin.get(`/api/groups/${s.group}/learning-centre`)).body;
      return send('PUT', `/api/groups/${s.group}/learning-centre`, { name: 'ศูนย์เรียนรู้', mainLecturerId: s.members[0], assistantLecturerIds: [], ...(cur.exists ? { version: cur.version } : {}) });
    },
  },
  'DELETE /api/groups/{id}/learning-centre': {
    scopes: AB,
    build: async (w, s) => {
      await ensure(s.fieldDistrict, `/api/groups/${s.group}/learning-centre`, { name: 'ศูนย์เรียนรู้', mainLecturerId: s.members[0], assistantLecturerIds: [] });
      return send('DELETE', `/api/groups/${s.group}/learning-centre?version=${await v(w, `/api/groups/${s.group}/learning-centre`)}`);
    },
  },
  ...records('/api/learning-sessions', { make: session, patch: { notes: 'บันทึก' }, field: (s) => s.session, creator: (s) => s.fieldDistrict }),
  'POST /api/learning-sessions/{id}/photos': {
    scopes: AB,
    build: async (_w, s) => {
      const fresh = must(await s.fieldDistrict.post('/api/learning-sessions', session(s)), 201);
      return { method: 'POST', url: `/api/learning-sessions/${fresh.id}/photos`, upload: { name: 'a.png', content: await png(), type: 'image/png' } };
    },
  },
  'GET /api/learning-sessions/{id}/photos/{photoId}': { scopes: AB, build: (_w, s) => get(`/api/learning-sessions/${s.session}/photos/${s.photo}`) },
  'DELETE /api/learning-sessions/{id}/photos/{photoId}': {
    scopes: AB,
    build: async (_w, s) => {
      const fresh = must(await s.fieldDistrict.post('/api/learning-sessions', session(s)), 201);
      const withPhoto = must(await s.fieldDistrict.upload(`/api/learning-sessions/${fresh.id}/photos`, 'a.png', await png(), 'image/png'), 201);
      return send('DELETE', `/api/learning-sessions/${fresh.id}/photos/${withPhoto.photos[0].id}`);
    },
  },

  'GET /api/provinces/{code}/survey-framework': { scopes: AB, build: (_w, s) => get(`/api/provinces/${s.province}/survey-framework`) },
  'PUT /api/provinces/{code}/survey-framework': {
    scopes: AB,
    build: async (w, s) => {
      const cur = (await w.admin.get(`/api/provinces/${s.province}/survey-framework`)).body;
      return send('PUT', `/api/provinces/${s.province}/survey-framework`, { outletTypes: cur.outletTypes, questions: cur.questions, ...(cur.custom ? { version: cur.version } : {}) });
    },
  },
  ...records('/api/outlets', { make: outlet, patch: { name: 'ตลาดเช้า' }, field: (s) => s.outlet, creator: (s) => s.fieldTambon }),
  ...records('/api/channels', { make: channel, patch: { name: 'เว็บไซต์กลุ่ม' }, field: (s) => s.channel, creator: (s) => s.fieldProvince, list: (s) => `/api/channels?group=${s.group}` }),
  'GET /api/markets/analysis': { scopes: AB, build: (_w, s) => get(`/api/markets/analysis?province=${s.province}`) },
  ...records('/api/transactions', { make: sale, patch: { quantity: 2 }, field: (s) => s.transaction, creator: (s) => s.fieldTambon }),
  ...records('/api/events', { make: event, patch: { name: 'ตลาดนัด' }, field: (s) => s.event, creator: (s) => s.fieldProvince, list: (s) => `/api/events?group=${s.group}` }),

  'GET /api/groups/{id}/enterprise': { scopes: AB, build: (_w, s) => get(`/api/groups/${s.group}/enterprise`) },
  'PUT /api/groups/{id}/enterprise': {
    scopes: AB,
    build: async (w, s) => {
      const cur = (await w.admin.get(`/api/groups/${s.group}/enterprise`)).body;
      return send('PUT', `/api/groups/${s.group}/enterprise`, { informedOn: '2026-09-01', ...(cur.exists ? { version: cur.version } : {}) });
    },
  },
  'DELETE /api/groups/{id}/enterprise': {
    scopes: AB,
    build: async (w, s) => {
      await ensure(s.fieldDistrict, `/api/groups/${s.group}/enterprise`, { informedOn: '2026-09-01' });
      return send('DELETE', `/api/groups/${s.group}/enterprise?version=${await v(w, `/api/groups/${s.group}/enterprise`)}`);
    },
  },

  'GET /api/visits/follow-ups': { scopes: AB, build: (_w, s) => get(`/api/visits/follow-ups?unit=${s.district}`) },
  ...records('/api/visits', { make: visit, patch: { advice: 'ให้ทำปุ๋ยหมัก' }, field: (s) => s.visit, creator: (s) => s.fieldDistrict }),
  'POST /api/visits/{id}/photos': {
    scopes: AB,
    build: async (_w, s) => {
      const fresh = must(await s.fieldDistrict.post('/api/visits', visit(s)), 201);
      return { method: 'POST', url: `/api/visits/${fresh.id}/photos`, upload: { name: 'a.png', content: await png(), type: 'image/png' } };
    },
  },
  'GET /api/visits/{id}/photos/{photoId}': { scopes: AB, build: (_w, s) => get(`/api/visits/${s.visit}/photos/${s.visitPhoto}`) },
  'DELETE /api/visits/{id}/photos/{photoId}': {
    scopes: AB,
    build: async (_w, s) => {
      const fresh = must(await s.fieldDistrict.post('/api/visits', visit(s)), 201);
      const withPhoto = must(await s.fieldDistrict.upload(`/api/visits/${fresh.id}/photos`, 'a.png', await png(), 'image/png'), 201);
      return send('DELETE', `/api/visits/${fresh.id}/photos/${withPhoto.photos[0].id}`);
    },
  },
  ...records('/api/lecturer-trainings', {
    make: training, patch: { hours: 6 }, field: (s) => s.training, creator: (s) => s.fieldDistrict,
    prepare: (s) => ensure(s.fieldDistrict, `/api/groups/${s.group}/learning-centre`, { name: 'ศูนย์เรียนรู้', mainLecturerId: s.members[0], assistantLecturerIds: [] }),
  }),
  ...records('/api/partners', { make: partner, patch: { support: 'อบรม' }, field: (s) => s.partner, creator: (s) => s.fieldProvince, list: (s) => `/api/partners?group=${s.group}` }),

  'GET /api/progress': { scopes: AB, build: (_w, s) => get(`/api/progress?unit=${s.district}&cohort=2569`) },
  'GET /api/groups/{id}/progress': { scopes: AB, build: (_w, s) => get(`/api/groups/${s.group}/progress`) },
  'PUT /api/groups/{id}/steps/{step}': { scopes: AB, build: (_w, s) => send('PUT', `/api/groups/${s.group}/steps/7`, { status: 'in_progress', reason: 'กำลังยื่นจดทะเบียน' }) },
  'DELETE /api/groups/{id}/steps/{step}': {
    scopes: AB,
    build: async (_w, s) => {
      must(await s.fieldDistrict.put(`/api/groups/${s.group}/steps/6`, { status: 'in_progress', reason: 'เริ่มจำหน่าย' }), 200);
      return send('DELETE', `/api/groups/${s.group}/steps/6`);
    },
  },
  'GET /api/groups/{id}/timeline': { scopes: AB, build: (_w, s) => get(`/api/groups/${s.group}/timeline`) },

  'GET /api/reports': { scopes: AB, build: (_w, s) => get(`/api/reports?unit=${s.province}&period=2026-10`) },
  'GET /api/reports/inbox': { scopes: NONE, build: () => get('/api/reports/inbox?period=2026-10') },
  'GET /api/reports/completeness': { scopes: NONE, build: () => get('/api/reports/completeness?level=province&from=2026-10&to=2026-10') },
  'GET /api/reports/{id}': { scopes: AB, build: (_w, s) => get(`/api/reports/${s.report}`) },
  'PATCH /api/reports/{id}': { scopes: AB, build: async (w, s) => send('PATCH', `/api/reports/${s.report}`, { narrative: { results: 'ผลการดำเนินงาน' }, version: await v(w, `/api/reports/${s.report}`) }) },
  'POST /api/reports/{id}/submit': { scopes: AB, build: async (w, s) => { const r = await freshReport(w, s, 'draft'); return send('POST', `/api/reports/${r.id}/submit`, { version: r.version }); } },
  'POST /api/reports/{id}/accept': { scopes: AB, build: async (w, s) => { const r = await freshReport(w, s, 'submitted'); return send('POST', `/api/reports/${r.id}/accept`, { version: r.version }); } },
  'POST /api/reports/{id}/return': { scopes: AB, build: async (w, s) => { const r = await freshReport(w, s, 'submitted'); return send('POST', `/api/reports/${r.id}/return`, { reason: 'ขอข้อมูลเพิ่ม', version: r.version }); } },

  // Issue 12: the offline app's push answers per item (what the record's own POST would have);
  // the pull is searched for out-of-scope ids like every other answer.
  'POST /api/sync/push': {
    scopes: AB,
    build: (_w, s) => {
      const { id, ...body } = production(s);
      return send('POST', '/api/sync/push', { items: [{ id, kind: 'production', body }] });
    },
    itemStatus: (res) => {
      const r = res.body.results[0];
      if (r.status === 'applied') return 201;
      if (r.status === 'duplicate') return 200;
      if (r.status === 'conflict') return 409;
      return r.error.code === 'authz.forbidden' ? 403 : r.error.code.endsWith('not_found') ? 404 : 400;
    },
  },
  'GET /api/sync/pull': { scopes: NONE, build: () => get('/api/sync/pull?limit=2000') },
  'GET /api/notifications': { scopes: NONE, build: () => get('/api/notifications') },
  'GET /api/reminders': { scopes: NONE, build: () => get('/api/reminders') },
  'POST /api/notifications/{id}/read': { scopes: AB, build: (_w, s) => send('POST', `/api/notifications/${s.notification}/read`) },
  'GET /api/dashboard': { scopes: AB, build: (_w, s) => get(`/api/dashboard?unit=${s.province}&cohort=2569`) },
  'GET /api/dashboard.xlsx': { scopes: AB, build: (_w, s) => get(`/api/dashboard.xlsx?unit=${s.province}&cohort=2569`) },
  'GET /api/open/summary.json': { scopes: NONE, build: () => get('/api/open/summary.json') },
  'GET /api/open/summary.csv': { scopes: NONE, build: () => get('/api/open/summary.csv') },

  // The groups' market (issue #14): what a group offers, signed in; enquiries; the public directory.
  'GET /api/listings': { scopes: NONE, build: () => get('/api/listings') },
  'POST /api/listings': { scopes: AB, build: (_w, s) => send('POST', '/api/listings', listingOf(s)) },
  'GET /api/listings/proposed-months': { scopes: AB, build: (_w, s) => get(`/api/listings/proposed-months?group=${s.group}&productCode=morning_glory`) },
  'GET /api/listings/{id}': { scopes: AB, build: (_w, s) => get(`/api/listings/${s.listing}`) },
  'PATCH /api/listings/{id}': { scopes: AB, build: async (_w, s) => { const l = await freshListing(s); return send('PATCH', `/api/listings/${l.id}`, { description: 'แก้ไขแล้ว', version: l.version }); } },
  'DELETE /api/listings/{id}': { scopes: AB, build: async (_w, s) => { const l = await freshListing(s); return send('DELETE', `/api/listings/${l.id}?version=${l.version}`); } },
  'POST /api/listings/{id}/photos': {
    scopes: AB,
    build: async (_w, s) => ({ method: 'POST', url: `/api/listings/${(await freshListing(s)).id}/photos`, upload: { name: 'a.png', content: await png(), type: 'image/png' } }),
  },
  'GET /api/listings/{id}/photos/{photoId}': { scopes: AB, build: (_w, s) => get(`/api/listings/${s.listing}/photos/${s.listingPhoto}?size=thumb`) },
  'DELETE /api/listings/{id}/photos/{photoId}': {
    scopes: AB,
    build: async (_w, s) => {
      const l = await freshListing(s);
      const withPhoto = must(await s.fieldDistrict.upload(`/api/listings/${l.id}/photos`, 'a.png', await png(), 'image/png'), 201);
      return send('DELETE', `/api/listings/${l.id}/photos/${withPhoto.photos[0].id}`);
    },
  },
  'POST /api/listings/{id}/reports/{reportId}/resolve': {
    scopes: AB,
    build: async (w, s) => {
      const l = await freshListing(s);
      must(await visitor(w).post('/api/public/abuse-reports', { listingId: l.id, reason: 'wrong_info' }), 201);
      const report = must(await s.fieldDistrict.get(`/api/listings/${l.id}`), 200).openReports[0].id;
      return send('POST', `/api/listings/${l.id}/reports/${report}/resolve`);
    },
  },
  // The buyer's routes take no session: each cell is a visitor from an address of its own (the limits count per address).
  'POST /api/public/enquiries': { scopes: AB, build: async (w, s) => ({ ...send('POST', '/api/public/enquiries', { listingId: (await freshListing(s)).id, quantity: 3, buyerName: 'ร้านทดสอบ', buyerContact: '0800000000' }), as: visitor(w) }) },
  'GET /api/public/enquiries/{token}': { scopes: AB, build: (_w, s) => get(`/api/public/enquiries/${s.enquiryToken}`) },
  'POST /api/public/enquiries/{token}/reply': { scopes: AB, build: (w, s) => ({ ...send('POST', `/api/public/enquiries/${s.enquiryToken}/reply`, { message: 'ขอบคุณครับ' }), as: visitor(w) }) },
  'POST /api/public/abuse-reports': { scopes: AB, build: (w, s) => ({ ...send('POST', '/api/public/abuse-reports', { listingId: s.listing, reason: 'other' }), as: visitor(w) }) },
  'GET /api/enquiries': { scopes: NONE, build: () => get('/api/enquiries') },
  'GET /api/enquiries/{id}': { scopes: AB, build: (_w, s) => get(`/api/enquiries/${s.enquiry}`) },
  'POST /api/enquiries/{id}/answer': { scopes: AB, build: async (w, s) => send('POST', `/api/enquiries/${await freshEnquiry(w, s, 'new')}/answer`, { decision: 'accept' }) },
  'POST /api/enquiries/{id}/delivered': { scopes: AB, build: async (w, s) => send('POST', `/api/enquiries/${await freshEnquiry(w, s, 'accepted')}/delivered`, { date: '2026-09-15', quantity: 3, value: 75 }) },
  'POST /api/enquiries/{id}/review': { scopes: AB, build: async (w, s) => send('POST', `/api/enquiries/${await freshEnquiry(w, s, 'held')}/review`, { decision: 'release' }) },
  'GET /api/dashboard/enquiries': { scopes: AB, build: (_w, s) => get(`/api/dashboard/enquiries?unit=${s.district}`) },
  'GET /api/public/listings': { scopes: NONE, build: () => get('/api/public/listings') },
  'GET /api/public/listings/{id}': { scopes: AB, build: (_w, s) => get(`/api/public/listings/${s.listing}`) },
  'GET /api/public/groups/{id}': { scopes: AB, build: (_w, s) => get(`/api/public/groups/${s.group}`) },
  'GET /api/open/listings.json': { scopes: NONE, build: () => get('/api/open/listings.json') },
  'GET /api/open/listings.csv': { scopes: NONE, build: () => get('/api/open/listings.csv') },
};

/** The five routes of a record type (records.routes.ts): list, create, read, change, delete. */
function records(path: string, o: { make: (s: Side) => Record<string, unknown>; patch: Record<string, unknown>; field: (s: Side) => string; creator: (s: Side) => Client; list?: (s: Side) => string; prepare?: (s: Side) => Promise<void> }): Record<string, RouteSpec> {
  // What the records rely on that another route may have taken away (a lecturer's learning centre).
  const prepare = o.prepare ?? (async () => {});
  return {
    [`GET ${path}`]: { scopes: AB, build: (_w, s) => get(o.list ? o.list(s) : `${path}?group=${s.group}`) },
    [`POST ${path}`]: { scopes: AB, build: async (_w, s) => { await prepare(s); return send('POST', path, o.make(s)); } },
    [`GET ${path}/{id}`]: { scopes: AB, build: (_w, s) => get(`${path}/${o.field(s)}`) },
    [`PATCH ${path}/{id}`]: { scopes: AB, build: async (w, s) => { await prepare(s); return send('PATCH', `${path}/${o.field(s)}`, { ...o.patch, version: await v(w, `${path}/${o.field(s)}`) }); } },
    [`DELETE ${path}/{id}`]: {
      scopes: AB,
      build: async (_w, s) => {
        await prepare(s);
        const fresh = must(await o.creator(s).post(path, o.make(s)), 201);
        return send('DELETE', `${path}/${fresh.id}?version=${fresh.version}`);
      },
    },
  };
}
