import { describe, expect, it } from 'vitest';
import { addressKey, signInVerdict, type AttemptCounts } from './rate-limit';

const limits = { maxFailures: 5, lockMs: 15 * 60_000, addressLimit: 30, slowdownAfter: 10 };
const quiet: AttemptCounts = { pair: 0, pairClearsIn: null, account: 0, accountIdleFor: null, address: 0, addressClearsIn: null, known: false };

describe('sign-in limits', () => {
  it('lets a quiet attempt through', () => {
    expect(signInVerdict(quiet, limits)).toEqual({ ok: true });
  });

  it('locks only the pair (name, address) after five wrong passwords, until the fifth-latest leaves the window', () => {
    expect(signInVerdict({ ...quiet, pair: 4, account: 4 }, limits).ok).toBe(true);
    expect(signInVerdict({ ...quiet, pair: 5, pairClearsIn: 840.2, account: 5 }, limits)).toEqual({ ok: false, code: 'auth.locked', retryAfterSeconds: 841 });
    // Even a pair that signed in before: the pair's own limit is what stops guessing from there.
    expect(signInVerdict({ ...quiet, pair: 5, pairClearsIn: 10, known: true }, limits).ok).toBe(false);
  });

  it('makes a busy address wait, unless this name signed in from it before', () => {
    expect(signInVerdict({ ...quiet, address: 30, addressClearsIn: 100 }, limits)).toEqual({ ok: false, code: 'auth.rate_limited', retryAfterSeconds: 100 });
    expect(signInVerdict({ ...quiet, address: 30, known: true }, limits).ok).toBe(true);
  });

  it('spaces out the tries of a name failing from many addresses: 1 s, 2 s, 4 s … at most a minute; never a lock', () => {
    expect(signInVerdict({ ...quiet, account: 10, accountIdleFor: 0.5 }, limits)).toEqual({ ok: false, code: 'auth.rate_limited', retryAfterSeconds: 1 });
    expect(signInVerdict({ ...quiet, account: 10, accountIdleFor: 1.5 }, limits).ok).toBe(true);
    expect(signInVerdict({ ...quiet, account: 13, accountIdleFor: 3 }, limits)).toEqual({ ok: false, code: 'auth.rate_limited', retryAfterSeconds: 5 });
    expect(signInVerdict({ ...quiet, account: 40, accountIdleFor: 59 }, limits)).toEqual({ ok: false, code: 'auth.rate_limited', retryAfterSeconds: 1 });
    expect(signInVerdict({ ...quiet, account: 40, accountIdleFor: 60 }, limits).ok).toBe(true);
    expect(signInVerdict({ ...quiet, account: 40, accountIdleFor: 1, known: true }, limits).ok).toBe(true);
  });
});

describe('addresses as the limits count them', () => {
  it('IPv4 as is, IPv4-mapped IPv6 as IPv4', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });
  it('IPv6 by its /64, however it is written', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0DB8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
