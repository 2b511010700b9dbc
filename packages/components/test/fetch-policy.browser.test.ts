// What the elements fetch, and how: the host page's referrer policy holds, redirects cannot carry a companion file
// to another site, only https: and same-site addresses are fetched, and every shared attribute is validated.
// Fixtures: scripts/wtr-fixtures-plugin.mjs (/__fixtures/slow, /redirect, /cors, /log).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/inclusion-tile/define';
import '../src/inclusion-dashboard/define';
import { ObservationsExtract, type Observation } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';
import { clearDatasetCache } from '../src/shared/dataset';
import type { InclusionErrorDetail } from '@inclusion-dashboard/core';
import { DATA, until } from './helpers';

const EHCP = `${DATA}/ehcp.arrow`;
const ABS = (p: string) => `${location.origin}${p}`;

async function mountTile(props: Record<string, unknown>): Promise<{ el: HTMLElement; error: InclusionErrorDetail | null }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('inclusion-tile');
  let error: InclusionErrorDetail | null = null;
  el.addEventListener('inclusion-error', (e) => { error = (e as CustomEvent<InclusionErrorDetail>).detail; });
  Object.assign(el, { indicator: 'ehcp-20-weeks', area: 'Salford', ...props });
  wrapper.append(el);
  await until(el, 'figure, [role=alert]');
  return { el, error };
}

/** The EHCP extract rewritten with its companions named as given (absolute), as a blob: URL. */
async function withCompanions(areas: string, neighbours: string): Promise<string> {
  const x = new ObservationsExtract(new Uint8Array(await (await fetch(EHCP)).arrayBuffer()));
  const rows: Observation[] = Array.from({ length: x.rowCount }, (_, i) => x.row(i));
  const bytes = writeObservations(rows, { ...x.meta, areas, neighbours });
  return URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/vnd.apache.arrow.file' }));
}

describe('fetch policy', () => {
  let meta: HTMLMetaElement | null = null;
  beforeEach(() => clearDatasetCache());
  afterEach(() => { meta?.remove(); meta = null; });

  it('keeps the page\'s referrer policy: under no-referrer, no Referer is sent', async () => {
    meta = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' });
    document.head.append(meta);
    const id = `ref-${Math.random().toString(36).slice(2)}`;
    const { error } = await mountTile({ src: `/__fixtures/slow/0/${id}${EHCP}` });
    expect(error).to.equal(null);
    const log = await (await fetch(`/__fixtures/log/${id}`)).json();
    // The extract and its two companions, which resolve under the same fixture path.
    expect(log.hits).to.equal(3);
    expect(await (await fetch(`/__fixtures/referer/${id}`)).json()).to.equal(null);
  });

  it('sends a Referer when the element is told to', async () => {
    const id = `ref-${Math.random().toString(36).slice(2)}`;
    const { error } = await mountTile({ src: `/__fixtures/slow/0/${id}${EHCP}`, referrerPolicy: 'origin' });
    expect(error).to.equal(null);
    expect(await (await fetch(`/__fixtures/referer/${id}`)).json()).to.equal(`${location.origin}/`);
  });

  it('refuses a companion file redirected to another site, even one that allows the read', async () => {
    const src = await withCompanions(ABS(`/__fixtures/redirect${DATA}/areas.arrow`), ABS(`${DATA}/neighbours.arrow`));
    const { error } = await mountTile({ src });
    expect(error?.code).to.equal('bad-metadata');
    expect(error?.message).to.contain('redirected');
  });

  it('refuses a blob: companion, and a plain-http src on another site', async () => {
    const areasBlob = URL.createObjectURL(new Blob([new Uint8Array(await (await fetch(`${DATA}/areas.arrow`)).arrayBuffer())]));
    const src = await withCompanions(areasBlob, ABS(`${DATA}/neighbours.arrow`));
    expect((await mountTile({ src })).error?.code).to.equal('bad-metadata');
    // Refused before any request is made (nothing answers at .invalid).
    const cross = await mountTile({ src: 'http://data.invalid/ehcp.arrow' });
    expect(cross.error?.code).to.equal('network');
    expect(cross.error?.message).to.contain('only https:');
  });
});

describe('attribute validation', () => {
  for (const [props, says] of [
    [{ maxBytes: Number('abc') }, 'max-bytes must be'],
    [{ maxBytes: 0 }, 'max-bytes must be'],
    [{ timeout: -5 }, 'timeout must be'],
    [{ headingLevel: 0 }, 'heading-level must be'],
    [{ headingLevel: 2.5 }, 'heading-level must be'],
    [{ referrerPolicy: 'all' }, 'referrer-policy must be'],
  ] as const) {
    it(`${JSON.stringify(props)} is the element's error, not a silent default`, async () => {
      const { el, error } = await mountTile({ src: EHCP, ...props });
      expect(error?.code).to.equal('bad-attribute');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(says);
    });
  }

  it('a whitespace-only src is an error that says so', async () => {
    const { error } = await mountTile({ src: '   ' });
    expect(error?.code).to.equal('network');
    expect(error?.message).to.contain('No data address');
  });

  it('max-bytes="abc" on the dashboard is its error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('inclusion-dashboard');
    el.setAttribute('url-state', 'off');
    el.setAttribute('max-bytes', 'abc');
    const failed = new Promise<CustomEvent>((r) => el.addEventListener('inclusion-error', (e) => r(e as CustomEvent), { once: true }));
    el.setAttribute('src', EHCP);
    wrapper.append(el);
    expect((await failed).detail.code).to.equal('bad-attribute');
  });
});
