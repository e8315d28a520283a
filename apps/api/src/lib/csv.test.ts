import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF, and skips a BOM and blank lines', () => {
    const text = '\ufeffcode,name_th\r\n"40","ขอนแก่น, ""KK"""\r\n\r\n50,เชียงใหม่\n';
    expect(parseCsv(text)).toEqual([['code', 'name_th'], ['40', 'ขอนแก่น, "KK"'], ['50', 'เชียงใหม่']]);
  });
  it('keeps a last line without a newline and empty trailing fields', () => {
    expect(parseCsv('a,,\nb,c,')).toEqual([['a', '', ''], ['b', 'c', '']]);
  });
});
