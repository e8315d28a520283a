import { describe, expect, it } from 'vitest';
import { formatRaiNganWa, toRaiNganWa, toSquareMetres } from './land';

describe('rai-ngan-wa', () => {
  it('converts both ways', () => {
    expect(toSquareMetres(3, 2, 50)).toBe(3 * 1600 + 2 * 400 + 50 * 4);
    expect(toRaiNganWa(5800)).toEqual({ rai: 3, ngan: 2, wa: 50 });
  });
  it('formats the way officers write it', () => {
    expect(formatRaiNganWa(1600 * 15 + 400)).toBe('15-1-0 ไร่');
  });
});
