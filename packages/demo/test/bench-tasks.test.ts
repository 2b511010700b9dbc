// The phone bench tells the host page's own long tasks from those that may hold our code (issue 18): a task that
// ended before our first script arrived ran none of it, whatever it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness';

interface Task { ts: number; wallMs: number; cpuMs: number }
const { longestAroundOurCode } = (await import(pathToFileURL(join(ROOT, 'scripts/bench/attribute.mjs')).href)) as {
  longestAroundOurCode: (tasks: Task[], ourCodeAt: number) => { beforeOursMs: number; fromOursMs: number | null };
};

// Trace time is in microseconds; wall and thread time in milliseconds.
const task = (atMs: number, wallMs: number, cpuMs: number): Task => ({ ts: atMs * 1000, wallMs, cpuMs });

describe('longestAroundOurCode', () => {
  it('counts a task that ended before our first script arrived as the host page\'s, by thread time', () => {
    const tasks = [task(100, 60, 45), task(300, 20, 18), task(900, 80, 38), task(1200, 30, 30)];
    assert.deepEqual(longestAroundOurCode(tasks, 500_000), { beforeOursMs: 45, fromOursMs: 38 });
  });

  it('counts a task still running when our script arrived as one that may hold our code', () => {
    const tasks = [task(100, 20, 10), task(480, 40, 39)];
    assert.deepEqual(longestAroundOurCode(tasks, 500_000), { beforeOursMs: 10, fromOursMs: 39 });
  });

  it('says none for a page with none of our code (the host page alone), and 0 for no task', () => {
    assert.deepEqual(longestAroundOurCode([task(100, 70, 52)], Infinity), { beforeOursMs: 52, fromOursMs: null });
    assert.deepEqual(longestAroundOurCode([], 500_000), { beforeOursMs: 0, fromOursMs: 0 });
  });
});
