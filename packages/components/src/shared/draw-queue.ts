/**
 * One queue of chart draws for the whole page. Draws run one after another, and the queue yields to the
 * browser between them once it has held the main thread for a few milliseconds, so sixty charts arriving
 * at once never make a long task: input and scrolling stay responsive while they draw.
 */
const BUDGET_MS = 8;
const queue: (() => void)[] = [];
let running = false;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function drain(): Promise<void> {
  running = true;
  let start = performance.now();
  while (queue.length) {
    if (performance.now() - start > BUDGET_MS) {
      await yieldToBrowser();
      start = performance.now();
    }
    const task = queue.shift()!;
    try {
      task();
    } catch (e) {
      // One chart's failure must not stop the others; the element reports its own error.
      console.error(e);
    }
  }
  running = false;
}

/** Run `task` in turn with every other chart's draw. */
export function queueDraw(task: () => void): void {
  queue.push(task);
  if (!running) void drain();
}

/** Run `task` in the same queue and resolve with its result: heavy computations take turns like draws. */
export function queued<T>(task: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queueDraw(() => {
      try {
        resolve(task());
      } catch (e) {
        reject(e);
      }
    });
  });
}
