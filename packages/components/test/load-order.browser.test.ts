// Issue 18: on a phone an element's first render is 100 ms or more of cold code, so the element asks for its data in
// a turn of the page-wide queue ahead of that render, not from inside it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all';
import { clearDatasetCache } from '../src/shared/dataset';
import { DATA, until } from './helpers';

type Hooked = HTMLElement & { willUpdate(changed: Map<string, unknown>): void };

/** Wraps `el[method]` so that `during()` says whether a call of it is under way. */
function watch<K extends string>(el: Record<K, (...args: never[]) => unknown>, method: K): { during: () => boolean } {
  let on = false;
  const original = el[method];
  el[method] = function (this: unknown, ...args: never[]) {
    on = true;
    try {
      return original.apply(this, args);
    } finally {
      on = false;
    }
  } as typeof original;
  return { during: () => on };
}

describe('load order', () => {
  afterEach(() => clearDatasetCache());

  for (const tag of ['inclusion-benchmark', 'inclusion-tile']) {
    it(`${tag} asks for its data ahead of its first update, not from inside it`, async () => {
      clearDatasetCache();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement(tag) as Hooked;
      el.setAttribute('src', `${DATA}/catalogue.json`);
      el.setAttribute('indicator', 'ehcp-20-weeks');
      el.setAttribute('area', 'Salford');
      const updating = watch(el as unknown as Record<'willUpdate', () => void>, 'willUpdate');
      const seen: { url: string; updating: boolean }[] = [];
      const original = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        seen.push({ url: String(input), updating: updating.during() });
        return original(input, init);
      }) as typeof fetch;
      try {
        wrapper.append(el);
        await until(el, '.chart svg, [role=alert], .facts', 30000);
      } finally {
        window.fetch = original;
      }
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(seen.length, 'requests').to.be.greaterThan(0);
      expect(seen.filter((s) => s.updating).map((s) => s.url), 'asked for from inside the first update').to.deep.equal([]);
    });
  }

  it('a spine of many indicators starts its requests a few a task, however long each fetch() takes', async () => {
    clearDatasetCache();
    const catalogue = await (await fetch(`${DATA}/catalogue.json`)).json() as { indicators: { id: string; coverage: string }[] };
    const ids = catalogue.indicators.filter((i) => i.coverage === 'la').slice(0, 40).map((i) => i.id);
    // A task count that moves on between tasks: a message loop that runs whenever the page yields.
    let task = 0;
    let on = true;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { task++; if (on) ch.port2.postMessage(0); };
    ch.port2.postMessage(0);
    const perTask = new Map<number, number>();
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      perTask.set(task, (perTask.get(task) ?? 0) + 1);
      // A phone's fetch(): 10 ms each, more than a turn's budget.
      const until10 = performance.now() + 10;
      while (performance.now() < until10);
      return original(input, init);
    }) as typeof fetch;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement('inclusion-spine');
      el.setAttribute('src', `${DATA}/catalogue.json`);
      el.setAttribute('area', 'Salford');
      el.setAttribute('indicators', ids.join(' '));
      const ready = new Promise((r) => el.addEventListener('inclusion-ready', r, { once: true }));
      wrapper.append(el);
      await ready;
    } finally {
      window.fetch = original;
      on = false;
      ch.port1.close();
    }
    const counts = [...perTask.values()];
    expect(counts.reduce((a, b) => a + b, 0)).to.be.at.least(ids.length);
    // Eight a task before: tasks of 80 ms here. One (or two, with a file the catalogue names beside them) now.
    expect(Math.max(...counts)).to.be.at.most(2);
  });

  it('the data table is made in a turn of its own, not inside the first render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('inclusion-ranking') as unknown as HTMLElement & { table(m: unknown): unknown; update(c: Map<string, unknown>): void };
    el.setAttribute('src', `${DATA}/catalogue.json`);
    el.setAttribute('indicator', 'ehcp-20-weeks');
    el.setAttribute('area', 'Salford');
    const updating = watch(el as unknown as Record<'update', () => void>, 'update');
    const made: boolean[] = [];
    const table = el.table;
    el.table = function (m) { made.push(updating.during()); return table.call(this, m); };
    wrapper.append(el);
    await until(el, '.chart svg, [role=alert]', 30000);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    // Made once, outside any update (so in no render).
    expect(made).to.deep.equal([false]);
  });

  it('an area changed straight after connecting is the one loaded and drawn, once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('inclusion-benchmark');
    el.setAttribute('src', `${DATA}/catalogue.json`);
    el.setAttribute('indicator', 'ehcp-20-weeks');
    el.setAttribute('area', 'Salford');
    wrapper.append(el);
    el.setAttribute('area', 'Manchester');
    let ready = 0;
    el.addEventListener('inclusion-ready', () => ready++);
    await until(el, '.chart svg, [role=alert]', 30000);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include('Manchester');
    expect(ready).to.equal(1);
  });
});
