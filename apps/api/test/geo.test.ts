import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signIn, startTestApp, type Client, type TestContext } from './support/app';

let ctx: TestContext;
let district: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
});
afterAll(() => ctx.close());

describe('geography as seeded', () => {
  it('has 77 provinces with their host agency and region', async () => {
    const res = await district.get('/api/geo/provinces');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(77);
    const kk = res.body.find((p: { code: string }) => p.code === '40');
    expect(kk).toMatchObject({ code: '40', nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', agencyCode: 'DLD', regionCode: 'northeast', childCount: 26 });
    const bkk = res.body.find((p: { code: string }) => p.code === '10');
    expect(bkk).toMatchObject({ nameTh: 'กรุงเทพมหานคร', agencyCode: 'DOAE', childCount: 50 });
  });

  it('lists districts of a province, Bangkok khet included, and tambons of a district', async () => {
    const khet = await district.get('/api/geo/provinces/10/districts');
    expect(khet.body).toHaveLength(50);
    expect(khet.body[0]).toMatchObject({ code: '1001', nameTh: 'พระนคร' });
    const tambons = await district.get('/api/geo/districts/4001/tambons');
    expect(tambons.body).toHaveLength(18);
    expect(tambons.body[0]).toMatchObject({ code: '400101', nameTh: 'ในเมือง', nameEn: 'Nai Mueang', parentCode: '4001' });
    const chiangMai = await district.get('/api/geo/provinces/50/districts');
    expect(chiangMai.body.find((d: { code: string }) => d.code === '5007')).toMatchObject({ nameTh: 'แม่ริม' });
  });

  it('holds 928 districts and at least 7,400 sub-districts', async () => {
    const provinces = (await district.get('/api/geo/provinces')).body as { childCount: number; code: string }[];
    expect(provinces.reduce((n, p) => n + p.childCount, 0)).toBe(928);
    const area = (await (await signIn(ctx, 'admin')).get('/api/area')).body;
    expect(area.unit.counts).toMatchObject({ provinces: 77, districts: 928 });
    expect(area.unit.counts.tambons).toBeGreaterThanOrEqual(7400);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await district.get('/api/geo/provinces/99/districts')).status).toBe(404);
    expect((await district.get('/api/geo/districts/9999/tambons')).body.code).toBe('unit.not_found');
    const bad = await district.get('/api/geo/provinces/4/districts');
    expect(bad.status).toBe(400);
    expect(bad.body.details.issues[0].path).toBe('code');
  });

  it('needs a session', async () => {
    expect((await anonymous(ctx).get('/api/geo/provinces')).status).toBe(401);
  });
});

describe('geography search', () => {
  it('finds by Thai name with the parents named', async () => {
    const res = await district.get(`/api/geo/search?q=${encodeURIComponent('แม่ริม')}`);
    const hit = res.body.find((h: { code: string }) => h.code === '5007');
    expect(hit).toMatchObject({ level: 'district', parents: [{ code: '50', nameTh: 'เชียงใหม่' }] });
  });

  it('finds by English name, case-insensitively', async () => {
    const res = await district.get('/api/geo/search?q=khon%20kaen');
    expect(res.body.map((h: { code: string }) => h.code)).toEqual(expect.arrayContaining(['40', '4001']));
    expect(res.body[0].code).toBe('40');
  });

  it('finds by code prefix', async () => {
    const res = await district.get('/api/geo/search?q=400101');
    expect(res.body).toHaveLength(1);
    expect(res.body[0].parents.map((p: { code: string }) => p.code)).toEqual(['4001', '40']);
  });

  it('requires q', async () => {
    const res = await district.get('/api/geo/search');
    expect(res.status).toBe(400);
    expect(res.body.details.issues[0].path).toBe('q');
  });
});

describe('editing geography', () => {
  it('an administrator renames a unit with its version; a stale version answers 409', async () => {
    const admin = await signIn(ctx, 'admin');
    const unit = (await admin.get('/api/geo/units/400102')).body;
    const res = await admin.patch('/api/geo/units/400102', { nameEn: 'Samran (renamed)', version: unit.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nameEn: 'Samran (renamed)', version: unit.version + 1 });
    const stale = await admin.patch('/api/geo/units/400102', { nameEn: 'again', version: unit.version });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.nameEn).toBe('Samran (renamed)');
  });

  it('retiring hides a unit from lists but keeps it readable', async () => {
    const admin = await signIn(ctx, 'admin');
    const unit = (await admin.get('/api/geo/units/400118')).body;
    await admin.patch('/api/geo/units/400118', { active: false, version: unit.version });
    const list = (await admin.get('/api/geo/districts/4001/tambons')).body as { code: string }[];
    expect(list.map((t) => t.code)).not.toContain('400118');
    const withRetired = (await admin.get('/api/geo/districts/4001/tambons?includeRetired=true')).body as { code: string; active: boolean }[];
    expect(withRetired.find((t) => t.code === '400118')?.active).toBe(false);
    expect((await admin.get('/api/geo/units/400118')).status).toBe(200);
  });

  it('adds a new unit under an existing parent', async () => {
    const admin = await signIn(ctx, 'admin');
    const res = await admin.post('/api/geo/units', { code: '400199', nameTh: 'ตำบลทดสอบ', nameEn: 'Test' });
    expect(res.status).toBe(201);
    expect((await admin.post('/api/geo/units', { code: '400199', nameTh: 'ซ้ำ' })).status).toBe(409);
    expect((await admin.post('/api/geo/units', { code: '999901', nameTh: 'ไม่มีแม่' })).body.details.issues[0].path).toBe('code');
  });

  it('other roles may not edit (403)', async () => {
    const res = await (await signIn(ctx, 'province')).patch('/api/geo/units/40', { nameTh: 'x', version: 1 });
    expect(res.status).toBe(403);
    expect((await (await signIn(ctx, 'ministry')).post('/api/geo/units', { code: '400198', nameTh: 'x' })).status).toBe(403);
  });
});
