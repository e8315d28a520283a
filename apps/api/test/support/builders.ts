import { randomUUID } from 'node:crypto';

/** A valid Thai national id from a 12-digit body (the check digit is computed). */
export function nationalId(body: number | string): string {
  const digits = String(body).padStart(12, '0').slice(0, 12);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return digits + String((11 - (sum % 11)) % 10);
}

let serial = 310000000000;
/** A fresh, valid national id for each call. */
export const nextNationalId = () => nationalId(serial++);

/** The body of POST /api/farmers, in Mueang Khon Kaen's Nai Mueang unless overridden. */
export function farmerBody(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    nationalId: nextNationalId(),
    title: 'นาง',
    firstName: 'สมใจ',
    lastName: 'ใจดี',
    birthDate: '1970-05-17',
    sex: 'female',
    phone: '0812345678',
    houseNo: '12/3',
    villageNo: 5,
    villageName: 'โนนสูง',
    tambonCode: '400101',
    householdSize: 4,
    plotAreaSqm: 5800,
    titleDeedType: 'chanote',
    pondDug: true,
    pondYear: 2563,
    pondVolumeM3: 1260,
    activities: [{ kind: 'crops', detail: 'ข้าว ผักสวนครัว' }, { kind: 'livestock', detail: 'ไก่พื้นเมือง' }],
    ...overrides,
  };
}
