import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { farmerBody } from './builders';
import type { Client } from './app';

type Criterion = { met: boolean; remark?: string | null };
export const ALL_MET: Record<'pondDug' | 'sameProducts' | 'sharedIdeas' | 'readyAndAble', Criterion> = {
  pondDug: { met: true, remark: null },
  sameProducts: { met: true, remark: 'ปลูกผักปลอดสารเหมือนกัน' },
  sharedIdeas: { met: true },
  readyAndAble: { met: true },
};

export async function registerFarmer(c: Client, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await c.post('/api/farmers', farmerBody(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

export async function propose(c: Client, farmerId: string, cohort = 2569, criteria = ALL_MET, proposal = 'proposed') {
  const res = await c.post('/api/selection', { id: randomUUID(), cohort, farmerId, criteria, proposal });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

export async function select(province: Client, candidate: { id: string; version: number }) {
  const res = await province.post(`/api/selection/${candidate.id}/decision`, { decision: 'selected', version: candidate.version });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Registers, proposes and selects farmers of a tambon: what a group's members must be. */
export async function selectedFarmers(district: Client, province: Client, n: number, tambonCode = '400101', cohort = 2569): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await registerFarmer(district, { tambonCode, firstName: `สมาชิก${i + 1}` });
    await select(province, await propose(district, id, cohort));
    ids.push(id);
  }
  return ids;
}

export async function createGroup(c: Client, tambonCode = '400101', cohort = 2569, name = 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง') {
  const res = await c.post('/api/groups', { id: randomUUID(), name, tambonCode, cohort, foundedOn: '2026-07-01' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

/** A formed group (3 selected members, a president) in Nai Mueang, founded 1 July 2026. */
export async function formedGroup(district: Client, province: Client, cohort = 2569) {
  const members = await selectedFarmers(district, province, 3, '400101', cohort);
  const group = await createGroup(district, '400101', cohort);
  for (const m of members) await district.post(`/api/groups/${group.id}/members`, { farmerId: m });
  await district.put(`/api/groups/${group.id}/committee`, [{ farmerId: members[0], role: 'president' }]);
  return { group, members };
}
