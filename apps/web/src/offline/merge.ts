import type { OutboxItem } from './db';

/** Fields that are the record's identity or bookkeeping, not something to choose between. */
const SKIP = new Set(['id', 'groupId', 'version', 'createdAt', 'updatedAt', 'farmerName', 'photos', 'participants', 'lecturers', 'attendees']);

export const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));
export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields to choose between: what I changed, with the server's value beside it. */
export function conflictFields(item: Pick<OutboxItem, 'body' | 'current'>): string[] {
  return Object.keys(item.body).filter((k) => !SKIP.has(k));
}

/**
 * Choose field by field (default: mine where they differ) and build the body to send again,
 * based on the server's version. Exported for the unit test.
 */
export function conflictMerge(item: Pick<OutboxItem, 'body' | 'current'>, choice: Record<string, 'mine' | 'server'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of conflictFields(item)) out[k] = choice[k] === 'server' ? item.current?.[k] : item.body[k];
  return out;
}

