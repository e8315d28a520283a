import { describe, expect, it } from 'vitest';
import { isValidNationalId, maskNationalId } from './national-id';

describe('Thai national id', () => {
  it('accepts a valid check digit, with or without dashes', () => {
    expect(isValidNationalId('1101700230708')).toBe(true);
    expect(isValidNationalId('1-1017-00230-70-8')).toBe(true);
  });
  it('rejects a wrong check digit, wrong length and letters', () => {
    expect(isValidNationalId('1101700230705')).toBe(false);
    expect(isValidNationalId('110170023070')).toBe(false);
    expect(isValidNationalId('11017002307a5')).toBe(false);
  });
  it('masks all but the first five and the last digit', () => {
    expect(maskNationalId('1101700230708')).toBe('1-1017-xxxxx-xx-8');
  });
});

describe('Thai digits', () => {
  it('accepts a national id written in Thai digits once normalised', async () => {
    const { normalizeDigits } = await import('./thai-text');
    expect(normalizeDigits('๑๑๐๑๗๐๐๒๓๐๗๐๘')).toBe('1101700230708');
    expect(isValidNationalId(normalizeDigits('๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘'))).toBe(true);
  });
});
