import type { Permission } from '@ntag/shared';
import type { OutboxKind } from './db';

/**
 * The offline forms' values (strings, as typed) → the body the record's own POST/PATCH takes.
 * Pure, so the unit test checks what goes to the server.
 */
export type FormValues = Record<string, string | string[]>;

const num = (v: string | string[] | undefined): number | null => {
  const s = String(v ?? '').replace(/,/g, '').trim();
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};
const str = (v: string | string[] | undefined): string => String(v ?? '').trim();
const opt = (v: string | string[] | undefined): string | null => str(v) || null;

/** The permission that writes each kind (the menu of kinds shows only these; the API decides). */
export const WRITE: Record<OutboxKind, Permission> = {
  production: 'production.write',
  transaction: 'sales.write',
  learningSession: 'learning.write',
  outlet: 'market.write',
  farmer: 'farmer.create',
};

/** The fields a kind needs before it can be queued (the server checks the rest). */
export const REQUIRED: Record<OutboxKind, string[]> = {
  production: ['date', 'product', 'quantity', 'unit'],
  // A sale needs its value (the API takes a value or a unit price; here the value).
  transaction: ['date', 'product', 'quantity', 'unit', 'value', 'channel'],
  learningSession: ['date', 'topic'],
  outlet: ['date', 'type', 'name'],
  farmer: ['nationalId', 'firstName', 'lastName'],
};

export function missing(kind: OutboxKind, v: FormValues): string[] {
  return REQUIRED[kind].filter((k) => !str(v[k]));
}

export function toBody(kind: OutboxKind, v: FormValues, ctx: { tambonCode?: string }): Record<string, unknown> {
  const farmerId = opt(v.farmerId);
  switch (kind) {
    case 'production':
      return { date: str(v.date), product: str(v.product), quantity: num(v.quantity), unit: str(v.unit), value: num(v.value), farmerId, notes: opt(v.notes) };
    case 'transaction':
      return { date: str(v.date), product: str(v.product), quantity: num(v.quantity), unit: str(v.unit), value: num(v.value), channel: str(v.channel), farmerId, notes: opt(v.notes) };
    case 'learningSession':
      return { date: str(v.date), topic: str(v.topic), attendeeIds: Array.isArray(v.attendeeIds) ? v.attendeeIds : [], notes: opt(v.notes) };
    case 'outlet':
      return { date: str(v.date), type: str(v.type), name: str(v.name), address: opt(v.address) };
    case 'farmer':
      return { nationalId: str(v.nationalId).replace(/[\s-]/g, ''), firstName: str(v.firstName), lastName: str(v.lastName), tambonCode: ctx.tambonCode ?? '', notes: opt(v.notes) };
  }
}

/** A record as the server gave it → the form's values, for an edit made offline. */
export function fromRecord(kind: OutboxKind, r: Record<string, unknown>): FormValues {
  const s = (k: string) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));
  const base: FormValues = { date: s('date'), notes: s('notes'), farmerId: s('farmerId') };
  if (kind === 'production' || kind === 'transaction') return { ...base, product: s('product'), quantity: s('quantity'), unit: s('unit'), value: s('value'), channel: s('channel') };
  if (kind === 'learningSession') return { ...base, topic: s('topic'), attendeeIds: Array.isArray(r.attendees) ? (r.attendees as Array<{ farmerId: string }>).map((a) => a.farmerId) : [] };
  if (kind === 'outlet') return { ...base, type: s('type'), name: s('name'), address: s('address') };
  return base;
}

/** Only what changed, for a PATCH based on the record's version. */
export function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) if (JSON.stringify(before[k] ?? null) !== JSON.stringify(v ?? null)) out[k] = v;
  return out;
}

/** The outbox line: "มะเขือ 12 kg", "การเรียนรู้: ปุ๋ยหมัก", "สมชาย ใจดี". */
export function labelOf(kind: OutboxKind, body: Record<string, unknown>): string {
  if (kind === 'production' || kind === 'transaction') return `${String(body.product ?? '')} ${String(body.quantity ?? '')} ${String(body.unit ?? '')}`.trim();
  if (kind === 'learningSession') return String(body.topic ?? '');
  if (kind === 'outlet') return String(body.name ?? '');
  if (kind === 'farmer') return `${String(body.firstName ?? '')} ${String(body.lastName ?? '')}`.trim();
  return '';
}
