import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signIn, startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('my area', () => {
  it("a district officer's area is Mueang Khon Kaen and its 18 tambons, no other", async () => {
    const res = await (await signIn(ctx, 'district')).get('/api/area');
    expect(res.status).toBe(200);
    expect(res.body.unit).toMatchObject({ code: '4001', kind: 'district', nameTh: 'เมืองขอนแก่น', counts: { tambons: 18, users: 2 } });
    expect(res.body.children).toHaveLength(18);
    expect(res.body.children.every((c: { code: string }) => c.code.startsWith('4001'))).toBe(true);
    expect(res.body.children[0]).toMatchObject({ code: '400101', nameTh: 'ในเมือง', counts: { users: 1 } });
    expect(res.body.parents).toEqual([]);
    expect(res.body.roots).toEqual([{ code: '4001', kind: 'district', nameTh: 'เมืองขอนแก่น', nameEn: 'Mueang Khon Kaen' }]);
  });

  it('a district officer asking for another district gets 404', async () => {
    const c = await signIn(ctx, 'district');
    expect((await c.get('/api/area?unit=4002')).status).toBe(404);
    expect((await c.get('/api/area?unit=40')).status).toBe(404);
    expect((await c.get('/api/area?unit=TH')).status).toBe(404);
  });

  it('a province officer drills down from the province to a district, with the province as parent', async () => {
    const c = await signIn(ctx, 'province');
    const top = (await c.get('/api/area')).body;
    expect(top.unit).toMatchObject({ code: '40', counts: { districts: 26, users: 3 } });
    expect(top.children).toHaveLength(26);
    const down = (await c.get('/api/area?unit=400101')).body;
    expect(codes(down.parents)).toEqual(['40', '4001']);
  });

  it("the host agency's area is its provinces; the ministry's is the country by agency", async () => {
    const agency = (await (await signIn(ctx, 'agency')).get('/api/area')).body;
    expect(agency.unit).toMatchObject({ code: 'DLD', kind: 'agency', counts: { provinces: 20 } });
    expect(codes(agency.children)).toContain('40');
    expect(codes(agency.children)).not.toContain('50');
    expect((await (await signIn(ctx, 'agency')).get('/api/area?unit=50')).status).toBe(404);
    const country = (await (await signIn(ctx, 'ministry')).get('/api/area')).body;
    expect(country.unit).toMatchObject({ code: 'TH', counts: { provinces: 77, districts: 928, users: 7 } });
    expect(codes(country.children)).toEqual(['CPD', 'DLD', 'DOAE', 'KPM']);
    const mae = (await (await signIn(ctx, 'ministry')).get('/api/area?unit=5007')).body;
    expect(codes(mae.parents)).toEqual(['TH', 'CPD', '50']);
  });

  it('rejects an unknown unit with 404 and anonymous callers with 401', async () => {
    expect((await (await signIn(ctx, 'admin')).get('/api/area?unit=ZZ9')).status).toBe(404);
    expect((await anonymous(ctx).get('/api/area')).status).toBe(401);
  });
});
