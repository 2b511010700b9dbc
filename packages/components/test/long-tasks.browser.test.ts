// Sixty elements on the real sample extracts render without a task over 50 ms (issue 7): the download, the
// decoding and every element's computation, render and draw take turns and yield to the main thread.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define-all';
import { clearDatasetCache } from '../src/shared/dataset';
import { DATA, until, watchLongTasks } from './helpers';

const KINDS: [string, Record<string, string>][] = [
  ['inclusion-tile', { indicator: 'ehcp-20-weeks' }], ['inclusion-benchmark', { indicator: 'persistent-absence' }],
  ['inclusion-trend', { indicator: 'suspension-rate' }], ['inclusion-ranking', { indicator: 'ehcp-20-weeks' }],
  ['inclusion-breakdown', { indicator: 'persistent-absence' }], ['inclusion-tile', { indicator: 'overall-absence' }],
];
const LAS = ['Salford', 'Manchester', 'Kent', 'Leeds', 'Camden', 'Cumberland', 'Bolton', 'Surrey', 'Devon', 'Norfolk'];

/** Sixty elements appended at once; the long tasks (over 50 ms) seen from just before until all have drawn. */
async function sixty(attempt: number, frames: string[]): Promise<number[]> {
  // Fresh URLs each attempt, so each one downloads and decodes the extracts again; the caches are emptied, as on a
  // page of its own (an earlier attempt's extracts would otherwise stay live, and make garbage collection slower).
  clearDatasetCache();
  // And a page of its own starts with no earlier attempt's garbage: collected now, not during this attempt's
  // draws (with it left, single draws of 3 to 8 ms took 33 to 53 ms now and then on the second attempt).
  await executeServerCommand('cdp-heap');
  const src = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => `${DATA}/${f}.arrow?long-tasks-${attempt}`).join(' ');
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const els = Array.from({ length: 60 }, (_, i) => {
    const [tag, attrs] = KINDS[i % KINDS.length];
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    el.setAttribute('area', LAS[Math.floor(i / KINDS.length)]);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  });
  const watch = watchLongTasks();
  // What the blocking frames ran, for the failure message: a CI log then says which work to look at.
  const lo = new PerformanceObserver((l) => {
    for (const e of l.getEntries() as PerformanceEntry[] & { blockingDuration: number; scripts: { duration: number; invoker: string; sourceURL: string; sourceFunctionName: string }[] }[]) {
      if (e.blockingDuration > 0) frames.push(`${Math.round(e.duration)} ms: ${e.scripts.filter((x) => x.duration >= 5).map((x) => `${Math.round(x.duration)} ${x.invoker} ${x.sourceFunctionName}@${x.sourceURL.split('/').slice(-2).join('/')}`).join(', ') || 'no script'}`);
    }
  });
  lo.observe({ type: 'long-animation-frame', buffered: false });
  wrapper.append(...els);
  // Charts draw after their figure renders; the tile has no chart.
  for (const el of els) await until(el, el.localName === 'inclusion-tile' ? 'figure, [role=alert]' : '.chart svg, [role=alert]', 60000);
  await new Promise((r) => setTimeout(r, 100));
  const long = watch.stop();
  lo.disconnect();
  expect(els.filter((el) => el.shadowRoot!.querySelector('[role=alert]')).map((el) => el.shadowRoot!.textContent)).to.deep.equal([]);
  wrapper.remove();
  return long;
}

describe('long tasks', () => {
  it('sixty elements render with no task over 50 ms', async function () {
    this.timeout(120000);
    // The first text layout in a page of the test browser takes 50 to 350 ms (font set-up, whatever the font):
    // a cost of the browser, paid once, before any of the elements' work, so it is paid here before measuring.
    // The test browser's DevTools session keeps a copy of every response body (puppeteer's), in tasks of the
    // page's main thread that a visitor's browser does not run: measured as a visitor's page would be.
    await executeServerCommand('cdp-no-body-buffers');
    const warm = await fixture<HTMLParagraphElement>(html`<p style="font-family: 'GDS Transport', arial, sans-serif">Warm up <b>text</b></p>`);
    warm.getBoundingClientRect();
    warm.remove();
    // A shared 2-core machine can stall any task now and then, so one retry on a fresh download: the work this
    // guards against (a whole page's decoding or computing in one task) makes long tasks on every attempt.
    const seen: number[][] = [];
    const frames: string[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      frames.push(`attempt ${attempt}`);
      const long = await sixty(attempt, frames);
      seen.push(long);
      if (!long.length) break;
    }
    // Also in a passing run's log: the first attempt's long tasks, and any retry's, say where the margin is.
    if (seen.some((l) => l.length)) console.log(`long tasks (ms) on each attempt: ${JSON.stringify(seen)}; blocking frames: ${frames.join('; ')}`);
    expect(seen.at(-1), `long tasks (ms) on each attempt: ${JSON.stringify(seen)}; blocking frames: ${frames.join('; ')}`).to.deep.equal([]);
  });
});
