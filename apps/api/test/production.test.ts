import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let district: Client;
let tambon: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  tambon = await signIn(ctx, 'tambon');
  ({ group, members } = await formedGroup(district, await signIn(ctx, 'province')));
});
afterAll(() => ctx.close());

const record = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(), groupId: group.id, farmerId: members[0], date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 25,
  uses: { household: 5, exchange: 5, sale: 15 }, value: 450, ...overrides,
});

describe('production records (step 4)', () => {
  it('lists the product catalogue with units', async () => {
    const res = await tambon.get('/api/products');
    expect(res.body.find((p: { code: string }) => p.code === 'egg_chicken')).toEqual({ code: 'egg_chicken', nameTh: 'ไข่ไก่', nameEn: 'Chicken eggs', category: 'livestock', units: ['tray', 'piece'] });
  });

  it('a tambon worker records production for a member; it keeps its unit and uses; create is idempotent', async () => {
    const body = record();
    const res = await tambon.post('/api/production', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ product: 'morning_glory', unit: 'kg', quantity: 25, uses: { household: 5, exchange: 5, sale: 15, processing: 0, loss: 0 }, farmerName: 'นางสมาชิก1 ใจดี', version: 1 });
    expect((await tambon.post('/api/production', body)).status).toBe(200);
    expect((await tambon.post('/api/production', { ...body, quantity: 26 })).body.code).toBe('record.id_conflict');
  });

  it('records a whole month for the whole group, and a free-text product', async () => {
    const res = await district.post('/api/production', record({ farmerId: null, period: 'month', date: '2026-08-20', product: 'ไข่เป็ดเค็ม', unit: 'piece', quantity: '๑,๒๐๐', uses: {} }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ date: '2026-08-01', period: 'month', product: 'ไข่เป็ดเค็ม', quantity: 1200, farmerId: null, value: 450 });
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ quantity: 0 }, 'quantity', 'validation.failed'],
      [{ quantity: -3 }, 'quantity', 'validation.failed'],
      [{ date: '2099-01-01' }, 'date', 'record.future_date'],
      [{ date: '2026-06-01' }, 'date', 'record.before_group'],
      [{ date: undefined }, 'date', 'validation.failed'],
      [{ unit: 'litre' }, 'unit', 'product.unit_mismatch'],
      [{ product: '' }, 'product', 'validation.failed'],
      [{ value: 'lots' }, 'value', 'validation.failed'],
      [{ farmerId: randomUUID() }, 'farmerId', 'record.not_member'],
      [{ uses: { household: 30 } }, 'uses', 'validation.failed'],
      [{ uses: { sold: 3 } }, 'uses.sold', 'validation.failed'],
      // The names retired by docs/adr/0012 are refused by name, never dropped in silence.
      [{ use: 'sale' }, 'use', 'validation.failed'],
      [{ recordedOn: '2026-08-10' }, 'recordedOn', 'validation.failed'],
      [{ valueBaht: 450 }, 'valueBaht', 'validation.failed'],
    ];
    for (const [overrides, path, code] of cases) {
      const res = await tambon.post('/api/production', record(overrides));
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect(res.body.code).toBe(code);
      expect(res.body.details.issues[0].path).toBe(path);
    }
    const list = await district.get(`/api/production?group=${group.id}`);
    expect(list.body.items).toHaveLength(2);
  });

  it('updates with the version read (stale 409), deletes softly with the version', async () => {
    const created = (await tambon.post('/api/production', record({ quantity: 10, uses: {} }))).body;
    const changed = await tambon.patch(`/api/production/${created.id}`, { quantity: 12, version: 1 });
    expect(changed.body).toMatchObject({ quantity: 12, version: 2, product: 'morning_glory', uses: { household: 0 } });
    const stale = await tambon.patch(`/api/production/${created.id}`, { quantity: 13, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.quantity).toBe(12);
    expect((await tambon.delete(`/api/production/${created.id}?version=2`)).status).toBe(200);
    expect((await tambon.get(`/api/production/${created.id}`)).status).toBe(404);
  });

  it('lists by group, unit, cohort and dates, newest first, paged', async () => {
    const all = await district.get(`/api/production?unit=4001&cohort=2569&from=2026-08-01&to=2026-08-31&limit=1`);
    expect(all.body.items).toHaveLength(1);
    expect(all.body.items[0].date).toBe('2026-08-10');
    const next = await district.get(`/api/production?unit=4001&cohort=2569&from=2026-08-01&to=2026-08-31&limit=1&cursor=${all.body.nextCursor}`);
    expect(next.body.items[0].date).toBe('2026-08-01');
    expect(next.body.nextCursor).toBeNull();
  });

  it('scopes: another district sees nothing and cannot write (404); the ministry reads (200) but cannot write (403)', async () => {
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.get('/api/production')).body.items).toEqual([]);
    expect((await other.get(`/api/production?group=${group.id}`)).status).toBe(404);
    expect((await other.post('/api/production', record())).status).toBe(404);
    const ministry = await signIn(ctx, 'ministry');
    expect((await ministry.get(`/api/production?group=${group.id}`)).body.items.length).toBe(2);
    expect((await ministry.post('/api/production', record())).status).toBe(403);
  });
});
