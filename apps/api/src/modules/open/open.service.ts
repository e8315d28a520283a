import { EXCHANGE_CHANNELS, type Channel } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { listAssignments } from '../program/program.repo';
import { groupsForProgress } from '../progress/progress.repo';
import { stepsOf } from '../progress/progress.service';
import { provinceSalesStats } from './open.repo';

/**
 * Open data: counts by province, cohort and step, and sales value by channel per month — no
 * names, no ids, nothing about a person. Computed at most once a minute.
 */
export interface OpenRow {
  measure: 'groups' | 'groups_formed' | 'step_done' | 'step_overdue' | 'sales_value' | 'exchange_count';
  provinceCode: string;
  provinceNameTh: string;
  cohort: number | null;
  step: number | null;
  month: string | null;
  channel: string | null;
  value: number;
}

let cache: { at: number; rows: OpenRow[] } | null = null;
const TTL_MS = 60_000;

export async function openSummary(deps: Pick<ModuleDeps, 'db'>): Promise<OpenRow[]> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.rows;
  const all = { all: true, prefixes: [], agencies: [], groups: [] };
  const groups = await groupsForProgress(deps.db, { scope: all });
  const [steps, assignments, sales] = await Promise.all([stepsOf(deps, groups), listAssignments(deps.db), provinceSalesStats(deps.db)]);
  const names = new Map(assignments.map((a) => [a.provinceCode, a.nameTh]));
  const byKey = new Map<string, OpenRow>();
  const bump = (key: Omit<OpenRow, 'value' | 'provinceNameTh'>, by = 1) => {
    const k = [key.measure, key.provinceCode, key.cohort, key.step, key.month, key.channel].join('|');
    const found = byKey.get(k);
    if (found) found.value += by;
    else byKey.set(k, { ...key, provinceNameTh: names.get(key.provinceCode) ?? key.provinceCode, value: by });
  };
  for (const g of groups) {
    const base = { provinceCode: g.tambonCode.slice(0, 2), cohort: g.cohortYear, step: null, month: null, channel: null };
    const views = steps.get(g.id)!;
    bump({ ...base, measure: 'groups' });
    if (views[1]!.status === 'done') bump({ ...base, measure: 'groups_formed' });
    for (const s of views) {
      if (s.status === 'done') bump({ ...base, measure: 'step_done', step: s.step });
      if (s.overdue) bump({ ...base, measure: 'step_overdue', step: s.step });
    }
  }
  for (const s of sales) {
    const [kind, channel] = s.key.split('|');
    if (!channel) continue;
    const base = { provinceCode: s.provinceCode, cohort: s.cohort, step: null, month: s.month, channel };
    if (kind === 'sales' && !EXCHANGE_CHANNELS.includes(channel as Channel)) bump({ ...base, measure: 'sales_value' }, s.value);
    if (kind === 'salesn' && EXCHANGE_CHANNELS.includes(channel as Channel)) bump({ ...base, measure: 'exchange_count' }, s.value);
  }
  const rows = [...byKey.values()];
  rows.sort((a, b) => a.measure.localeCompare(b.measure) || a.provinceCode.localeCompare(b.provinceCode) || (a.cohort ?? 0) - (b.cohort ?? 0) || (a.step ?? 0) - (b.step ?? 0) || (a.month ?? '').localeCompare(b.month ?? '') || (a.channel ?? '').localeCompare(b.channel ?? ''));
  cache = { at: Date.now(), rows };
  return rows;
}

/** For tests: the next call computes afresh. */
export const clearOpenCache = () => {
  cache = null;
};

const COLUMNS: (keyof OpenRow)[] = ['measure', 'provinceCode', 'provinceNameTh', 'cohort', 'step', 'month', 'channel', 'value'];
const cell = (v: unknown) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

export function toCsv(rows: OpenRow[]): string {
  return `\ufeff${[COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}
