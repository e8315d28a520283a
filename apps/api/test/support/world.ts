import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo';
import { Client, signIn, type TestContext } from './app';
import { farmerBody } from './builders';
import { formedGroup, propose, registerFarmer } from './flows';

/**
 * A small country for the suites that sweep every route (scope matrix, fuzz): the same objects
 * on two sides — A in Nai Mueang (Mueang Khon Kaen, province 40, host agency DLD) and B in Mae
 * Rim (Chiang Mai, province 50, another host agency) — and the personas who look at them.
 */

/** The personas, in the order of the matrix's columns. */
export const PERSONAS = [
  'anon', 'admin', 'ministry', 'agency', 'province', 'district', 'tambon', 'committee', 'district4002', 'tambon400102', 'district5007',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PERSONA_NOTES: Record<Persona, string> = {
  anon: 'not signed in',
  admin: 'system administrator (the country)',
  ministry: 'ministry (the country, read and targets)',
  agency: 'host agency DLD: the northeast, province 40 in, 50 out',
  province: 'province 40 (Khon Kaen)',
  district: 'district 4001 (Mueang Khon Kaen)',
  tambon: 'tambon worker 400101 (Nai Mueang)',
  committee: "committee of side A's group",
  district4002: 'district 4002 (Ban Fang): same province, another district',
  tambon400102: 'tambon worker 400102: same district, another tambon',
  district5007: 'district 5007 (Mae Rim, Chiang Mai): side B',
};

export interface Side {
  province: string;
  /** The host agency of the side's province. */
  agency: string;
  district: string;
  tambon: string;
  /** A registered farmer who is not a member of anything. */
  farmer: string;
  /** A farmer of another tambon of the same district (side A: 400102), named `เพื่อนบ้าน<side>`. */
  neighbour: string;
  /** A proposed candidate, not decided. */
  candidate: string;
  group: string;
  members: string[];
  session: string;
  photo: string;
  production: string;
  outlet: string;
  transaction: string;
  channel: string;
  event: string;
  /** The province's report for 2026-10 (a draft). */
  report: string;
  /** Issue 13: an advisory visit to the group (with a photo), a course of its lecturer, a partner of the province, the province's selection result for 2569 (a draft). */
  visit: string;
  visitPhoto: string;
  training: string;
  partner: string;
  selectionResult: string;
  /** An officer of the side's district (home unit and role there). */
  user: string;
  grant: string;
  /** A notification of one user of the side (A: the province 40 persona, B: the district 5007 persona). */
  notification: string;
  /** The group's published product (issue #14), with a photo, and a buyer's enquiry about it (new). */
  listing: string;
  listingPhoto: string;
  enquiry: string;
  /** The enquiry's follow-link token (the buyer's). */
  enquiryToken: string;
  /** The side's field workers: who creates its objects. */
  fieldDistrict: Client;
  fieldProvince: Client;
  fieldTambon: Client;
}

export interface World {
  ctx: TestContext;
  clients: Record<Persona, Client>;
  /** How each persona signs in (null: anonymous). */
  credentials: Record<Persona, { username: string; password: string } | null>;
  userIds: Record<Persona, string | null>;
  admin: Client;
  A: Side;
  B: Side;
  /** A user whose home is district 4001 but who holds the ministry role: only an administrator may manage it. */
  high: { user: string; grant: string };
  /** A unit an administrator may rename in the sweeps (not one the sides live in). */
  spareTambon: string;
  /** A fresh report period (YYYY-MM) of a side on each call, for routes that move a report along. */
  nextPeriod(side: Side): string;
}

export const PASSWORD = 'matrix-password-1';

export async function newUser(admin: Client, username: string, unitCode: string, role?: string, roleUnit = unitCode): Promise<{ id: string; grant: string | null }> {
  const res = await admin.post('/api/users', { username, password: PASSWORD, displayName: `ทดสอบ ${username}`, unitCode });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  if (!role) return { id: res.body.id, grant: null };
  const granted = await admin.post(`/api/users/${res.body.id}/roles`, { role, unitCode: roleUnit });
  expect(granted.status, JSON.stringify(granted.body)).toBe(201);
  return { id: res.body.id, grant: granted.body.roles.find((r: { role: string }) => r.role === role).id };
}

const ok = (res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as any;
};

async function buildSide(world: { admin: Client; ctx: TestContext }, c: { district: Client; province: Client; tambon: Client }, where: { province: string; agency: string; district: string; tambon: string; neighbourTambon: string }, notifyUser: string, tag: string): Promise<Side> {
  const { district, province, tambon } = c;
  const farmer = await registerFarmer(district, { tambonCode: where.tambon, firstName: `เดี่ยว${tag}` });
  const neighbour = await registerFarmer(district, { tambonCode: where.neighbourTambon, firstName: `เพื่อนบ้าน${tag}` });
  const candidate = (await propose(district, await registerFarmer(district, { tambonCode: where.tambon, firstName: `เสนอ${tag}` }))).id;
  const { group, members } = await formedGroup(district, province, { tambonCode: where.tambon, name: `กลุ่มทดสอบขอบเขต${tag}` });
  ok(await district.put(`/api/groups/${group.id}/plans/2569`, { topics: [{ topic: 'การทำปุ๋ยหมัก', plannedOn: '2026-08-01' }] }));
  ok(await district.put(`/api/groups/${group.id}/learning-centre`, { name: `ศูนย์เรียนรู้${tag}`, mainLecturerId: members[0], assistantLecturerIds: [] }));
  const session = ok(await district.post('/api/learning-sessions', {
    id: randomUUID(), groupId: group.id, date: '2026-08-05', planCohort: 2569, planTopicIndex: 0, lecturerIds: [members[0]], attendeeIds: members,
  }), 201).id;
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } }).png().toBuffer();
  const photo = ok(await district.upload(`/api/learning-sessions/${session}/photos`, 'a.png', png, 'image/png'), 201).photos[0].id;
  const production = ok(await tambon.post('/api/production', {
    id: randomUUID(), groupId: group.id, farmerId: members[0], date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 25, uses: { sale: 25 },
  }), 201).id;
  const outlet = ok(await tambon.post('/api/outlets', {
    id: randomUUID(), groupId: group.id, type: 'community_market', name: `ตลาด${tag}`, products: ['ผักบุ้ง'], date: '2026-09-02',
  }), 201).id;
  const transaction = ok(await tambon.post('/api/transactions', {
    id: randomUUID(), groupId: group.id, farmerId: members[1], date: '2026-09-10', product: 'morning_glory', unit: 'kg', quantity: 12, unitPrice: 25, channel: 'farmers_market',
  }), 201).id;
  ok(await district.put(`/api/groups/${group.id}/enterprise`, { informedOn: '2026-09-01', marketsItself: false, ownChannels: [] }));
  ok(await district.put(`/api/groups/${group.id}/steps/7`, { status: 'in_progress', reason: 'กำลังยื่นจดทะเบียน' }));
  const channel = ok(await province.post('/api/channels', { id: randomUUID(), provinceCode: where.province, kind: 'facebook', name: `ช่องทาง${tag}`, url: 'https://facebook.com/x' }), 201).id;
  const event = ok(await province.post('/api/events', { id: randomUUID(), provinceCode: where.province, name: `งาน${tag}`, startsOn: '2026-09-20', groupIds: [group.id] }), 201).id;
  const report = ok(await province.get(`/api/reports?unit=${where.province}&period=2026-10`)).reports[0].id;
  const visit = ok(await district.post('/api/visits', {
    id: randomUUID(), groupId: group.id, visitedOn: '2026-09-05', step: 4, visitors: `เกษตรอำเภอ${tag}`, advice: 'ให้ทำปุ๋ยหมัก', followUpOn: '2026-09-20',
  }), 201).id;
  const visitPhoto = ok(await district.upload(`/api/visits/${visit}/photos`, 'v.png', png, 'image/png'), 201).photos[0].id;
  const training = ok(await district.post('/api/lecturer-trainings', {
    id: randomUUID(), groupId: group.id, farmerId: members[0], date: '2026-09-08', course: 'หลักสูตรวิทยากร', organiser: 'สำนักงานเกษตรจังหวัด', hours: 6,
  }), 201).id;
  const partner = ok(await province.post('/api/partners', { id: randomUUID(), provinceCode: where.province, name: `ภาคี${tag}`, sector: 'academic', support: 'อบรม', groupIds: [group.id], from: '2026-09-01' }), 201).id;
  const selectionResult = ok(await province.get(`/api/selection/results?province=${where.province}&cohort=2569`)).results[0].id;
  const officer = await newUser(world.admin, `matrix-officer-${tag.toLowerCase()}`, where.district, 'district');
  const [notification] = await world.ctx.app.notifier.notify(world.ctx.database.db, [notifyUser], { kind: 'test', title: `แจ้งเตือน${tag}`, body: 'ทดสอบ', dedupeKey: `matrix-${tag}` });
  const listing = ok(await district.post('/api/listings', { groupId: group.id, productCode: 'morning_glory', unit: 'kg', priceMin: 25, months: [1, 2], published: true }), 201).id;
  const listingPhoto = ok(await district.upload(`/api/listings/${listing}/photos`, 'a.png', png, 'image/png'), 201).photos[0].id;
  const asked = ok(await new Client(world.ctx.app, `198.18.255.${tag === 'A' ? 1 : 2}`).post('/api/public/enquiries', { listingId: listing, quantity: 3, buyerName: `ร้าน${tag}`, buyerContact: '0800000000' }), 201);
  const enquiry = ok(await district.get(`/api/enquiries?group=${group.id}`)).items[0].id;
  return {
    province: where.province, agency: where.agency, district: where.district, tambon: where.tambon, farmer, neighbour, candidate, group: group.id, members, session, photo, production, outlet, transaction, channel, event, report, visit, visitPhoto, training, partner, selectionResult,
    user: officer.id, grant: officer.grant!, notification: notification!.id, listing, listingPhoto, enquiry, enquiryToken: asked.followUrl.split('/market/follow/')[1],
    fieldDistrict: district, fieldProvince: province, fieldTambon: tambon,
  };
}

