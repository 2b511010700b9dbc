// The page-wide queue: work takes turns in slices of a task, and work asked for `later` waits for a task of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterNextPaint, pauser, queueDraw, queued, yieldToMain } from '../src/shared/draw-queue';

test('work asked for now runs in the task that asked, in order', async () => {
  const ran: string[] = [];
  queueDraw(() => ran.push('a'));
  queueDraw(() => ran.push('b'));
  assert.deepEqual(ran, ['a', 'b']);
  await yieldToMain();
});

test('work asked for later (a first render) waits for a new task, then runs in order', async () => {
  const ran: string[] = [];
  const done = queued(() => ran.push('first'), { later: true });
  queueDraw(() => ran.push('second'), { later: true });
  assert.deepEqual(ran, [], 'nothing ran in the asking task');
  await done;
  await yieldToMain();
  assert.deepEqual(ran, ['first', 'second']);
});

test('work asked for later from inside the queue runs in the same slice while the budget lasts', async () => {
  const ran: string[] = [];
  await queued(() => {
    queueDraw(() => ran.push('inner'), { later: true });
    ran.push('outer');
  });
  assert.deepEqual(ran, ['outer', 'inner']);
});

test('a task over its budget leaves the rest for later tasks, and a failing task stops no other', async () => {
  const ran: number[] = [];
  const original = console.error;
  console.error = () => {};
  try {
    queueDraw(() => { throw new Error('one chart failed'); });
    for (let i = 0; i < 3; i++) {
      queueDraw(() => {
        const t0 = performance.now();
        while (performance.now() - t0 < 6) { /* a 6 ms piece of work */ }
        ran.push(i);
      });
    }
    assert.ok(ran.length < 3, `all three ran in one task: ${ran}`);
    await queued(() => undefined);
    assert.deepEqual(ran, [0, 1, 2]);
  } finally {
    console.error = original;
  }
});

test('work that runs alone waits for a slice of its own and ends it', async () => {
  const ran: string[] = [];
  const done = queued(() => {
    ran.push('small');
    queueDraw(() => ran.push('draw'), { alone: true });
    queueDraw(() => ran.push('after'));
  });
  await done;
  assert.deepEqual(ran, ['small'], 'the draw waited for a new task');
  await yieldToMain();
  assert.deepEqual(ran, ['small', 'draw'], 'the draw had its task to itself');
  await queued(() => undefined);
  assert.deepEqual(ran, ['small', 'draw', 'after']);
});

test('work that runs alone, asked for in a task with nothing queued, runs at once', async () => {
  await yieldToMain();
  const ran: string[] = [];
  queueDraw(() => ran.push('draw'), { alone: true });
  assert.deepEqual(ran, ['draw']);
  await yieldToMain();
});

test('a pauser yields to a new task only once its steps have taken the budget', async () => {
  const pause = pauser();
  const settlesInMicrotasks = async () => {
    let resolved = false;
    const p = pause().then(() => { resolved = true; });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const quick = resolved;
    await p;
    return quick;
  };
  assert.equal(await settlesInMicrotasks(), true, 'a quick step does not yield');
  const t0 = performance.now();
  while (performance.now() - t0 < 10) { /* a 10 ms step */ }
  assert.equal(await settlesInMicrotasks(), false, 'past the budget it waits for a new task');
  assert.equal(await settlesInMicrotasks(), true, 'and the budget starts again');
});

test('after the next paint: with a frame, in a task after it; with none (a hidden tab, or no frames here), after 100 ms', async () => {
  const frames: (() => void)[] = [];
  const g = globalThis as { requestAnimationFrame?: (fn: () => void) => number };
  const had = g.requestAnimationFrame;
  try {
    g.requestAnimationFrame = (fn) => frames.push(fn);
    let done = false;
    const painted = afterNextPaint().then(() => { done = true; });
    await yieldToMain();
    assert.equal(done, false, 'waits for the frame');
    frames.shift()!();
    assert.equal(done, false, 'not in the frame itself');
    const t0 = performance.now();
    await painted;
    assert.ok(performance.now() - t0 < 50, 'a task after the frame, not the fallback');

    g.requestAnimationFrame = () => 0;
    const t1 = performance.now();
    await afterNextPaint();
    assert.ok(performance.now() - t1 >= 95, 'no frame: the fallback');
  } finally {
    g.requestAnimationFrame = had;
  }
});
