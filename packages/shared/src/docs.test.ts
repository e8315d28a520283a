import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from './errors';
import { PERMISSIONS } from './permissions';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs');

describe('reference documents stay in step with the code', () => {
  it('docs/ERRORS.md lists every error code', () => {
    const text = fs.readFileSync(path.join(docs, 'ERRORS.md'), 'utf8');
    expect(Object.keys(ERROR_MESSAGES).filter((code) => !text.includes(`\`${code}\``))).toEqual([]);
  });
  it('docs/PERMISSIONS.md lists every permission', () => {
    const text = fs.readFileSync(path.join(docs, 'PERMISSIONS.md'), 'utf8');
    expect(PERMISSIONS.filter((p) => !text.includes(`\`${p}\``))).toEqual([]);
  });
});
