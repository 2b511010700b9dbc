// Issue 13: every failure ends in the element's error state and one `inclusion-error`: a draw() that throws, and
// an indicator with no rows at all (which once left "Loading data…" for ever, with an uncaught TypeError).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all';
import { ObservationsExtract, type Trend } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';
import { InclusionTrend } from '../src/inclusion-trend/inclusion-trend';
import type { InclusionErrorDetail } from '@inclusion-dashboard/core';
import { DATA, uncaughtErrors, until } from './helpers';

const EHCP = `${DATA}/ehcp.arrow`;

/** A trend whose drawing always fails, as a bug in a layout would. */
class ThrowingTrend extends InclusionTrend {
  protected override draw(_t: Trend, _width: number): never {
    throw new TypeError('Cannot read properties of undefined (reading \'value\')');
  }
}
customElements.define('throwing-trend', ThrowingTrend);

/** A trend whose chart code (Plot's chunk) does not download, as on a dropped connection. */
class OfflineTrend extends InclusionTrend {
  protected override drawCode(): Promise<void> {
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://example.org/chunks/plot-NZ.js'));
  }
}
customElements.define('offline-trend', OfflineTrend);

const uncaught = uncaughtErrors();
afterEach(() => expect(uncaught, 'no uncaught exceptions').to.deep.equal([]));

/** Mounts `tag` with `props` and records every inclusion-error and inclusion-ready it fires within `ms` of showing an alert. */
async function mountAndWatch(tag: string, props: Record<string, unknown>, ms = 300) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement(tag);
  const errors: InclusionErrorDetail[] = [];
  let ready = 0;
  el.addEventListener('inclusion-error', (e) => errors.push((e as CustomEvent<InclusionErrorDetail>).detail));
  el.addEventListener('inclusion-ready', () => ready++);
  Object.assign(el, props);
  wrapper.append(el);
  await until(el, '[role=alert]');
  await new Promise((r) => setTimeout(r, ms));
  const alert = (el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { el, errors, ready, alert };
}

describe('a draw() that throws', () => {
  it('ends in the error state with one inclusion-error (code draw) and no inclusion-ready', async () => {
    const { el, errors, ready, alert } = await mountAndWatch('throwing-trend', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(errors.map((e) => e.code)).to.deep.equal(['draw']);
    expect(ready).to.equal(0);
    expect(alert).to.contain('This chart could not be drawn.').and.to.contain('drawing them failed');
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
  });
});

describe('chart code that does not download', () => {
  it('ends in the error state in the reader\'s words, not the browser\'s', async () => {
    const { errors, ready, alert } = await mountAndWatch('offline-trend', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(errors.map((e) => e.code)).to.deep.equal(['draw']);
    expect(ready).to.equal(0);
    expect(alert).to.contain('the code that draws the chart did not download: check the connection');
    expect(alert).to.not.contain('dynamically imported');
  });
});

describe('an indicator with no rows', () => {
  let url = '';
  before(async () => {
    const ehcp = new ObservationsExtract(new Uint8Array(await (await fetch(EHCP)).arrayBuffer()));
    const abs = (p: string) => `${location.origin}${p}`;
    const bytes = writeObservations([], { ...ehcp.meta, areas: abs(`${DATA}/areas.arrow`), neighbours: abs(`${DATA}/neighbours.arrow`) });
    url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/vnd.apache.arrow.file' }));
  });

  for (const [tag, props] of [
    ['inclusion-trend', { area: 'Salford' }], ['inclusion-tile', { area: 'Salford' }], ['inclusion-benchmark', { area: 'Salford' }],
    ['inclusion-ranking', {}], ['inclusion-breakdown', { area: 'Salford' }], ['inclusion-spine', { area: 'Salford', indicators: 'ehcp-20-weeks' }],
    ['inclusion-table', { view: 'regions' }],
  ] as const) {
    it(`${tag} ends in an error, not "Loading data…"`, async () => {
      const { el, errors, alert } = await mountAndWatch(tag, { src: url, indicator: 'ehcp-20-weeks', ...props });
      expect(errors.length, JSON.stringify(errors)).to.equal(1);
      expect(['empty', 'unknown-period']).to.include(errors[0].code);
      expect(alert).to.contain('ehcp plans issued within 20 weeks'.replace('ehcp', 'EHC'));
      expect(el.shadowRoot!.textContent).to.not.contain('Loading data');
    });
  }
});
