/**
 * Pure rules of the sync protocol (docs/adr/0020): the opaque cursor, and how a use case's error
 * becomes one item's answer.
 */

interface Snap {
  xmax: string;
  xip: string[];
}

/**
 * Where a pull stopped. `base`: the snapshot the last finished read-through started from (what
 * it could not see is what is new); `next`: the snapshot this read-through started from, which
 * becomes the base when it ends; `position`: the last (txid, seq) sent, while pages remain.
 */
export interface Cursor {
  base: Snap | null;
  next: Snap | null;
  position: { txid: string; seq: number } | null;
  /** The fingerprint of the caller's scope when the cursor was made: another scope starts again. */
  scope: string;
}

const VERSION = 2;
const XID = /^\d{1,20}$/;
const isXid = (v: unknown): v is string => typeof v === 'string' && XID.test(v) && BigInt(v) <= 18446744073709551615n;
const packSnap = (s: Snap | null) => (s ? [s.xmax, s.xip] : null);
function unpackSnap(v: unknown): Snap | null | undefined {
  if (v === null) return null;
  if (!Array.isArray(v) || v.length !== 2 || !isXid(v[0]) || !Array.isArray(v[1]) || v[1].length > 100 || !v[1].every(isXid)) return undefined;
  return { xmax: v[0], xip: v[1] as string[] };
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([VERSION, packSnap(c.base), packSnap(c.next), c.position ? [c.position.txid, c.position.seq] : null, c.scope])).toString('base64url');
}

/** A cursor this server made, else null (the caller starts again from nothing). */
export function decodeCursor(text: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(v) || v.length !== 5 || v[0] !== VERSION) return null;
    const [, b, n, p, scope] = v as unknown[];
    const base = unpackSnap(b);
    const next = unpackSnap(n);
    if (base === undefined || next === undefined) return null;
    let position: Cursor['position'] = null;
    if (p !== null) {
      if (!Array.isArray(p) || p.length !== 2 || !isXid(p[0]) || typeof p[1] !== 'number' || !Number.isSafeInteger(p[1]) || p[1] < 0) return null;
      position = { txid: p[0], seq: p[1] };
    }
    if (typeof scope !== 'string' || scope.length > 100) return null;
    return { base, next, position, scope };
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
