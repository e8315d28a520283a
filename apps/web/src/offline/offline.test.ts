import { describe, expect, it } from 'vitest';
import { changedOnly, fromRecord, labelOf, missing, toBody } from './fieldForms';
import { noticeKind } from './notices';
import { agoParts, formatBytes } from './outbox';
import { fitInside } from './photo';
import { conflictMerge } from './merge';

describe('offline entry → the body the record’s own route takes', () => {
  it('a harvest: numbers as numbers, empty fields as null, the whole group as no farmer', () => {
    expect(toBody('production', { date: '2026-12-01', product: 'คะน้า', quantity: '1,200.5', unit: 'kg', value: '', farmerId: '', notes: ' ' }, {})).toEqual({
      date: '2026-12-01', product: 'คะน้า', quantity: 1200.5, unit: 'kg', value: null, farmerId: null, notes: null,
    });
  });
  it('a new farmer takes the group’s tambon and a national id without dashes', () => {
    expect(toBody('farmer', { nationalId: '1-1017-00203-84-6', firstName: 'สมชาย', lastName: 'ใจดี' }, { tambonCode: '400101' })).toMatchObject({ nationalId: '1101700203846', tambonCode: '400101' });
  });
  it('names what is missing before anything is queued', () => {
    expect(missing('transaction', { date: '2026-12-01', product: 'x', quantity: '', unit: 'kg', channel: '' })).toEqual(['quantity', 'value', 'channel']);
  });
  it('an edit sends only what changed', () => {
    const before = { date: '2026-11-02', product: 'มะเขือ', quantity: 12, unit: 'kg', value: null, notes: null, farmerId: null };
    const after = toBody('production', { ...fromRecord('production', before), quantity: '20', notes: 'ชั่งใหม่' }, {});
    expect(changedOnly(before, after)).toEqual({ quantity: 20, notes: 'ชั่งใหม่' });
  });
  it('labels an item for the outbox list', () => {
    expect(labelOf('production', { product: 'คะน้า', quantity: 12, unit: 'kg' })).toBe('คะน้า 12 kg');
    expect(labelOf('farmer', { firstName: 'สมชาย', lastName: 'ใจดี' })).toBe('สมชาย ใจดี');
  });
});

describe('conflicts', () => {
  const item = { body: { quantity: 20, notes: 'ชั่งใหม่' }, current: { id: 'x', quantity: 15, value: 300, notes: null, version: 2 } };
  it('mine by default, the server’s where chosen; only the fields I changed', () => {
    expect(conflictMerge(item, {})).toEqual({ quantity: 20, notes: 'ชั่งใหม่' });
    expect(conflictMerge(item, { quantity: 'server' })).toEqual({ quantity: 15, notes: 'ชั่งใหม่' });
  });
});

describe('sync status', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('says how long since the last sync', () => {
    expect(agoParts(undefined, now)).toBeNull();
    expect(agoParts('2026-12-07T09:59:30Z', now)).toEqual({ key: 'off.justNow', n: 0 });
    expect(agoParts('2026-12-07T09:15:00Z', now)).toEqual({ key: 'off.minutesAgo', n: 45 });
    expect(agoParts('2026-12-06T08:00:00Z', now)).toEqual({ key: 'off.hoursAgo', n: 26 });
    expect(agoParts('2026-12-01T10:00:00Z', now)).toEqual({ key: 'off.daysAgo', n: 6 });
  });
  it('sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
  it('what a notification means for the home panel', () => {
    expect(noticeKind('report.returned')).toBe('returned');
    expect(noticeKind('selection.returned')).toBe('returned');
    expect(noticeKind('enquiry.new')).toBe('notification');
  });
});

describe('photos resized on the phone', () => {
  it('fits the long side into 1,280 px, never enlarges', () => {
    expect(fitInside(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fitInside(1800, 2400)).toEqual({ width: 960, height: 1280 });
    expect(fitInside(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
