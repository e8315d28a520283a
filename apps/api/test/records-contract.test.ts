import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

/** Issue #4's published field names (date, product, value, use; channels event/online/direct) work beside the API's own. */
let ctx: TestContext;
let tambon: Client;
let group: { id: string };
beforeAll(async () => {
  ctx = await startTestApp();
  const district = await signIn(ctx, 'district');
  ({ group } = await formedGroup(district, await signIn(ctx, 'province')));
  tambon = await signIn(ctx, 'tambon');
});
afterAll(() => ctx.close());

describe("records in the contract's names", () => {
  it('production: date, product (a catalogue code or Thai name, else free text), value and a single use', async () => {
    const body = { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 12, unit: 'kg', value: 300, use: 'sale' };
    const res = await tambon.post('/api/production', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ date: todayIso(), recordedOn: todayIso(), product: 'morning_glory', productName: 'ผักบุ้ง', value: 300, valueBaht: 300, use: 'sale' });
    expect(res.body.uses).toEqual({ household: 0, exchange: 0, sale: 12, processing: 0, loss: 0 });
    expect((await tambon.post('/api/production', body)).status).toBe(200);
    const free = await tambon.post('/api/production', { ...body, id: randomUUID(), product: 'เห็ดนางฟ้าภูฏาน', use: 'household', value: undefined });
    expect(free.body).toMatchObject({ product: 'เห็ดนางฟ้าภูฏาน', productCode: null, use: 'household', value: null });
    const updated = await tambon.patch(`/api/production/${res.body.id}`, { use: 'exchange', version: res.body.version });
    expect(updated.body).toMatchObject({ use: 'exchange', uses: { sale: 0, exchange: 12 } });
  });

  it('transactions: date, product, value and the channels event, online and direct', async () => {
    const res = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'morning_glory', quantity: 5, unit: 'kg', value: 125, channel: 'direct' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ date: todayIso(), product: 'morning_glory', value: 125, valueBaht: 125, channel: 'direct', kind: 'sale' });
    const online = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 2, unit: 'kg', value: 50, channel: 'online' });
    expect(online.body.details.issues[0].path).toBe('platform');
    const event = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 2, unit: 'kg', value: 50, channel: 'event' });
    expect(event.body.details.issues[0].path).toBe('eventId');
    expect((await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 2, unit: 'kg', value: 50, channel: 'marketing_event' })).body.details.issues[0].path).toBe('channel');
  });

  it('bad input names the contract field it came in, and writes nothing', async () => {
    const base = { groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 1, unit: 'kg', value: 10, channel: 'direct' };
    const before = (await tambon.get(`/api/transactions?group=${group.id}`)).body.items.length;
    const path = async (o: Record<string, unknown>) => (await tambon.post('/api/transactions', { ...base, id: randomUUID(), ...o })).body.details.issues[0].path;
    expect(await path({ date: '2099-01-01' })).toBe('date');
    expect(await path({ date: undefined })).toBe('date');
    expect(await path({ quantity: 0 })).toBe('quantity');
    expect(await path({ value: 'สิบบาท' })).toBe('value');
    expect(await path({ value: undefined })).toBe('value');
    expect(await path({ unit: 'litre' })).toBe('unit');
    expect((await tambon.get(`/api/transactions?group=${group.id}`)).body.items.length).toBe(before);
  });
});
