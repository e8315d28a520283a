import { todayIso, type ReportState } from '@ntag/shared';

/**
 * The pure rules of monthly reporting: the state machine, periods, due dates, timeliness and
 * the sum of several reports' numbers (a host agency's กท.05 from its provinces).
 */
export type ReportAction = 'submit' | 'accept' | 'return';

const TRANSITIONS: Record<ReportAction, { from: readonly ReportState[]; to: ReportState }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The next state, or null when the action is not allowed from this state. */
export function transition(state: ReportState, action: ReportAction): ReportState | null {
  return TRANSITIONS[action].from.includes(state) ? TRANSITIONS[action].to : null;
}

/**
 * The unit one level above a reporting unit, which accepts or returns its report: its province,
 * its host agency (null when the province has none) or the country.
 */
export function reviewerOf(toLevel: string, unit: { code: string; agencyCode: string | null }): string | null {
  if (toLevel === 'province') return unit.code.slice(0, 2);
  if (toLevel === 'agency') return unit.agencyCode;
  return 'TH';
}

/** Narrative and numbers may change while the unit still holds the report. */
export const editable = (state: ReportState) => state === 'draft' || state === 'returned';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A reporting period: a month from the program's start up to the current month (in Thailand).
 * Returns a reason when it is not one.
 */
export function periodProblem(period: string, today: string, programStart: string): string | null {
  if (!PERIOD.test(period)) return 'a month as YYYY-MM (Gregorian)';
  if (period > today.slice(0, 7)) return 'a month in the future';
  if (period < programStart.slice(0, 7)) return `before the program (${programStart.slice(0, 7)})`;
  return null;
}

export function periodBounds(period: string): { start: string; end: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${period}-01`, end: `${period}-${String(last).padStart(2, '0')}` };
}

/** The month `n` months before a period (YYYY-MM). */
export function monthsBefore(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function previousPeriod(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A month's report is due on `dueDay` of the following month (the 5th, the 10th…). */
export function dueDate(period: string, dueDay: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(dueDay, last)).padStart(2, '0')}`;
}

/**
 * On time: first submitted no later than the due day, Thailand time — the first submission
 * counts even when the report was returned and accepted on a later version.
 */
export const onTime = (firstSubmittedAt: Date, due: string) => todayIso(firstSubmittedAt) <= due;

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Numbers that identify a row rather than count something. */
const KEY_NUMBERS = new Set(['cohort', 'step']);

/** A row's identity inside a list: its text fields and its cohort or step. */
function rowKey(row: unknown): string {
  if (!row || typeof row !== 'object') return JSON.stringify(row);
  return JSON.stringify(Object.entries(row).filter(([k, v]) => typeof v === 'string' || KEY_NUMBERS.has(k)).sort(([a], [b]) => a.localeCompare(b)));
}

function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = a.map((x) => structuredClone(x));
    for (const y of b) {
      const i = out.findIndex((x) => rowKey(x) === rowKey(y));
      if (i >= 0) out[i] = add(out[i], y);
      else out.push(structuredClone(y));
    }
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out: Record<string, unknown> = structuredClone(a as Record<string, unknown>);
    for (const [k, v] of Object.entries(b)) out[k] = !(k in out) ? structuredClone(v) : KEY_NUMBERS.has(k) ? out[k] : add(out[k], v);
    return out;
  }
  return a;
}

/**
 * Adds the numbers at the same places of several documents of one shape (the provinces' report
 * contents into a host agency's): rows of lists meet by their text fields and cohort or step,
 * anything that is not a number is taken from the first document.
 */
export function sumDocuments<T>(docs: T[]): T | null {
  if (!docs.length) return null;
  return docs.slice(1).reduce<unknown>((acc, d) => add(acc, d), structuredClone(docs[0])) as T;
}
