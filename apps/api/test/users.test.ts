import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, auditLog } from '../src/db/schema';
import { Client, anonymous, signIn, startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

const usernames = (body: { items: { username: string }[] }) => body.items.map((u) => u.username).sort();
const countUsers = async () => (await ctx.database.db.select().from(appUser)).length;

describe('listing users is scoped', () => {
  it('the administrator sees everyone', async () => {
    const res = await (await signIn(ctx, 'admin')).get('/api/users?pageSize=200');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(7);
  });

  it('a district officer sees the users of their district only', async () => {
    const res = await (await signIn(ctx, 'district')).get('/api/users');
    expect(usernames(res.body)).toEqual(['demo-district-4001', 'demo-tambon-400101']);
  });

  it("a district officer asking for another province's users gets 404", async () => {
    const c = await signIn(ctx, 'district');
    const res = await c.get('/api/users?unit=50');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('unit.not_found');
    const other = (await (await signIn(ctx, 'admin')).get('/api/users?q=demo-district-5007')).body.items[0];
    expect((await c.get(`/api/users/${other.id}`)).status).toBe(404);
  });

  it('the host agency sees the users of its provinces and of the agency itself', async () => {
    const res = await (await signIn(ctx, 'agency')).get('/api/users');
    expect(usernames(res.body)).toEqual(['demo-agency-ne', 'demo-district-4001', 'demo-province-40', 'demo-tambon-400101']);
  });

  it('filters by unit inside the scope', async () => {
    const res = await (await signIn(ctx, 'province')).get('/api/users?unit=400101');
    expect(usernames(res.body)).toEqual(['demo-tambon-400101']);
  });

  it('a tambon worker may not list users (403) and anonymous gets 401', async () => {
    expect((await (await signIn(ctx, 'tambon')).get('/api/users')).status).toBe(403);
    expect((await anonymous(ctx).get('/api/users')).status).toBe(401);
  });

  it('validates the query and names the field', async () => {
    const res = await (await signIn(ctx, 'admin')).get('/api/users?pageSize=5000');
    expect(res.status).toBe(400);
    expect(res.body.details.issues[0].path).toBe('pageSize');
  });
});

describe('creating users', () => {
  it('a tambon worker creating a user gets 403 and nothing is written', async () => {
    const before = await countUsers();
    const res = await (await signIn(ctx, 'tambon')).post('/api/users', { username: 'new-one', password: 'long-enough', displayName: 'ใหม่' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('authz.forbidden');
    expect(await countUsers()).toBe(before);
  });

  it('a province officer creates a user in a district of the province, audited in the same write', async () => {
    const c = await signIn(ctx, 'province');
    const res = await c.post('/api/users', { username: 'KK-Officer.1', password: 'long-enough', displayName: 'นายทดสอบ ใจดี', unitCode: '4002' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'kk-officer.1', homeUnit: { code: '4002', kind: 'district', nameTh: 'บ้านฝาง' }, roles: [] });
    const rows = await ctx.database.db.select().from(auditLog).where(and(eq(auditLog.verb, 'user.create'), eq(auditLog.targetId, res.body.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorUsername).toBe('demo-province-40');
    expect(JSON.stringify(rows[0]!.after)).not.toContain('passwordHash');
  });

  it('a province officer creating a user in another province gets 404', async () => {
    const res = await (await signIn(ctx, 'province')).post('/api/users', { username: 'cm-officer', password: 'long-enough', displayName: 'x', unitCode: '5007' });
    expect(res.status).toBe(404);
  });

  it('refuses a taken username with 409 naming the field', async () => {
    const res = await (await signIn(ctx, 'admin')).post('/api/users', { username: 'demo-admin', password: 'long-enough', displayName: 'x' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('user.username_taken');
    expect(res.body.details.issues[0].path).toBe('username');
  });

  it('names every bad field and writes nothing', async () => {
    const before = await countUsers();
    const res = await (await signIn(ctx, 'admin')).post('/api/users', { username: 'A B', password: 'short', displayName: '' });
    expect(res.status).toBe(400);
    expect(res.body.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['displayName', 'password', 'username']);
    expect(await countUsers()).toBe(before);
  });
});

describe('granting roles', () => {
  async function newUser(c: Client, username: string, unitCode?: string) {
    const res = await c.post('/api/users', { username, password: 'long-enough', displayName: username, unitCode });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  it('a province officer grants a district role inside the province; the new user then sees that district', async () => {
    const c = await signIn(ctx, 'province');
    const id = await newUser(c, 'kk-district-2', '4002');
    const res = await c.post(`/api/users/${id}/roles`, { role: 'district', unitCode: '4002' });
    expect(res.status).toBe(201);
    expect(res.body.roles).toEqual([expect.objectContaining({ role: 'district', unitCode: '4002', unitNameTh: 'บ้านฝาง' })]);
    const me = await new Client(ctx.app).login('kk-district-2', 'long-enough');
    expect((await me.get('/api/me')).body.scope.prefixes).toEqual(['4002']);
  });

  it('a province officer granting a role in another province gets 404 and nothing is granted', async () => {
    const c = await signIn(ctx, 'province');
    const id = await newUser(c, 'kk-district-3', '4003');
    const res = await c.post(`/api/users/${id}/roles`, { role: 'district', unitCode: '5007' });
    expect(res.status).toBe(404);
    expect((await c.get(`/api/users/${id}`)).body.roles).toEqual([]);
  });

  it('a province officer cannot hand out the administrator or an agency role: those units lie outside the province (404)', async () => {
    const c = await signIn(ctx, 'province');
    const id = await newUser(c, 'kk-would-be-admin', '40');
    const res = await c.post(`/api/users/${id}/roles`, { role: 'admin', unitCode: 'TH' });
    // TH lies outside a province's scope, so the unit is not found before the role is checked.
    expect(res.status).toBe(404);
    const res2 = await c.post(`/api/users/${id}/roles`, { role: 'agency', unitCode: 'DLD' });
    expect(res2.status).toBe(404);
  });

  it('an agency officer grants a province role in its region, but not the ministry role (the country lies outside it: 404)', async () => {
    const admin = await signIn(ctx, 'admin');
    const id = await newUser(admin, 'agency-target', '40');
    const res = await (await signIn(ctx, 'agency')).post(`/api/users/${id}/roles`, { role: 'province', unitCode: '41' });
    expect(res.status).toBe(201);
    const c = await signIn(ctx, 'agency');
    const bad = await c.post(`/api/users/${id}/roles`, { role: 'ministry', unitCode: 'TH' });
    expect(bad.status).toBe(404);
  });

  it('refuses a role on a unit of the wrong level with 400 naming unitCode', async () => {
    const admin = await signIn(ctx, 'admin');
    const id = await newUser(admin, 'mismatch');
    const res = await admin.post(`/api/users/${id}/roles`, { role: 'district', unitCode: '40' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('role.unit_mismatch');
    expect(res.body.details.issues[0].path).toBe('unitCode');
  });

  it('refuses an unknown role with 400 and an unknown unit with 404', async () => {
    const admin = await signIn(ctx, 'admin');
    const id = await newUser(admin, 'unknown-role');
    expect((await admin.post(`/api/users/${id}/roles`, { role: 'king', unitCode: 'TH' })).body.details.issues[0].path).toBe('role');
    expect((await admin.post(`/api/users/${id}/roles`, { role: 'tambon', unitCode: '999999' })).status).toBe(404);
  });

  it('keeps the group committee role ready: a group unit that does not exist yet is 404', async () => {
    const admin = await signIn(ctx, 'admin');
    const id = await newUser(admin, 'group-member');
    const res = await admin.post(`/api/users/${id}/roles`, { role: 'group', unitCode: '0b7b7f2e-5d2a-4c1e-9f3a-2a1b3c4d5e6f' });
    expect(res.status).toBe(404);
  });

  it('revokes a role, audited', async () => {
    const admin = await signIn(ctx, 'admin');
    const id = await newUser(admin, 'to-revoke');
    const granted = await admin.post(`/api/users/${id}/roles`, { role: 'tambon', unitCode: '400102' });
    const grantId = granted.body.roles[0].id;
    const res = await admin.delete(`/api/users/${id}/roles/${grantId}`);
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([]);
    const rows = await ctx.database.db.select().from(auditLog).where(and(eq(auditLog.verb, 'role.revoke'), eq(auditLog.targetId, id)));
    expect(rows).toHaveLength(1);
  });
});

describe('editing users', () => {
  it('disables a user with the version it read; the user is signed out; a stale version answers 409 with the current record', async () => {
    const admin = await signIn(ctx, 'admin');
    const victim = await new Client(ctx.app).login('demo-district-5007');
    const user = (await admin.get('/api/users?q=demo-district-5007')).body.items[0];
    const res = await admin.patch(`/api/users/${user.id}`, { active: false, version: user.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, version: user.version + 1 });
    expect((await victim.get('/api/me')).status).toBe(401);
    const stale = await admin.patch(`/api/users/${user.id}`, { displayName: 'x', version: user.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.stale');
    expect(stale.body.details.current).toMatchObject({ id: user.id, active: false, version: user.version + 1 });
    await admin.patch(`/api/users/${user.id}`, { active: true, version: user.version + 1 });
  });

  it('a district officer (no user.update) gets 403; a province officer on a user of another province gets 404', async () => {
    const admin = await signIn(ctx, 'admin');
    const cm = (await admin.get('/api/users?q=demo-district-5007')).body.items[0];
    const kk = (await admin.get('/api/users?q=demo-tambon-400101')).body.items[0];
    expect((await (await signIn(ctx, 'district')).patch(`/api/users/${kk.id}`, { displayName: 'x', version: kk.version })).status).toBe(403);
    expect((await (await signIn(ctx, 'province')).patch(`/api/users/${cm.id}`, { displayName: 'x', version: cm.version })).status).toBe(404);
    expect((await (await signIn(ctx, 'province')).post(`/api/users/${cm.id}/password`, { newPassword: 'long-enough' })).status).toBe(404);
  });

  it('an administrator resets a password; the old one stops working', async () => {
    const admin = await signIn(ctx, 'admin');
    const u = (await admin.get('/api/users?q=demo-ministry')).body.items[0];
    expect((await admin.post(`/api/users/${u.id}/password`, { newPassword: 'brand-new-pass' })).status).toBe(200);
    expect((await anonymous(ctx).post('/api/auth/login', { username: 'demo-ministry', password: 'ntag-demo' })).status).toBe(401);
    await new Client(ctx.app).login('demo-ministry', 'brand-new-pass');
  });
});
