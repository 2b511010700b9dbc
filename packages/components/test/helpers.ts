// Shared by the browser tests: mount an element and wait until it has drawn, or shown its error.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export const DATA = '/packages/sample-data/data';
export const ALL = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => `${DATA}/${f}.arrow`).join(' ');
export const A11Y = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never;

/** Whether a figure's data table has all its rows: a long one is rendered a turn at a time, after the chart. */
function tableDone(el: Element): boolean {
  const t = (el as { tableModel?: { rows: unknown[] } | null }).tableModel;
  const root = el.shadowRoot!;
  return !t || !!root.querySelector('[role=alert]') || root.querySelectorAll('tbody tr').length >= t.rows.length;
}

/**
 * Until `selector` matches in the shadow root, and its data table is complete: events may fire before a listener
 * could be attached.
 */
export async function until(el: Element, selector = '.chart svg, [role=alert], figure', ms = 15000): Promise<void> {
  const t0 = performance.now();
  while (!el.shadowRoot?.querySelector(selector) || !tableDone(el)) {
    if (performance.now() - t0 > ms) throw new Error(`Nothing matched ${selector} after ${ms} ms: ${el.shadowRoot?.textContent}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function mount<T extends Element>(template: ReturnType<typeof html>, width = 720, selector?: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await until(el, selector);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

export function key(target: Element, k: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

export const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

/** Mount a chart element and wait until its chart (or an error) is drawn: drawing is queued after the figure renders. */
export function mountChart<T extends Element>(template: ReturnType<typeof html>, width = 720): Promise<T> {
  return mount<T>(template, width, '.chart svg, [role=alert]');
}

/** Give an element `props`, and expect an `inclusion-error` with `code` and an alert that says `says`. */
export async function failsWith(tag: string, props: Record<string, unknown>, code: string, says: string): Promise<void> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  const failed = oneEvent(el, 'inclusion-error');
  Object.assign(el, props);
  wrapper.append(el);
  const ev = await failed;
  expect(ev.detail.code).to.equal(code);
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(says);
}

/** Every text of `svg` lies within `box` (the element's or the chart's), to `slack` px. */
export function expectTextInside(svg: Element, box: DOMRect, slack = 1): void {
  for (const t of svg.querySelectorAll('text')) {
    const r = t.getBoundingClientRect();
    expect(r.left, t.textContent!).to.be.at.least(box.left - slack);
    expect(r.right, t.textContent!).to.be.at.most(box.right + slack);
  }
}

/** Uncaught errors and rejections while the calling suite runs (hooks registered in it), for "none reached the page". */
export function uncaughtErrors(): string[] {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason?.message ?? e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return seen;
}

/** The page's heap after a garbage collection (read over CDP); asked twice when the busy test server is slow to answer. */
export async function heap(): Promise<number> {
  try {
    return (await executeServerCommand<{ used: number }, undefined>('cdp-heap'))!.used;
  } catch {
    return (await executeServerCommand<{ used: number }, undefined>('cdp-heap'))!.used;
  }
}

/** Records the page's long tasks from now; `stop()` ends it and gives their durations, rounded to the ms. */
export function watchLongTasks(): { stop(): number[] } {
  const tasks: number[] = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(Math.round(e.duration)); });
  po.observe({ type: 'longtask', buffered: false });
  return { stop: () => { po.disconnect(); return tasks; } };
}

/**
 * Mounts `tag` with `attrs` (720 px wide) and calls `look` after each change to its shadow root, from its first
 * render until `inclusion-ready`: what it held at each step.
 */
export async function watchUntilReady(tag: string, attrs: Record<string, string>, look: (el: HTMLElement) => void): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const seen = new MutationObserver(() => look(el));
  const ready = oneEvent(el, 'inclusion-ready');
  wrapper.append(el);
  seen.observe(el.shadowRoot!, { childList: true, subtree: true });
  await ready;
  seen.disconnect();
  return el;
}
