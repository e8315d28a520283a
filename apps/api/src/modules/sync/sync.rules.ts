/**
 * Pure rules of the sync protocol (docs/adr/0020): the opaque cursor, and how a use case's error
 * becomes one item's answer.
 */

/** Where a pull stopped: the last (transaction id, order) it sent, and the scope it was sent for. */
export interface Cursor {
  /** xid8 of the last transaction read, as text. */
  txid: string;
  seq: number;
  /** The fingerprint of the caller's scope when the cursor was made: another scope starts again. */
  scope: string;
}

const VERSION = 1;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([VERSION, c.txid, c.seq, c.scope])).toString('base64url');
}

/** A cursor this server made, else null (the caller starts again from nothing). */
export function decodeCursor(text: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(v) || v.length !== 4 || v[0] !== VERSION) return null;
    const [, txid, seq, scope] = v as [number, unknown, unknown, unknown];
    if (typeof txid !== 'string' || !/^\d{1,20}$/.test(txid) || BigInt(txid) > 18446744073709551615n) return null;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    if (typeof scope !== 'string' || scope.length > 100) return null;
    return { txid, seq, scope };
  } catch {
    return null;
  }
}

/** A short, stable fingerprint of what the caller may read (FNV-1a over its JSON). */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return h.toString(36) + h2.toString(36);
}

export type ItemStatus = 'applied' | 'duplicate' | 'refused' | 'conflict';

export interface ItemError {
  code: string;
  field?: string;
  registeredIn?: unknown;
  farmerId?: string;
}

/** The first field an error names, relative to the item's body. */
export function fieldOf(details: unknown): string | undefined {
  const issues = (details as { issues?: { path?: unknown }[] } | undefined)?.issues;
  const path = issues?.[0]?.path;
  if (Array.isArray(path)) return path.join('.') || undefined;
  return typeof path === 'string' && path ? path : undefined;
}

/** A stale edit, or a national id registered elsewhere, is a conflict; every other error refuses the item. */
export function statusOfError(code: string): ItemStatus {
  return code === 'record.stale' || code === 'farmer.duplicate_national_id' ? 'conflict' : 'refused';
}

/** The calendar day `days` before `today` (ISO). */
export function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
