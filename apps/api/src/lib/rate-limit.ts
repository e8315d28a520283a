/**
 * The sign-in limits (docs/adr/0011-sign-in-limits.md), as pure rules over counts the database
 * keeps, so that every API process applies the same ones. Designed so that nobody can lock
 * someone else out:
 * - wrong passwords lock only the pair (name typed, address): an attacker's address, not the user;
 * - an address that fails too often (any names) waits; a pair that signed in before is exempt;
 * - a name failing from many addresses is slowed down (one try per growing gap, at most a minute
 *   apart), not locked; a pair that signed in before is exempt;
 * - names are counted as typed, known or not, so a locked name and an unknown one answer alike;
 * - successful sign-ins are never counted.
 */

export interface SignInLimits {
  /** Wrong passwords from one address for one name within `lockMs` before that pair must wait. */
  maxFailures: number;
  lockMs: number;
  /** Failed sign-ins from one address (any names) within ADDRESS_WINDOW_MS. */
  addressLimit: number;
  /** Failed sign-ins for one name (any addresses) within `lockMs` before it is slowed down. */
  slowdownAfter: number;
}

export const ADDRESS_WINDOW_MS = 5 * 60_000;
/** The longest gap the slow-down imposes between two tries of one name. */
export const SLOWDOWN_MAX_SECONDS = 60;
/** A pair that signed in successfully stays exempt from the shared limits this long. */
export const KNOWN_ADDRESS_DAYS = 30;

/** What the database knows about the other recent attempts, seen from the attempt being made. */
export interface AttemptCounts {
  /** Attempts of this name from this address within `lockMs` (this one not included). */
  pair: number;
  /** Seconds until the pair's `maxFailures`-th most recent attempt leaves the window (when pair ≥ maxFailures). */
  pairClearsIn: number | null;
  /** Attempts of this name from any address within `lockMs`. */
  account: number;
  /** Seconds since the latest of those. */
  accountIdleFor: number | null;
  /** Attempts from this address (any name) within ADDRESS_WINDOW_MS. */
  address: number;
  /** Seconds until the address's `addressLimit`-th most recent attempt leaves the window. */
  addressClearsIn: number | null;
  /** This name signed in successfully from this address within KNOWN_ADDRESS_DAYS. */
  known: boolean;
}

export type Verdict = { ok: true } | { ok: false; code: 'auth.locked' | 'auth.rate_limited'; retryAfterSeconds: number };

const wait = (seconds: number | null) => Math.max(1, Math.ceil(seconds ?? 1));

/** May this attempt go on to the password check? */
export function signInVerdict(c: AttemptCounts, limits: SignInLimits): Verdict {
  if (c.pair >= limits.maxFailures) return { ok: false, code: 'auth.locked', retryAfterSeconds: wait(c.pairClearsIn) };
  if (c.known) return { ok: true };
  if (c.address >= limits.addressLimit) return { ok: false, code: 'auth.rate_limited', retryAfterSeconds: wait(c.addressClearsIn) };
  if (c.account >= limits.slowdownAfter) {
    const gap = Math.min(2 ** (c.account - limits.slowdownAfter), SLOWDOWN_MAX_SECONDS);
    const idle = c.accountIdleFor ?? Infinity;
    if (idle < gap) return { ok: false, code: 'auth.rate_limited', retryAfterSeconds: wait(gap - idle) };
  }
  return { ok: true };
}

/**
 * The address limits count by: IPv4 as is, IPv6 by its /64 (what one subscriber or phone
 * network hands out; counting single IPv6 addresses would let one client take billions).
 */
export function addressKey(ip: string): string {
  const bare = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(':')) return bare;
  const [head = '', tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}
