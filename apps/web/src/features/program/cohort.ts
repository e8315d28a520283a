import { todayIso, toBuddhistYear } from '@ntag/shared';
import { useCohorts } from './useProgram';

export const currentBeYear = (): number => toBuddhistYear(Number(todayIso().slice(0, 4)));

/** The cohort a page opens on: the latest whose year has begun (≤ this BE year), else the first. */
export function defaultCohort(years: number[], thisYear = currentBeYear()): number | null {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.filter((y) => y <= thisYear).at(-1) ?? sorted[0] ?? null;
}

/**
 * The cohort years (BE) and the one to show: `picked` (from the URL) when it is a known year,
 * else the default. `year` is null only while the list loads or when there is none.
 */
export function useCohortChoice(picked: string | null | undefined) {
  const cohorts = useCohorts();
  const years = (cohorts.data?.cohorts.map((c) => c.cohort) ?? []).sort((a, b) => b - a);
  const n = Number(picked);
  const year = picked && years.includes(n) ? n : defaultCohort(years);
  return { years, year, query: cohorts };
}
