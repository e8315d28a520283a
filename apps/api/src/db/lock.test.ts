import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, identity } from './lock';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-lock-'));
  dirs.push(dir);
  return dir;
};
const lockOf = (dir: string) => fs.readFileSync(path.join(dir, 'ntag.lock'), 'utf8');
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A process that sleeps; it is killed later and, while the test blocks, stays a zombie. */
async function sleeper(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log("up")'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  return child;
}

const holdFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('data directory lock', () => {
  it('lets one holder in, refuses a second while the first lives, and frees on release', async () => {
    const dir = tempDir();
    const live = await sleeper();
    fs.writeFileSync(path.join(dir, 'ntag.lock'), identity(live.pid!));
    expect(() => acquireDataDirLock(dir, { waitMs: 0 })).toThrow(new RegExp(`in use by process ${live.pid}`));
    fs.rmSync(path.join(dir, 'ntag.lock'));
    const release = acquireDataDirLock(dir);
    expect(lockOf(dir)).toBe(identity(process.pid));
    expect(lockOf(dir)).toMatch(/^\d+ \d+$/); // pid and start time on Linux
    expect(() => acquireDataDirLock(dir, { waitMs: 0 })).toThrow(/already locked by this process/);
    release();
    expect(fs.existsSync(path.join(dir, 'ntag.lock'))).toBe(false);
  });

  it('refuses a live holder written in the old format (pid only), after waiting for it', async () => {
    const dir = tempDir();
    const live = await sleeper();
    fs.writeFileSync(path.join(dir, 'ntag.lock'), String(live.pid));
    const t0 = Date.now();
    expect(() => acquireDataDirLock(dir, { waitMs: 300 })).toThrow(/in use/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(lockOf(dir)).toBe(String(live.pid));
  });

  it('takes over a lock left by a dead process', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ntag.lock'), '999999');
    const release = acquireDataDirLock(dir, { waitMs: 0 });
    expect(lockOf(dir)).toBe(identity(process.pid));
    release();
  });

  it('takes over at once from a killed holder its parent has not reaped yet (a zombie)', async () => {
    // The restart-right-after-a-kill failure: the dead server's pid still answers kill(pid, 0).
    const dir = tempDir();
    const dead = await sleeper();
    fs.writeFileSync(path.join(dir, 'ntag.lock'), identity(dead.pid!));
    dead.kill('SIGKILL');
    holdFor(200); // blocks this event loop, so the child is not reaped: it stays a zombie
    expect(fs.readFileSync(`/proc/${dead.pid}/stat`, 'utf8')).toMatch(/\) Z /);
    const release = acquireDataDirLock(dir, { waitMs: 0 });
    expect(lockOf(dir)).toBe(identity(process.pid));
    release();
  });

  it('waits for a holder that is being killed instead of failing', async () => {
    const dir = tempDir();
    const dying = await sleeper();
    fs.writeFileSync(path.join(dir, 'ntag.lock'), identity(dying.pid!));
    // acquire blocks this event loop, so the kill comes from another process, 300 ms later.
    spawn('sh', ['-c', `sleep 0.3; kill -9 ${dying.pid}`], { stdio: 'ignore' });
    const release = acquireDataDirLock(dir, { waitMs: 5000 });
    expect(lockOf(dir)).toBe(identity(process.pid));
    release();
  });

  it('treats a pid now used by another process as stale (the start time differs)', () => {
    const dir = tempDir();
    const [pid] = identity(process.pid).split(' ');
    fs.writeFileSync(path.join(dir, 'ntag.lock'), `${pid} 1`);
    const release = acquireDataDirLock(dir, { waitMs: 0 });
    expect(lockOf(dir)).toBe(identity(process.pid));
    release();
  });

  it('of several processes starting at once on a stale lock, exactly one gets it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ntag.lock'), '999999');
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(fileURLToPath(new URL('./lock.ts', import.meta.url)))});
      try { acquireDataDirLock(${JSON.stringify(dir)}, { waitMs: 0 }); console.log('got'); setTimeout(() => {}, 3000); }
      catch (e) { console.log('refused'); }`;
    const runs = Array.from({ length: 4 }, () => {
      const c = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(c);
      return new Promise<string>((resolve) => c.stdout!.once('data', (d) => resolve(String(d).trim())));
    });
    const answers = await Promise.all(runs);
    expect(answers.filter((a) => a === 'got')).toHaveLength(1);
    expect(answers.filter((a) => a === 'refused')).toHaveLength(3);
  });
});
