import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, farmer } from '../src/db/schema';
import { farmerBody, nationalId } from './support/builders';
import { anonymous, signIn, startTestApp, type Client, type TestContext } from './support/app';

let ctx: TestContext;
let district: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
});
afterAll(() => ctx.close());

const count = async () => (await ctx.database.db.select().from(farmer)).length;

describe('registering a farmer', () => {
  it('creates a farmer in scope with places named and the national id in full for the district', async () => {
    const body = farmerBody({ nationalId: '1-1017-00230-70-8', phone: '081-234-5678' });
    const res = await district.post('/api/farmers', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: body.id, nationalId: '1101700230708', nationalIdMasked: false, phone: '0812345678', pondYear: 2563,
      tambon: { code: '400101', nameTh: 'ในเมือง' }, district: { code: '4001', nameTh: 'เมืองขอนแก่น' }, province: { code: '40', nameTh: 'ขอนแก่น' },
      groupId: null, version: 1, possibleDuplicates: [], possibleDuplicateElsewhere: false,
    });
    const rows = await ctx.database.db.select().from(auditLog).where(and(eq(auditLog.verb, 'farmer.create'), eq(auditLog.targetId, body.id)));
    expect(rows).toHaveLength(1);
  });

  it('is idempotent on the client id: the same body twice gives one record; another body is a conflict', async () => {
    const body = farmerBody();
    expect((await district.post('/api/farmers', body)).status).toBe(201);
    const again = await district.post('/api/farmers', body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(body.id);
    expect((await ctx.database.db.select().from(farmer).where(eq(farmer.id, body.id)))).toHaveLength(1);
    const other = await district.post('/api/farmers', { ...body, firstName: 'สมศรี' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('farmer.id_conflict');
  });

  it('accepts Thai digits and a Gregorian pond year', async () => {
    const res = await district.post('/api/farmers', farmerBody({ nationalId: '๑๑๐๑๗๐๐๒๓๐๐๐๑'.replace(/.$/, String(nationalId('110170023000').slice(-1)).replace(/\d/, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!)), pondYear: 2021 }));
    expect(res.status).toBe(201);
    expect(res.body.nationalId).toBe(nationalId('110170023000'));
    expect(res.body.pondYear).toBe(2564);
  });

  it('refuses a wrong checksum, a negative area and an unknown tambon, naming each field, writing nothing', async () => {
    const before = await count();
    const bad = await district.post('/api/farmers', farmerBody({ nationalId: '1101700230705', plotAreaSqm: -5 }));
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['nationalId', 'plotAreaSqm']);
    const tambon = await district.post('/api/farmers', farmerBody({ tambonCode: '400199' }));
    expect(tambon.status).toBe(400);
    expect(tambon.body).toMatchObject({ code: 'farmer.unknown_tambon', details: { issues: [{ path: 'tambonCode' }] } });
    expect(await count()).toBe(before);
  });

  it('refuses a farmer in another district (404) and a tambon worker may register in their tambon only', async () => {
    expect((await district.post('/api/farmers', farmerBody({ tambonCode: '400201' }))).status).toBe(404);
    const tambon = await signIn(ctx, 'tambon');
    expect((await tambon.post('/api/farmers', farmerBody())).status).toBe(201);
    expect((await tambon.post('/api/farmers', farmerBody({ tambonCode: '400102' }))).status).toBe(404);
    expect((await (await signIn(ctx, 'ministry')).post('/api/farmers', farmerBody())).status).toBe(403);
  });

  it('a national id registered elsewhere answers 409 naming the tambon, not the person', async () => {
    const admin = await signIn(ctx, 'admin');
    const elsewhere = farmerBody({ tambonCode: '500701', firstName: 'บุญมี', lastName: 'มีสุข' });
    expect((await admin.post('/api/farmers', elsewhere)).status).toBe(201);
    const res = await district.post('/api/farmers', farmerBody({ nationalId: elsewhere.nationalId }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('farmer.duplicate_national_id');
    expect(res.body.details.registeredIn).toMatchObject({ tambon: { code: '500701' }, district: { nameTh: 'แม่ริม' }, province: { nameTh: 'เชียงใหม่' } });
    expect(res.body.details.farmerId).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain('บุญมี');
    const sameArea = await admin.post('/api/farmers', farmerBody({ nationalId: elsewhere.nationalId }));
    expect(sameArea.body.details.farmerId).toBe(elsewhere.id);
  });

  it('warns of a possible duplicate (similar name, same birth date, same district) without blocking', async () => {
    await district.post('/api/farmers', farmerBody({ firstName: 'ประยูร', lastName: 'ทองดี', birthDate: '1965-01-02', tambonCode: '400103' }));
    const res = await district.post('/api/farmers', farmerBody({ firstName: 'ประยูรย์', lastName: 'ทองดี', birthDate: '1965-01-02', tambonCode: '400104' }));
    expect(res.status).toBe(201);
    expect(res.body.possibleDuplicates).toEqual([expect.objectContaining({ fullName: 'นางประยูร ทองดี', tambon: expect.objectContaining({ code: '400103' }) })]);
    expect(res.body.possibleDuplicateElsewhere).toBe(false);
  });

  it('tells a tambon worker only that a possible duplicate exists in another area: no id, name, birth date or tambon', async () => {
    const other = await district.post('/api/farmers', farmerBody({ firstName: 'บุญเรือน', lastName: 'ศรีสุข', birthDate: '1958-03-04', tambonCode: '400102' }));
    expect(other.status).toBe(201);
    const tambon = await signIn(ctx, 'tambon');
    const res = await tambon.post('/api/farmers', farmerBody({ firstName: 'บุญเรือน', lastName: 'ศรีสุข', birthDate: '1958-03-04', tambonCode: '400101' }));
    expect(res.status).toBe(201);
    expect(res.body.possibleDuplicates).toEqual([]);
    expect(res.body.possibleDuplicateElsewhere).toBe(true);
    const text = JSON.stringify(res.body);
    for (const leak of [other.body.id, 'ศรีสุข', '400102', other.body.tambon.nameTh]) expect(text.split(leak).length - 1).toBe(leak === 'ศรีสุข' ? 1 : 0);
    // The district officer, who may read both tambons, sees who it is.
    const again = await district.post('/api/farmers', farmerBody({ firstName: 'บุญเรือน', lastName: 'ศรีสุข', birthDate: '1958-03-04', tambonCode: '400103' }));
    expect(again.body.possibleDuplicates.map((d: { id: string }) => d.id).sort()).toEqual([other.body.id, res.body.id].sort());
    expect(again.body.possibleDuplicateElsewhere).toBe(false);
  });
});

describe('reading farmers', () => {
  it('lists the caller’s scope only; another district is empty and asking for it is 404', async () => {
    const list = await district.get('/api/farmers?limit=200');
    expect(list.status).toBe(200);
    expect(list.body.items.every((f: { tambonCode: string }) => f.tambonCode.startsWith('4001'))).toBe(true);
    expect(list.body.total).toBe(list.body.items.length);
    expect((await district.get('/api/farmers?district=5007')).status).toBe(404);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/farmers')).body.items.map((f: { firstName: string }) => f.firstName)).toEqual(['บุญมี']);
  });

  it('searches by name prefix, by first and last name, and by national id', async () => {
    const byName = await district.get(`/api/farmers?q=${encodeURIComponent('ประยู')}`);
    expect(byName.body.items.map((f: { firstName: string }) => f.firstName).sort()).toEqual(['ประยูร', 'ประยูรย์']);
    const both = await district.get(`/api/farmers?q=${encodeURIComponent('นางประยูร ทอง')}`);
    expect(both.body.total).toBe(2);
    const byId = await district.get('/api/farmers?q=1-1017-00230-70-8');
    expect(byId.body.items.map((f: { nationalId: string }) => f.nationalId)).toEqual(['1101700230708']);
  });

  it('pages with a cursor in name order without repeats', async () => {
    const first = await district.get('/api/farmers?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await district.get(`/api/farmers?limit=2&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items].map((f: { id: string }) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await district.get('/api/farmers?cursor=garbage!')).body.details.issues[0].path).toBe('cursor');
  });

  it('masks national ids for the ministry and the host agency; a reveal is audited', async () => {
    const ministry = await signIn(ctx, 'ministry');
    const list = await ministry.get('/api/farmers?district=4001&limit=200');
    const f = list.body.items.find((x: { firstName: string; tambonCode: string }) => x.tambonCode === '400101');
    expect(f.nationalId).toMatch(/^\d-\d{4}-xxxxx-xx-\d$/);
    expect(f.nationalIdMasked).toBe(true);
    const agency = await signIn(ctx, 'agency');
    expect((await agency.get(`/api/farmers/${f.id}`)).body.nationalIdMasked).toBe(true);
    const revealed = await agency.post(`/api/farmers/${f.id}/reveal-id`);
    expect(revealed.status).toBe(200);
    expect(revealed.body.nationalId).toMatch(/^\d{13}$/);
    const audits = await ctx.database.db.select().from(auditLog).where(and(eq(auditLog.verb, 'farmer.reveal_id'), eq(auditLog.targetId, f.id)));
    expect(audits).toHaveLength(1);
    // Chiang Mai's farmer lies outside the northeast agency.
    const cm = (await (await signIn(ctx, 'admin')).get('/api/farmers?district=5007')).body.items[0];
    expect((await agency.post(`/api/farmers/${cm.id}/reveal-id`)).status).toBe(404);
    expect((await agency.get(`/api/farmers/${cm.id}`)).status).toBe(404);
  });

  it('needs a session', async () => {
    expect((await anonymous(ctx).get('/api/farmers')).status).toBe(401);
  });
});

describe('editing a farmer', () => {
  it('updates with the version read; a stale version answers 409 with the current record', async () => {
    const created = (await district.post('/api/farmers', farmerBody({ firstName: 'แก้ไข' }))).body;
    const res = await district.patch(`/api/farmers/${created.id}`, { householdSize: 6, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ householdSize: 6, version: 2 });
    const stale = await district.patch(`/api/farmers/${created.id}`, { householdSize: 7, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current).toMatchObject({ householdSize: 6, version: 2 });
  });

  it('cannot move a farmer out of the caller’s scope (404), nor edit one outside it (404)', async () => {
    const created = (await district.post('/api/farmers', farmerBody({ firstName: 'ย้าย' }))).body;
    expect((await district.patch(`/api/farmers/${created.id}`, { tambonCode: '500701', version: 1 })).status).toBe(404);
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.patch(`/api/farmers/${created.id}`, { householdSize: 2, version: 1 })).status).toBe(404);
    expect((await (await signIn(ctx, 'ministry')).patch(`/api/farmers/${created.id}`, { householdSize: 2, version: 1 })).status).toBe(403);
  });
});
