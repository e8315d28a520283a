import { describe, expect, it } from 'vitest';
import { mapScale, niceCeil, PALETTES, scaleLimits, stepOf } from './colourScale';

const [g0, g1, g2, g3, g4] = PALETTES.green;


describe('map colour scale', () => {
  it('rounds the top up to a round number', () => {
    expect(niceCeil(0)).toBe(0);
    expect(niceCeil(7)).toBe(8);
    expect(niceCeil(18)).toBe(20);
    expect(niceCeil(23)).toBe(25);
    expect(niceCeil(41)).toBe(50);
    expect(niceCeil(5400)).toBe(6000);
    expect(niceCeil(120_500)).toBe(150_000);
    expect(niceCeil(9_100)).toBe(10_000);
  });

  it('splits counts into whole steps above zero, and few values into fewer steps', () => {
    expect(scaleLimits(100)).toEqual([25, 50, 75, 100]);
    expect(scaleLimits(18)).toEqual([5, 10, 15, 20]);
    expect(scaleLimits(3)).toEqual([1, 2, 3]);
    expect(scaleLimits(1)).toEqual([1]);
    expect(scaleLimits(0)).toEqual([]);
    expect(scaleLimits(2300, false)).toEqual([625, 1250, 1875, 2500]);
    expect(scaleLimits(5400, false)).toEqual([1500, 3000, 4500, 6000]);
  });

  it('puts each value in its step', () => {
    const limits = scaleLimits(100);
    expect(stepOf(1, limits)).toBe(0);
    expect(stepOf(25, limits)).toBe(0);
    expect(stepOf(26, limits)).toBe(1);
    expect(stepOf(100, limits)).toBe(3);
    expect(stepOf(150, limits)).toBe(3);
  });

  it('gives zero the lightest colour and the largest value the darkest, however few the steps', () => {
    const four = mapScale(100, 'green');
    expect([four.colourOf(0), four.colourOf(10), four.colourOf(40), four.colourOf(60), four.colourOf(100)]).toEqual([g0, g1, g2, g3, g4]);
    const one = mapScale(1, 'green');
    expect([one.colourOf(0), one.colourOf(1)]).toEqual([g0, g4]);
    const three = mapScale(3, 'green');
    expect(three.colours).toEqual([g1, g3, g4]);
    expect(mapScale(0, 'red').colourOf(0)).toBe(PALETTES.red[0]);
  });

  it('writes white on the dark steps only', () => {
    const s = mapScale(100, 'green');
    expect(s.textOf(g4)).toBe('#ffffff');
    expect(s.textOf(g3)).toBe('#ffffff');
    expect(s.textOf(g1)).toBe('#1a1b1e');
  });
});
