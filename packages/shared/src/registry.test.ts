import { describe, expect, it } from 'vitest';
import { formatEnterpriseCode, normalizeEnterpriseCode } from './registry';

describe('community enterprise registration codes', () => {
  it('reads 12 digits written with dashes, a slash, spaces or Thai digits', () => {
    expect(normalizeEnterpriseCode('4-40-01-01/1-0023')).toBe('440010110023');
    expect(normalizeEnterpriseCode('๔-๔๐-๐๑-๐๑/๑-๐๐๒๓')).toBe('440010110023');
    expect(normalizeEnterpriseCode(' 4400 1011 0023 ')).toBe('440010110023');
    expect(normalizeEnterpriseCode('4-40-01-01/1-002')).toBeNull();
    expect(normalizeEnterpriseCode('4-40-01-01/1-002x')).toBeNull();
  });
  it('prints them as the certificate does', () => {
    expect(formatEnterpriseCode('440010110023')).toBe('4-40-01-01/1-0023');
    expect(formatEnterpriseCode('123')).toBe('123');
  });
});
