import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no lock of its own and two processes on one data directory corrupt it, so the
 * process holds `ntag.lock` while it runs. The file names its holder as "pid start-time" (the
 * start time from /proc, where there is one), so that a lock left by a process that is gone —
 * killed, or a zombie its parent has not reaped yet, or whose pid a new process now has — is
 * recognised as stale and taken over, while a live holder is always refused.
 */

export interface LockOptions {
  /**
   * How long to wait for a live holder to go away before refusing. A process that has just been
   * sent SIGKILL can take a moment to die; a restart right after a kill should not fail on it.
   */
  waitMs?: number;
}

const POLL_MS = 100;
/** A takeover guard older than this belongs to a process that died mid-takeover. */
const GUARD_STALE_MS = 10_000;

export function acquireDataDirLock(dataDir: string, opts: LockOptions = {}): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'ntag.lock');
  const me = identity(process.pid);
  const deadline = Date.now() + (opts.waitMs ?? 3000);
  for (;;) {
    if (tryCreate(file, me)) return releaser(file, me);
    const holder = readOrNull(file);
    if (holder === null) continue; // released between our attempt and the read: try again
    if (holder === me) throw new Error(`The data directory ${dataDir} is already locked by this process`);
    const pid = Number(holder.split(' ')[0]);
    if (!holderIsGone(holder)) {
      if (Date.now() < deadline) {
        sleep(POLL_MS);
        continue;
      }
      throw new Error(
        `The data directory ${dataDir} is in use by process ${pid}. ` +
          'Stop that process first (the embedded database allows one process at a time).',
      );
    }
    takeOver(file, holder);
  }
}

/**
 * Removes a stale lock, but only the one we judged stale: two processes starting at once must not
 * both remove it and both create a new one (the second removal would delete the first's fresh
 * lock). A short-lived guard file serialises takeovers; under it the lock is removed only if it
 * still holds the stale content.
 */
function takeOver(file: string, staleContent: string): void {
  const guard = `${file}.takeover`;
  if (!tryCreate(guard, identity(process.pid))) {
    const other = readOrNull(guard);
    const age = statAge(guard);
    if (other !== null && (holderIsGone(other) || age > GUARD_STALE_MS)) {
      // The guard's own holder died mid-takeover: only remove it if nobody replaced it meanwhile.
      if (readOrNull(guard) === other) fs.rmSync(guard, { force: true });
    } else {
      sleep(POLL_MS / 2);
    }
    return;
  }
  try {
    if (readOrNull(file) === staleContent) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function releaser(file: string, me: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (readOrNull(file) === me) fs.rmSync(file, { force: true });
  };
}

function tryCreate(file: string, content: string): boolean {
  try {
    const fd = fs.openSync(file, 'wx');
    try {
      fs.writeSync(fd, content);
    } finally {
      fs.closeSync(fd);
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function statAge(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** "pid start-time": the start time tells a pid's holder from a later process given the same pid. */
export function identity(pid: number): string {
  const started = procStat(pid)?.startTime;
  return started ? `${pid} ${started}` : String(pid);
}

/** The holder is gone: no such process, a zombie (dead, not reaped yet), or another process with its pid. */
export function holderIsGone(content: string): boolean {
  const [pidText, startTime] = content.split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return true; // unreadable (half-written by a killed process)
  if (!signalable(pid)) return true;
  const stat = procStat(pid);
  if (!stat) return false; // no /proc (not Linux): a signalable pid counts as alive
  if (stat.state === 'Z' || stat.state === 'X' || stat.state === 'x') return true;
  return !!startTime && stat.startTime !== startTime;
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** State and start time (clock ticks since boot) of a process, from /proc/<pid>/stat on Linux. */
function procStat(pid: number): { state: string; startTime: string } | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const startTime = fields[19]; // field 22 of stat(5), counted from the state (field 3)
  return state && startTime ? { state, startTime } : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
