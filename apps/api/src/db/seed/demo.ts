import { eq } from 'drizzle-orm';
import type { Role } from '@ntag/shared';
import type { Db } from '../client';
import { appUser, roleGrant } from '../schema';
import { audit } from '../../lib/audit';
import { newId } from '../../lib/ids';
import { hashPassword } from '../../lib/passwords';
import { kindOfCode } from '../../modules/geo/units';

export const DEMO_PASSWORD = 'ntag-demo';

/** The demo accounts of the README: one per level, all with the password `ntag-demo`. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; unitCode: string }[] = [
  { username: 'demo-admin', displayName: 'ผู้ดูแลระบบ (ทดลอง)', role: 'admin', unitCode: 'TH' },
  { username: 'demo-ministry', displayName: 'เจ้าหน้าที่กระทรวง (ทดลอง)', role: 'ministry', unitCode: 'TH' },
  { username: 'demo-agency-ne', displayName: 'เจ้าหน้าที่กรมปศุสัตว์ (ทดลอง)', role: 'agency', unitCode: 'DLD' },
  { username: 'demo-province-40', displayName: 'คณะทำงานจังหวัดขอนแก่น (ทดลอง)', role: 'province', unitCode: '40' },
  { username: 'demo-district-4001', displayName: 'คณะทำงานอำเภอเมืองขอนแก่น (ทดลอง)', role: 'district', unitCode: '4001' },
  { username: 'demo-tambon-400101', displayName: 'แรงงานตำบลในเมือง (ทดลอง)', role: 'tambon', unitCode: '400101' },
  { username: 'demo-district-5007', displayName: 'คณะทำงานอำเภอแม่ริม (ทดลอง)', role: 'district', unitCode: '5007' },
];

/** Creates the demo accounts that do not exist yet (never in production; see config.ts). */
export async function seedDemoData(db: Db, log: (msg: string) => void = () => {}): Promise<void> {
  const missing: typeof DEMO_ACCOUNTS = [];
  for (const a of DEMO_ACCOUNTS) {
    if ((await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, a.username))).length === 0) missing.push(a);
  }
  if (!missing.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const a of missing) {
      const id = newId();
      const kind = kindOfCode(a.unitCode)!;
      await tx.insert(appUser).values({ id, username: a.username, displayName: a.displayName, passwordHash, homeUnitCode: a.unitCode, homeUnitKind: kind });
      await tx.insert(roleGrant).values({ id: newId(), userId: id, role: a.role, unitCode: a.unitCode, unitKind: kind });
      await audit(tx, { actor: null, requestId: 'seed' }, { verb: 'user.create', targetType: 'user', targetId: id, after: { username: a.username, role: a.role, unitCode: a.unitCode } });
    }
  });
  log(`demo accounts created: ${missing.map((a) => a.username).join(', ')} (password ${DEMO_PASSWORD})`);
}