export async function buildWorld(ctx: TestContext): Promise<World> {
  const admin = await signIn(ctx, 'admin');
  const login = (username: string, password?: string) => new Client(ctx.app).login(username, password);
  const tambonsB = (await admin.get('/api/geo/districts/5007/tambons')).body as { code: string }[];
  const groupTambonB = tambonsB[0]!.code;
  const spareTambon = (await admin.get('/api/geo/districts/4003/tambons')).body[0].code as string;
  const agencyOf = new Map<string, string>((await admin.get('/api/geo/provinces')).body.map((p: { code: string; agencyCode: string }) => [p.code, p.agencyCode]));

  // Helpers that are not columns: side B's province and tambon workers.
  await newUser(admin, 'matrix-province-50', '50', 'province');
  await newUser(admin, 'matrix-tambon-b', groupTambonB, 'tambon');
  await newUser(admin, 'matrix-district-4002', '4002', 'district');
  await newUser(admin, 'matrix-tambon-400102', '400102', 'tambon');

  const clients = {
    anon: new Client(ctx.app),
    admin,
    ministry: await signIn(ctx, 'ministry'),
    agency: await signIn(ctx, 'agency'),
    province: await signIn(ctx, 'province'),
    district: await signIn(ctx, 'district'),
    tambon: await signIn(ctx, 'tambon'),
    district4002: await login('matrix-district-4002', PASSWORD),
    tambon400102: await login('matrix-tambon-400102', PASSWORD),
    district5007: await signIn(ctx, 'otherDistrict'),
  } as Record<Persona, Client>;
  const me = async (c: Client) => (await c.get('/api/me')).body.user.id as string;

  const world = { ctx, admin };
  const A = await buildSide(world, { district: clients.district, province: clients.province, tambon: clients.tambon }, { province: '40', agency: agencyOf.get('40')!, district: '4001', tambon: '400101', neighbourTambon: '400102' }, await me(clients.province), 'A');
  const B = await buildSide(
    world,
    { district: clients.district5007, province: await login('matrix-province-50', PASSWORD), tambon: await login('matrix-tambon-b', PASSWORD) },
    { province: '50', agency: agencyOf.get('50')!, district: '5007', tambon: groupTambonB, neighbourTambon: tambonsB[1]!.code },
    await me(clients.district5007),
    'B',
  );
  await newUser(admin, 'matrix-committee', A.tambon, 'group', A.group);
  clients.committee = await login('matrix-committee', PASSWORD);
  const high = await newUser(admin, 'matrix-high', '4001', 'ministry', 'TH');

  const userIds = {} as Record<Persona, string | null>;
  for (const p of PERSONAS) userIds[p] = p === 'anon' ? null : await me(clients[p]);

  // From the program's first month (2022-01) on; 2026-10 is the sides' own report.
  const months = new Map<string, number>();
  const nextPeriod = (side: Side) => {
    const n = months.get(side.province) ?? 0;
    months.set(side.province, n + 1);
    return new Date(Date.UTC(2022, n, 1)).toISOString().slice(0, 7);
  };
  const demo = (username: string) => ({ username, password: DEMO_PASSWORD });
  const own = (username: string) => ({ username, password: PASSWORD });
  const credentials: World['credentials'] = {
    anon: null, admin: demo('demo-admin'), ministry: demo('demo-ministry'), agency: demo('demo-agency-ne'), province: demo('demo-province-40'),
    district: demo('demo-district-4001'), tambon: demo('demo-tambon-400101'), committee: own('matrix-committee'), district4002: own('matrix-district-4002'),
    tambon400102: own('matrix-tambon-400102'), district5007: demo('demo-district-5007'),
  };
  return { ctx, clients, credentials, userIds, admin, A, B, high: { user: high.id, grant: high.grant! }, spareTambon, nextPeriod };
}

/** A fresh farmer of a side (registered by its district), for routes that consume one. */
export async function freshFarmer(side: Side, overrides: Record<string, unknown> = {}): Promise<string> {
  return registerFarmer(side.fieldDistrict, { tambonCode: side.tambon, ...overrides });
}

export { farmerBody };
