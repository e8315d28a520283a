import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from './tileGrid';

/**
 * The 77 DOPA province codes (10–96): those of ../shared/reference/thailand-geography/provinces.json,
 * which the geography seed's own test checks against the seed.
 */
const DOPA_PROVINCES = [
  '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27',
  '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49',
  '50', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '67',
  '70', '71', '72', '73', '74', '75', '76', '77', '80', '81', '82', '83', '84', '85', '86', '90', '91', '92', '93', '94', '95', '96',
];

const tile = (code: string) => PROVINCE_TILES.find((t) => t.code === code)!;

describe('tile grid of the 77 provinces', () => {
  it('has every DOPA province code exactly once and nothing else', () => {
    expect(DOPA_PROVINCES).toHaveLength(77);
    expect(PROVINCE_TILES.map((t) => t.code).sort()).toEqual(DOPA_PROVINCES);
  });

  it('puts no two provinces on one square, all inside the grid', () => {
    const cells = PROVINCE_TILES.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(77);
    for (const t of PROVINCE_TILES) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(GRID_COLUMNS);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(GRID_ROWS);
    }
  });

  it('gives each a distinct two-letter Thai abbreviation', () => {
    expect(new Set(PROVINCE_TILES.map((t) => t.abbr)).size).toBe(77);
    for (const t of PROVINCE_TILES) expect(t.abbr).toMatch(/^[\u0E01-\u0E2E]{2}$/);
    expect([tile('10').abbr, tile('40').abbr, tile('50').abbr, tile('83').abbr]).toEqual(['กท', 'ขก', 'ชม', 'ภก']);
  });

  it('keeps the shape of the country: north on top, northeast right, south at the bottom', () => {
    expect(tile('57').row).toBe(0); // Chiang Rai, the northern tip
    expect(tile('96').row).toBe(GRID_ROWS - 1); // Narathiwat, the southern tip
    expect(tile('34').col).toBe(GRID_COLUMNS - 1); // Ubon Ratchathani, the east
    expect(tile('40').col).toBeGreaterThan(tile('10').col); // Khon Kaen east of Bangkok
    expect(tile('10').row).toBeGreaterThan(tile('50').row); // Bangkok south of Chiang Mai
    expect(tile('90').row).toBeGreaterThan(tile('10').row); // Songkhla south of Bangkok
  });
});
