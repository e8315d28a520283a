import { describe, expect, it } from 'vitest';
import { isFieldAppPath } from '@ntag/shared';
import { loadCatalogue, translator } from './texts';

describe('the field entry', () => {
  it('takes exactly its three pages; every other path stays with the main app', () => {
    for (const p of ['/field', '/field/', '/outbox', '/outbox/', '/outbox/0b9f0c4e-2f51-4c8e-9a57-1d2c3b4a5f60']) expect(isFieldAppPath(p), p).toBe(true);
    for (const p of ['/', '/fields', '/field/x', '/outbox/a/b', '/outboxes', '/groups/1/field', '/login']) expect(isFieldAppPath(p), p).toBe(false);
  });

  it('says the header and outbox lines in Thai, and in English for a user who chose it', async () => {
    const th = translator(await loadCatalogue('th'));
    expect(th('off.waiting', { n: 3 })).toBe('รอส่ง 3');
    expect(th('off.offline')).toBe('ไม่มีสัญญาณ');
    expect(th('date.error.year')).toContain('พ.ศ.');
    const en = translator(await loadCatalogue('en'));
    expect(en('off.waiting', { n: 3 })).toBe('3 waiting');
  });
});
