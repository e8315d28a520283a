import type { ErrorCode } from '@ntag/shared';
import { AppError } from './errors';

/**
 * A few slots for heavy work (an import reads up to 100,000 rows): at most `perKey` running per
 * key (a user) and `total` in the process. A request that finds no slot is refused at once with
 * 429 and a retry-after, instead of queueing — a queued upload would hold its file in memory
 * while it waits. The count lives in the process, on purpose: it guards this process's memory,
 * so with several API processes (docs/adr/0025) each allows its own `total`.
 */
export class Slots {
  private readonly running = new Map<string, number>();
  private count = 0;

  constructor(private readonly opts: { perKey: number; total: number; retryAfterSeconds: number; busyKey: ErrorCode; busyTotal: ErrorCode }) {}

  /** Takes a slot for `key`, or throws 429; call the returned function once the work is done. */
  acquire(key: string): () => void {
    const mine = this.running.get(key) ?? 0;
    const details = { retryAfterSeconds: this.opts.retryAfterSeconds };
    if (mine >= this.opts.perKey) throw new AppError(this.opts.busyKey, 429, { ...details, running: mine });
    if (this.count >= this.opts.total) throw new AppError(this.opts.busyTotal, 429, { ...details, limit: this.opts.total });
    this.running.set(key, mine + 1);
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count--;
      const left = (this.running.get(key) ?? 1) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
    };
  }
}
