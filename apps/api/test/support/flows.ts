import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { farmerBody } from './builders';
import type { Client } from './app';

type Criterion = { met: boolean; notes?: string | null };
export const ALL_MET: Record<'pondDug' | 'sameProducts' | 'sharedIdeas' | 'readyAndAble', Criterion> = {
  pondDug: { met: true, notes: null },
  sameProducts: { met: true, notes: 'ปลูกผักปลอดสารเหมือนกัน' },
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

/** A model group with `members` selected farmers of its tambon, not formed yet (no committee). */
export async function groupWithMembers(district: Client, province: Client, opts: { members?: number; tambonCode?: string; cohort?: number; name?: string } = {}) {
  const { members: n = 3, tambonCode = '400101', cohort = 2569, name } = opts;
  const members = await selectedFarmers(district, province, n, tambonCode, cohort);
  const group = await createGroup(district, tambonCode, cohort, name);
  for (const m of members) {
    const res = await district.post(`/api/groups/${group.id}/members`, { farmerId: m });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  return { group, members };
}

/** A formed group: its first member is president. By default 3 members in Nai Mueang, cohort 2569, founded 1 July 2026. */
export async function formedGroup(district: Client, province: Client, opts: Parameters<typeof groupWithMembers>[2] = {}) {
  const formed = await groupWithMembers(district, province, opts);
  const res = await district.put(`/api/groups/${formed.group.id}/committee`, [{ farmerId: formed.members[0], role: 'president' }]);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return formed;
}
