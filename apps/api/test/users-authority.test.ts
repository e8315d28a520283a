import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, auditLog, roleGrant } from '../src/db/schema';
import { Client, anonymous, signIn, startTestApp, type TestContext } from './support/app';

/**
 * Issue 8, finding 1: managing an account needs authority over every role it holds, not only
 * over its home unit. Each case below reproduces the outside test's account takeover.
 */
let ctx: TestContext;
let admin: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx, 'admin');
});
afterAll(() => ctx.close());

/** An account made by the administrator: home unit, roles, password `long-enough`. */
async function account(username: string, home: string, roles: { role: string; unitCode: string }[]) {
  const res = await admin.post('/api/users', { username, password: 'long-enough', displayName: username, unitCode: home });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  for (const r of roles) expect((await admin.post(`/api/users/${res.body.id}/roles`, r)).status).toBe(201);
  return (await admin.get(`/api/users/${res.body.id}`)).body as { id: string; version: number };
}

const auditRows = async (verb: string, targetId: string) =>
  ctx.database.db.select().from(auditLog).where(and(eq(auditLog.verb, verb), eq(auditLog.targetId, targetId)));
const stored = async (id: string) => (await ctx.database.db.select().from(appUser).where(eq(appUser.id, id)))[0]!;

describe('an account in the province that holds the ministry role', () => {
  let target: { id: string; version: number };
  beforeAll(async () => {
    target = await account('kk-ministry-staff', '4001', [{ role: 'ministry', unitCode: 'TH' }]);
  });

  it('the province cannot reset its password: 403 user.not_manageable, the old password still works, nothing audited', async () => {
    const province = await signIn(ctx, 'province');
    const hashBefore = (await stored(target.id)).passwordHash;
    const res = await province.post(`/api/users/${target.id}/password`, { newPassword: 'taken-over-now' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('user.not_manageable');
    expect((await stored(target.id)).passwordHash).toBe(hashBefore);
    expect(await auditRows('user.password_reset', target.id)).toHaveLength(0);
    expect((await anonymous(ctx).post('/api/auth/login', { username: 'kk-ministry-staff', password: 'taken-over-now' })).status).toBe(401);
    await new Client(ctx.app).login('kk-ministry-staff', 'long-enough');
  });

  it('the province cannot deactivate, rename or re-contact it (PATCH): 403, the account stays as it was', async () => {
    const province = await signIn(ctx, 'province');
    for (const body of [{ active: false }, { displayName: 'x' }, { email: 'attacker@example.com' }]) {
      const res = await province.patch(`/api/users/${target.id}`, { ...body, version: target.version });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('user.not_manageable');
    }
    expect(await stored(target.id)).toMatchObject({ active: true, displayName: 'kk-ministry-staff', email: null, version: target.version });
  });

  it('the province can neither grant it a role in the province nor revoke its roles', async () => {
    const province = await signIn(ctx, 'province');
    const grant = await province.post(`/api/users/${target.id}/roles`, { role: 'district', unitCode: '4002' });
    expect(grant.status).toBe(403);
    expect(grant.body.code).toBe('user.not_manageable');
    const grants = await ctx.database.db.select().from(roleGrant).where(eq(roleGrant.userId, target.id));
    expect(grants.map((g) => g.role)).toEqual(['ministry']);
    const revoke = await province.delete(`/api/users/${target.id}/roles/${grants[0]!.id}`);
    expect(revoke.status).toBe(403);
    expect(await ctx.database.db.select().from(roleGrant).where(eq(roleGrant.userId, target.id))).toHaveLength(1);
  });

  it('the province still sees it in its list, marked as not manageable; its own district officer is manageable', async () => {
    const province = await signIn(ctx, 'province');
    const items = (await province.get('/api/users?pageSize=200')).body.items as { username: string; manageable: boolean }[];
    expect(items.find((u) => u.username === 'kk-ministry-staff')).toMatchObject({ manageable: false });
    expect(items.find((u) => u.username === 'demo-district-4001')).toMatchObject({ manageable: true });
    expect((await province.get(`/api/users/${target.id}`)).body).toMatchObject({ manageable: false });
  });

  it('the administrator manages it', async () => {
    const res = await admin.patch(`/api/users/${target.id}`, { displayName: 'เจ้าหน้าที่กระทรวง', version: target.version });
    expect(res.status).toBe(200);
    expect(res.body.manageable).toBe(true);
  });
});

describe('an administrator whose home unit lies in an agency province', () => {
  let target: { id: string; version: number };
  beforeAll(async () => {
    target = await account('kk-admin-2', '40', [{ role: 'admin', unitCode: 'TH' }]);
  });

  it('the host agency cannot reset its password, disable it or change its roles (403)', async () => {
    const agency = await signIn(ctx, 'agency');
    const reset = await agency.post(`/api/users/${target.id}/password`, { newPassword: 'taken-over-now' });
    expect(reset.status).toBe(403);
    expect(reset.body.code).toBe('user.not_manageable');
    expect((await agency.patch(`/api/users/${target.id}`, { active: false, version: target.version })).status).toBe(403);
    expect((await agency.post(`/api/users/${target.id}/roles`, { role: 'province', unitCode: '41' })).status).toBe(403);
    expect(await stored(target.id)).toMatchObject({ active: true, version: target.version });
    await new Client(ctx.app).login('kk-admin-2', 'long-enough');
  });

  it('the province cannot either', async () => {
    const res = await (await signIn(ctx, 'province')).post(`/api/users/${target.id}/password`, { newPassword: 'taken-over-now' });
    expect(res.status).toBe(403);
  });
});

describe('roles at the level of the manager and beyond its area', () => {
  it("an agency officer of the same agency is the agency's to manage, not the province's", async () => {
    const target = await account('dld-officer-2', '40', [{ role: 'agency', unitCode: 'DLD' }]);
    expect((await (await signIn(ctx, 'province')).patch(`/api/users/${target.id}`, { displayName: 'x', version: target.version })).status).toBe(403);
    const res = await (await signIn(ctx, 'agency')).patch(`/api/users/${target.id}`, { displayName: 'เจ้าหน้าที่ ปศ. 2', version: target.version });
    expect(res.status).toBe(200);
  });

  it('a user with a district role in the province and another in Chiang Mai is not the Khon Kaen province officer\'s to manage', async () => {
    const target = await account('two-provinces', '4002', [{ role: 'district', unitCode: '4002' }, { role: 'district', unitCode: '5007' }]);
    const province = await signIn(ctx, 'province');
    expect((await province.post(`/api/users/${target.id}/password`, { newPassword: 'taken-over-now' })).status).toBe(403);
    expect((await province.patch(`/api/users/${target.id}`, { active: false, version: target.version })).status).toBe(403);
  });

  it('a user whose roles all lie in the province is the province officer\'s to manage: reset, grant, revoke, disable', async () => {
    const target = await account('kk-tambon-2', '4002', [{ role: 'tambon', unitCode: '400201' }]);
    const province = await signIn(ctx, 'province');
    expect((await province.post(`/api/users/${target.id}/password`, { newPassword: 'a-new-password' })).status).toBe(200);
    const granted = await province.post(`/api/users/${target.id}/roles`, { role: 'district', unitCode: '4002' });
    expect(granted.status).toBe(201);
    const tambonGrant = granted.body.roles.find((r: { role: string }) => r.role === 'tambon');
    expect((await province.delete(`/api/users/${target.id}/roles/${tambonGrant.id}`)).status).toBe(200);
    const now = (await province.get(`/api/users/${target.id}`)).body;
    expect(now).toMatchObject({ manageable: true, roles: [expect.objectContaining({ role: 'district', unitCode: '4002' })] });
    expect((await province.patch(`/api/users/${target.id}`, { active: false, version: now.version })).status).toBe(200);
  });

  it('a user of another province stays invisible: 404, not 403', async () => {
    const target = await account('cm-tambon', '500701', [{ role: 'tambon', unitCode: '500701' }]);
    const res = await (await signIn(ctx, 'province')).post(`/api/users/${target.id}/password`, { newPassword: 'taken-over-now' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('user.not_found');
  });

  it('a district officer reads the users of its district but manages none of them', async () => {
    const res = await (await signIn(ctx, 'district')).get('/api/users');
    expect(res.body.items.map((u: { manageable: boolean }) => u.manageable)).toEqual(res.body.items.map(() => false));
  });
});
