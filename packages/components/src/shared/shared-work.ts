import { LoadError } from '@inclusion-dashboard/core';

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/**
 * One piece of work per key, shared by every element that asks for it. Each caller waits with its own signal;
 * the work is aborted only when every caller has stopped waiting, so one element changing its attributes never
 * cancels a download another element needs. Failures are not kept, so a later attempt can recover.
 */
export class Shared<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(private readonly start: (key: string, signal: AbortSignal) => Promise<T>) {}

  get(key: string, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(stopped(signal));
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const e: Entry<T> = { controller, waiters: 0, settled: false, promise: this.start(key, controller.signal) };
      e.promise.then(
        () => { e.settled = true; },
        () => { e.settled = true; if (this.entries.get(key) === e) this.entries.delete(key); },
      );
      this.entries.set(key, (entry = e));
    }
    const e = entry;
    e.waiters++;
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const leave = () => {
        done = true;
        signal?.removeEventListener('abort', onAbort);
        e.waiters--;
        // Deferred, so a caller that swaps one request for another in the same task keeps the download alive.
        setTimeout(() => {
          if (e.waiters === 0 && !e.settled) {
            if (this.entries.get(key) === e) this.entries.delete(key);
            e.controller.abort();
          }
        }, 0);
      };
      const onAbort = () => { if (!done) { leave(); reject(stopped(signal!)); } };
      signal?.addEventListener('abort', onAbort);
      e.promise.then(
        (v) => { if (!done) { leave(); resolve(v); } },
        (err: unknown) => { if (!done) { leave(); reject(err); } },
      );
    });
  }

  /** Whether work for `key` is under way or done (and did not fail). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The error a stopped wait rejects with: the signal's own LoadError (a timeout), or `aborted`. */
export function stopped(signal: AbortSignal): LoadError {
  return signal.reason instanceof LoadError ? signal.reason : new LoadError('aborted', 'Loading was cancelled.');
}
