// Fuzzing the extract loader: 12,000 mutated copies of real extracts (byte and bit flips, truncations,
// insertions, splices of other extracts, extreme lengths, deletions and duplications), from a fixed seed.
// Each must load or fail with an ExtractError: no other error, no hang, no case slower than a second.
// The cases run in a worker, so a hang is caught by a watchdog on the main thread rather than freezing the run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { FuzzInput, FuzzSummary } from './fuzz-arrow.worker';

// FUZZ_SEED and FUZZ_CASES explore further; the defaults are what `npm test` runs.
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CASES = Number(process.env.FUZZ_CASES ?? 12_000);
const STALL_MS = 10_000; // one case running this long is a hang
const CASE_MS = 1_000; // the time box for any single case
const RUN_MS = Math.max(90_000, CASES * 10); // the whole run

test(`${CASES} mutated Arrow extracts either load or throw ExtractError (seed ${SEED})`, { timeout: RUN_MS + 10_000 }, async () => {
  const progress = new SharedArrayBuffer(4);
  const current = new Int32Array(progress);
  const input: FuzzInput = { seed: SEED, cases: CASES, progress };
  // A worker does not inherit tsx's loader here, so it registers tsx before importing the TypeScript cases.
  const tsx = import.meta.resolve('tsx/esm/api');
  const cases = new URL('./fuzz-arrow.worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(cases)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: input });
  const t0 = performance.now();
  const summary = await new Promise<FuzzSummary>((resolveRun, reject) => {
    let last = -1;
    let since = performance.now();
    const watchdog = setInterval(() => {
      const now = Atomics.load(current, 0);
      if (now !== last) { last = now; since = performance.now(); return; }
      const stalled = performance.now() - since > STALL_MS;
      const overall = performance.now() - t0 > RUN_MS;
      if (stalled || overall) {
        clearInterval(watchdog);
        void worker.terminate();
        reject(new Error(stalled ? `case ${now} ran for more than ${STALL_MS / 1000} s: a hang` : `the run took more than ${RUN_MS / 1000} s (at case ${now})`));
      }
    }, 250);
    worker.once('message', (s: FuzzSummary) => { clearInterval(watchdog); resolveRun(s); });
    worker.once('error', (e) => { clearInterval(watchdog); reject(e); });
    worker.once('exit', (code) => { clearInterval(watchdog); if (code !== 0) reject(new Error(`fuzz worker exited with ${code}`)); });
  });
  await worker.terminate();
  const secs = (performance.now() - t0) / 1000;
  const rejected = Object.values(summary.rejected).reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${summary.cases} cases in ${secs.toFixed(1)} s; ${summary.loaded} loaded, ${rejected} ExtractError ${JSON.stringify(summary.rejected)}, ` +
    `${summary.otherErrors} other; slowest case ${summary.slowest.index} (${summary.slowest.corpus}, ${summary.slowest.mutation}) ${summary.slowest.ms.toFixed(1)} ms; ` +
    `mutations ${JSON.stringify(summary.byMutation)}`);
  assert.equal(summary.cases, CASES);
  assert.deepEqual(summary.failures, [], `${summary.otherErrors} cases threw something other than ExtractError`);
  assert.equal(summary.loaded + rejected, CASES);
  assert.ok(summary.slowest.ms < CASE_MS, `case ${summary.slowest.index} took ${summary.slowest.ms.toFixed(0)} ms`);
  // Both outcomes are exercised: some damage is harmless (a flipped digit in a value), most is caught.
  assert.ok(summary.loaded > CASES * 0.05 && rejected > CASES * 0.5, `loaded ${summary.loaded}, rejected ${rejected}`);
});
