/**
 * One queue of chart work (computations, Lit renders, draws) for the whole page. Work runs in slices of a few
 * milliseconds per task of the event loop; what is left waits for a later task, so sixty charts arriving at once
 * never make a long task: input and scrolling stay responsive while they draw.
 *
 * The budget belongs to the task, not to one run of the queue: a download resolving wakes sixty elements in one
 * run of microtasks, and each of them starting the queue afresh would run the whole page's work in that task.
 * A lone update (a key press, a sort) still runs at once, in the task that asked for it; a redraw it causes
 * follows in the next task.
 */
const BUDGET_MS = 8;
interface Item { task: () => void; alone: boolean }
const queue: Item[] = [];
/** Items run in the current slice. */
let ranInSlice = 0;
let running = false;
let scheduled = false;
/** When the current task started running queued work; -1 until it does. */
let sliceStart = -1;

/**
 * A new task soon: MessageChannel, in order, as nested setTimeout(0) waits at least 4 ms after a few rounds. The
 * channel is made on first use, not on import: an open port keeps Node (server rendering, tests) from exiting, so
 * it is closed again whenever nothing is waiting.
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (!channel) {
    const ch = (channel = new MessageChannel());
    ch.port1.onmessage = () => {
      const next = waiting.shift();
      if (!waiting.length && channel === ch) {
        ch.port1.close();
        channel = null;
      }
      next?.();
    };
  }
  waiting.push(fn);
  channel.port2.postMessage(null);
}

function run(): void {
  if (sliceStart < 0) {
    sliceStart = performance.now();
    ranInSlice = 0;
    // Runs once this task is over (messages keep their order): the next task gets a budget of its own.
    nextTask(() => { sliceStart = -1; });
  }
  running = true;
  try {
    while (queue.length && performance.now() - sliceStart <= BUDGET_MS) {
      // Work that takes a whole slice (a draw, a computation) starts only in a slice of its own, and ends it.
      if (queue[0].alone && ranInSlice > 0) break;
      const { task, alone } = queue.shift()!;
      ranInSlice++;
      try {
        task();
      } catch (e) {
        // One chart's failure must not stop the others; the element reports its own error.
        console.error(e);
      }
      if (alone) break;
    }
  } finally {
    running = false;
  }
  if (queue.length) runLater();
}

/** Run the queue in a new task, once however often it is asked for. */
function runLater(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(() => {
    scheduled = false;
    run();
  });
}

export interface QueueOptions {
  /**
   * Work that did not start in the queue waits for a new task: an element's first render is asked for from inside
   * the page's own task (the script that added it), whose length the queue cannot see.
   */
  later?: boolean;
  /**
   * Work of 5 to 30 ms (a draw, a computation) runs in a task with nothing else: started after other work, it
   * would add its length to theirs.
   */
  alone?: boolean;
}

/** Run `task` in turn with every other chart's work: now if this task has time left, else in a later one. */
export function queueDraw(task: () => void, { later = false, alone = false }: QueueOptions = {}): void {
  queue.push({ task, alone });
  if (running) return;
  if ((later && sliceStart < 0) || (alone && sliceStart >= 0 && ranInSlice > 0)) runLater();
  else run();
}

/** Run `task` in the same queue and resolve with its result: heavy computations take turns like draws. */
export function queued<T>(task: () => T, opts: QueueOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queueDraw(() => {
      try {
        resolve(task());
      } catch (e) {
        reject(e);
      }
    }, opts);
  });
}

/** Resolves in a new task: long loops outside the queue (decoding) await it between steps. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => nextTask(resolve));
}

/**
 * For a loop outside the queue (reading a download): a pause to await at each step, which yields to the page once
 * the steps since the last yield have taken the queue's budget.
 */
export function pauser(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since <= BUDGET_MS) return;
    await yieldToMain();
    since = performance.now();
  };
}

/** The longest a figure waits for a frame (a hidden tab paints none). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task after the next frame, so that what is added then is laid out in a frame of its own. A page
 * that paints no frame (a hidden tab) resolves after FRAME_WAIT_MS.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const go = () => {
      if (!started) nextTask(resolve);
      started = true;
    };
    setTimeout(go, FRAME_WAIT_MS);
    globalThis.requestAnimationFrame?.(go);
  });
}
