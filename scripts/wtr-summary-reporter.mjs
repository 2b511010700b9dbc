// @web/test-runner reporter: prints one plain "N passed, N failed, N skipped" line at the end of a run
// and, if WTR_SUMMARY_FILE is set, writes the same counts there as JSON (read by scripts/test.mjs).
import { writeFileSync } from 'node:fs';

function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

export function summaryLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // a file that failed to load has no tests but has errors: count it as a failure
        const empty = !s.testResults?.tests?.length && !s.testResults?.suites?.length;
        if (!s.passed && empty) acc.failed++;
      }
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(acc) + '\n');
      // printed after the default reporter's dynamic output has finished
      process.on('exit', () => console.log(`${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped`));
    },
  };
}
