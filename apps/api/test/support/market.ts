import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { Client, signIn, type TestContext } from './app';

/** A group committee account on the group, signed in (the demo has none). */
export async function committeeOf(ctx: TestContext, groupId: string, username: string): Promise<Client> {
  const admin = await signIn(ctx, 'admin');
  const user = (await admin.post('/api/users', { username, password: 'long-enough', displayName: 'ประธานกลุ่ม', unitCode: groupId })).body;
  expect((await admin.post(`/api/users/${user.id}/roles`, { role: 'group', unitCode: groupId })).status).toBe(201);
  return new Client(ctx.app).login(username, 'long-enough');
}

/** The body of POST /api/listings: morning glory by the kilo, published unless told. */
export function listingBody(groupId: string, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(), groupId, productCode: 'morning_glory', description: 'ผักบุ้งจีนปลอดสารพิษ ปลูกริมสระ ตัดสดทุกเช้า', unit: 'kg',
    priceMin: 25, priceMax: 30, months: [1, 2, 3, 11, 12], minOrder: 5, fulfilment: 'both', deliveryArea: 'ในเขตอำเภอเมืองขอนแก่น', published: true, ...overrides,
  };
}

export async function publish(c: Client, body: Record<string, unknown>): Promise<{ id: string; version: number } & Record<string, any>> {
  const res = await c.post('/api/listings', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The body of POST /api/public/enquiries. */
export function enquiryBody(listingId: string, overrides: Record<string, unknown> = {}) {
  return {
    listingId, quantity: 20, wantedOn: '2026-12-20', buyerName: 'ร้านครัวคุณแม่', buyerContact: '0899990001', buyerType: 'restaurant',
    deliveryPlace: 'ร้านครัวคุณแม่ ถนนมิตรภาพ', message: 'ต้องการผักบุ้ง 20 กก. ส่งทุกวันจันทร์', ...overrides,
  };
}

/** The token of a follow link. */
export const tokenOf = (followUrl: string) => followUrl.split('/market/follow/')[1]!;
