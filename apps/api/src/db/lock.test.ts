import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './lock';

describe('data directory lock', () => {
  it('lets one holder in, refuses a second while the first lives, and frees on release', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-lock-'));
    // A live process other than this one holds the lock: pid 1 always exists.
    fs.writeFileSync(path.join(dir, 'ntag.lock'), '1');
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by process 1/);
    fs.rmSync(path.join(dir, 'ntag.lock'));
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'ntag.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'ntag.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
  it('takes over a lock left by a dead process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-lock-'));
    fs.writeFileSync(path.join(dir, 'ntag.lock'), '999999');
    const release = acquireDataDirLock(dir);
    release();
    fs.rmSync(dir, { recursive: true });
  });
});
