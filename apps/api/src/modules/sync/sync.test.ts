import { describe, expect, it } from 'vitest';
import { daysBefore, decodeCursor, encodeCursor, fieldOf, fingerprint, statusOfError, type Cursor } from './sync.rules';

describe('sync rules', () => {
  it('a cursor comes back as it was made; anything else is no cursor', () => {
    const c: Cursor = { base: { xmax: '18446744073709551615', xip: ['12', '13'] }, next: { xmax: '20', xip: [] }, position: { txid: '14', seq: 9 }, scope: 'abc' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor(encodeCursor({ base: null, next: null, position: null, scope: 's' }))).toEqual({ base: null, next: null, position: null, scope: 's' });
    const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of ['', 'garbage', forged([1, '1', 2, 's']), forged([2, ['18446744073709551616', []], null, null, 's']), forged([2, ['1', ['x']], null, null, 's']),
      forged([2, null, null, ['1', -1], 's']), forged([2, null, null, ['1; drop', 1], 's']), forged([2, ['1', Array(101).fill('1')], null, null, 's'])]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });

  it('the scope fingerprint changes with the scope', () => {
    expect(fingerprint(['u', { farmer: { prefixes: ['400101'] } }])).toBe(fingerprint(['u', { farmer: { prefixes: ['400101'] } }]));
    expect(fingerprint(['u', { farmer: { prefixes: ['400101'] } }])).not.toBe(fingerprint(['u', { farmer: { prefixes: ['400101', '400102'] } }]));
  });

  it('an error becomes an item answer: stale and duplicate national id are conflicts, the rest refusals naming the field', () => {
    expect(statusOfError('record.stale')).toBe('conflict');
    expect(statusOfError('farmer.duplicate_national_id')).toBe('conflict');
    expect(statusOfError('record.future_date')).toBe('refused');
    expect(fieldOf({ issues: [{ path: 'uses.sale' }] })).toBe('uses.sale');
    expect(fieldOf({ issues: [{ path: ['attendeeIds', 2] }] })).toBe('attendeeIds.2');
    expect(fieldOf(undefined)).toBeUndefined();
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});
