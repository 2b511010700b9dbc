import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/inclusion-spine/define';
import { ALL, DATA, mountChart, text, failsWith, expectTextInside } from './helpers';
import { ROWS_FIRST, ROWS_PER_PART, type InclusionSpine } from '../src/inclusion-spine/inclusion-spine';
import { chartSvg, standaloneSvg } from '../src/shared/chart-export';


/** A spine drawn whole: the first part and the key are drawn first, the other rows in parts of their own after it. */
async function mount(template: ReturnType<typeof html>, width = 1000): Promise<InclusionSpine> {
  const ready = new Promise((resolve) => document.addEventListener('inclusion-ready', resolve, { once: true }));
  const el = await mountChart<InclusionSpine>(template, width);
  if (!el.shadowRoot!.querySelector('[role=alert]')) await ready;
  return el;
}

/** The first part's SVG, sized for every row. */
const svgOf = (el: Element) => el.shadowRoot!.querySelector('.chart svg')!;
/** Every part of the drawing. */
const drawingOf = (el: Element) => el.shadowRoot!.querySelector('.chart .spine-parts')!;
/** The first `n` indicators the sample catalogue has for LAs: a long spine. */
async function laIndicators(n: number): Promise<string[]> {
  const catalogue = await (await fetch(`${DATA}/catalogue.json`)).json() as { indicators: { id: string; coverage: string }[] };
  return catalogue.indicators.filter((i) => i.coverage === 'la').slice(0, n).map((i) => i.id);
}
/** Each text element's words, its wrapped lines joined by spaces. */
const svgTexts = (el: Element) => [...drawingOf(el).querySelectorAll('text')].map((t) => {
  const spans = [...t.querySelectorAll('tspan')];
  return (spans.length ? spans.map((s) => s.textContent).join(' ') : t.textContent ?? '').replace(/\u00a0/g, ' ');
});
const summary = (el: Element) => el.shadowRoot!.querySelector('[part=summary]')!.textContent!.replace(/\s+/g, ' ');
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
const markers = (el: Element, cmp: string) => drawingOf(el).querySelectorAll(`g.la-${cmp} > *`);
/** The centre x of a marker, from its transform or circle. */
const markerX = (m: Element) => m.getBoundingClientRect().left + m.getBoundingClientRect().width / 2;

function key(el: InclusionSpine, k: string): void {
  el.shadowRoot!.querySelector<HTMLElement>('.chart')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}

describe('<inclusion-spine>', () => {
  it('draws Salford on the default indicators, each against all LAs and England, right is better', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`);
    const svg = drawingOf(el);
    // Ten default indicators, all present in the sample extracts: a range, a middle half and England for each.
    expect(svg.querySelectorAll('g.spine-range rect').length).to.equal(10);
    expect(svg.querySelectorAll('g.spine-iqr rect').length).to.equal(10);
    expect(svg.querySelectorAll('g.spine-england line').length).to.equal(10);
    // The LA's marker is core's verdict, as the CLI prints it (`benchmark … --json` "comparison"): by the 95%
    // interval from the published counts, worse on PRU absence, similar on EHC plans in 20 weeks (England inside
    // Salford's interval), better on EHC plans excluding exceptions; the other seven publish no counts (or are rates
    // of events), so they are not compared.
    expect(markers(el, 'worse').length).to.equal(1);
    expect(markers(el, 'similar').length).to.equal(1);
    expect(markers(el, 'better').length).to.equal(1);
    expect(markers(el, 'not-compared').length).to.equal(7);
    for (const cmp of ['worse', 'better']) {
      expect(markers(el, cmp)[0].closest('g')!.getAttribute('fill')?.toLowerCase()).to.equal('#12436d');
    }
    expect(markers(el, 'similar')[0].closest('g')!.getAttribute('stroke')?.toLowerCase()).to.equal('#12436d');
    expect(markers(el, 'similar')[0].closest('g')!.getAttribute('fill')?.toLowerCase()).to.equal('#ffffff');
    // Right is better: a worse marker is left of England's line, a better one right of it.
    const england = svg.querySelector('g.spine-england line')!.getBoundingClientRect().left;
    expect(markerX(markers(el, 'worse')[0])).to.be.below(england);
    expect(markerX(markers(el, 'better')[0])).to.be.above(england);
    // The numbers are written on every row (CLI: persistent absence 2024/25 Salford 20.57%, England 18.14%,
    // rank 131 of 153, band D; permanent exclusions 2023/24 0.29% against 0.13%; PRU absence 2022/23 44.16% against 40.75%, as published to 2 decimals).
    const labels = svgTexts(el);
    for (const t of ['Persistent absence rate', 'EHC plans issued within 20 weeks (excluding exceptions)', '20.57%', '18.14%', '131 of 153, D', '2024/25', '0.29%', '0.13%', '44.16%', '40.75%', '6 of 153']) {
      expect(labels.some((l) => l.includes(t)), t).to.equal(true);
    }
    expect(labels.join(' ')).to.contain('Worse than England').and.to.contain('Not compared with England (counts not published); no better/worse direction (right is higher)');
    const s = summary(el);
    // The most important thing first: the worst quarter.
    expect(s).to.match(/^Salford is in the worst quarter of councils \(band D\) on 4 of 8: persistent absence rate, overall absence rate, suspension rate and permanent exclusion rate\./);
    expect(s).to.contain('It is in the best quarter (band A) on none of 8.');
    expect(s).to.contain('For its place among councils, it is furthest behind England on permanent exclusion rate (0.29%, England 0.13%)');
    expect(s).to.contain('Against England, allowing for chance, it is better on 1, similar on 1 and worse on 1.');
    expect(s).to.contain('Not compared with England on 7 (counts not published or not a share of pupils).');
    expect(s).to.contain('Pupils with an EHC plan and pupils with SEN support have no better or worse direction');
    // The table: the figures with the spread of LAs (CLI quartiles for persistent absence: 16.94%, 19.54%).
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((t) => t.textContent!.trim());
    expect(heads).to.deep.equal(['Indicator', 'Period', 'Value', 'England', 'Worst LA value', '25th percentile', '75th percentile', 'Best LA value', 'Rank', 'Band', 'Against England']);
    const first = [...el.shadowRoot!.querySelectorAll('tbody tr')[0].children].map((c) => c.textContent!.trim());
    expect(first).to.deep.equal(['Persistent absence rate', '2024/25', '20.57%', '18.14%', '24.36%', '19.54%', '16.94%', '5.98%', '131 of 153', 'D', 'Not compared with England (counts not published)']);
    // Issue 14, item 6: the verdict each row's marker shows is in the table, row for row.
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    const drawn = svgTexts(el).join(' ');
    expect(rows.filter((r) => r[10]).length).to.be.greaterThan(5);
    for (const r of rows) if (r[10]) expect(drawn, r[0]).to.contain(r[10]);
    expect(rows.map((r) => r[10])).to.include('Worse than England');
  });

  it('defines every indicator it shows, and names each publication once', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.children[0].textContent!.trim());
    const defined = [...el.shadowRoot!.querySelectorAll('.definitions dt')].map((d) => d.textContent!.trim());
    expect(rows.length).to.equal(10);
    expect(defined).to.deep.equal(rows);
    expect([...el.shadowRoot!.querySelectorAll('.definitions dd')].every((d) => d.textContent!.trim().length > 20)).to.equal(true);
    // Ten indicators from four publications (absence and suspensions via LAIT, PRU absence, EHC plans).
    const links = [...el.shadowRoot!.querySelectorAll('.source a')].map((a) => a.getAttribute('href'));
    expect(links.length).to.equal(4);
    expect(new Set(links).size).to.equal(4);
  });

  it('announces each indicator when the keyboard moves along the markers', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="E08000006"></inclusion-spine>`);
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    key(el, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.equal('Persistent absence rate, 2024/25: Salford 20.57%, England 18.14%, rank 131 of 153, band D, not compared with England (counts not published) (1 of 10)');
    key(el, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.contain('Overall absence rate, 2024/25: Salford 7.28%, England 6.78%, rank 124 of 153, band D');
    key(el, 'End');
    await el.updateComplete;
    expect(live(el)).to.equal('Pupils with SEN support, 2024/25: Salford 17.4%, England 14.2%, rank 6 of 153 (1 is highest), not compared with England (counts not published) (10 of 10)');
    key(el, 'Home');
    await el.updateComplete;
    expect(live(el)).to.match(/^Persistent absence rate, 2024\/25: Salford 20\.57%/);
    expect(el.shadowRoot!.querySelector('.chart svg g.focus-layer circle')).to.exist;
  });

  it('lists indicators it cannot show: Westmorland and Furness has no PRU figures', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="Westmorland and Furness"></inclusion-spine>`);
    expect(drawingOf(el).querySelectorAll('g.spine-range rect').length).to.equal(9);
    expect(svgTexts(el)).to.not.include('Absence rate in pupil referral units');
    const notes = [...el.shadowRoot!.querySelectorAll('.notes li')].map((l) => l.textContent!.trim());
    expect(notes).to.include('Not shown: Absence rate in pupil referral units, no figures for Westmorland and Furness.');
    // CLI: persistent absence 15.57% against 18.14%; EHC plans in 20 weeks 89.7% (2024).
    expect(svgTexts(el).join(' ')).to.contain('15.57%').and.to.contain('89.7%');
    expect(summary(el)).to.contain('It is in the best quarter (band A) on 7 of 7');
    expect(summary(el)).to.contain('No measure is on the worse side of England');
  });

  it('shows Cumbria up to its abolition in 2023, each indicator at its own latest period', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="909"></inclusion-spine>`);
    const labels = svgTexts(el);
    // CLI: persistent absence 2022/23 24.78% against 21.22%; EHC plans in 20 weeks 2022 67.2% against 47.7%.
    for (const t of ['2022/23', '2022', '24.78%', '21.22%', '67.2%', '47.7%']) expect(labels.some((l) => l.includes(t)), t).to.equal(true);
    expect(text(el)).to.contain('Cumbria existed until 31 March 2023').and.to.contain('replaced by Cumberland and Westmorland and Furness');
  });

  it('draws a small LA\'s published figure as DfE published it (Isles of Scilly: 1 of 1 plans in time)', async () => {
    // DfE published EHC plan figures unsuppressed, so the smallest LA's 100.0% is shown and ranked, as in LAIT.
    const el = await mount(html`<inclusion-spine src=${ALL} area="Isles of Scilly" indicators="persistent-absence ehcp-20-weeks tribunal-appeal-rate"></inclusion-spine>`);
    expect(svgOf(el).querySelectorAll('g.spine-range rect').length).to.equal(3);
    const drawn = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'].reduce((n, c) => n + markers(el, c).length, 0);
    expect(drawn).to.equal(3);
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')][1];
    expect(row.textContent).to.contain('100.0%');
    expect(text(el)).to.not.contain('not available (suppressed)');
  });

  it('takes indicators as ids or LAIT codes', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="Salford" indicators="TotPerAbNew SEN_EHC_All_20wks"></inclusion-spine>`);
    expect(svgOf(el).querySelectorAll('g.spine-range rect').length).to.equal(2);
    expect(svgTexts(el).join(' ')).to.contain('20.57%').and.to.contain('50.1%');
  });

  it('marks a provisional row [p] and a revised one [r] in the chart and table, and says so in its notes (issue 12)', async () => {
    // LAIT's phonics 2024/25 is "(prov)" and its A level AAB 2024/25 "(Rev)"; persistent absence is neither.
    const el = await mount(html`<inclusion-spine src=${`${DATA}/catalogue.json`} area="Salford" indicators="lait-ks1p-all lait-alevel-aab persistent-absence"></inclusion-spine>`);
    const drawn = svgTexts(el);
    expect(drawn).to.include('2024/25 [p]').and.to.include('2024/25 [r]').and.to.include('2024/25');
    // The key says what the marks stand for: each mark, bold, beside its words.
    expect(drawn).to.include('[p]').and.to.include('Provisional figure').and.to.include('[r]').and.to.include('Revised figure');
    const periods = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.children[1].textContent!.trim());
    expect(periods).to.deep.equal(['2024/25 [p]', '2024/25 [r]', '2024/25']);
    const notes = [...el.shadowRoot!.querySelectorAll('.notes li')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(notes).to.include('Figures marked [p] are provisional as published, and can be revised later: Phonics Decoding - All pupils (2024/25); '
      + 'figures marked [r] are revised as published: A levels AAB grades / Applied / Double awards (2024/25).');
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    key(el, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.match(/^Phonics Decoding - All pupils, 2024\/25 \(provisional\): Salford /);
  });

  it('shows an error for an unknown indicator and fires an event', async () => {
    await failsWith('inclusion-spine', { src: ALL, area: 'Salford', indicators: 'persistent-absence no-such-thing' }, 'unknown-indicator', 'no-such-thing');
  });

  it('fits 320px: labels above their rows, nothing wider than the element', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="Westmorland and Furness"></inclusion-spine>`, 320);
    await new Promise((r) => setTimeout(r, 100));
    const svg = svgOf(el);
    expect(Number(svg.getAttribute('width'))).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expectTextInside(svg, el.getBoundingClientRect());
    // Narrow layout: the label is bold, alone on its line(s), above the spine.
    const label = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'Persistent absence rate')!;
    expect(label.closest('g')!.getAttribute('font-weight')).to.equal('bold');
    expect(label.getBoundingClientRect().bottom).to.be.at.most(svg.querySelector('g.spine-range rect')!.getBoundingClientRect().top);
  });

  it('passes axe (WCAG 2.2 AA rules)', async () => {
    const el = await mount(html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`);
    await expect(el).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
  });

  it('a spine of a hundred rows is drawn six rows, then twelve a turn, and is ready once every row is in', async () => {
    // 120 indicators: those whose England figure is the national total (about one in five here) are left off.
    const ids = await laIndicators(120);
    // mount waits for inclusion-ready (it bubbles out of the shadow root), fired only once the last part is drawn.
    const el = await mount(html`<inclusion-spine src=${`${DATA}/catalogue.json`} area="Salford" indicators=${ids.join(' ')}></inclusion-spine>`);
    const rows = el.shadowRoot!.querySelectorAll('.chart svg g.spine-range rect').length;
    expect(rows).to.be.greaterThan(80);
    // The first six rows (and the key: drawn while the chart code is cold) in an SVG sized for every row; the rest
    // in SVGs of their own of up to twelve rows, laid over it in order, each where its first row belongs.
    expect([ROWS_FIRST, ROWS_PER_PART]).to.deep.equal([6, 12]);
    const [first, ...parts] = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('.spine-parts > svg')];
    expect(first.querySelectorAll('g.spine-range rect').length).to.equal(6);
    expect(parts.length).to.equal(Math.ceil((rows - 6) / 12));
    expect(parts.map((s) => s.querySelectorAll('g.spine-range rect').length).every((n) => n <= 12)).to.equal(true);
    const box = first.getBoundingClientRect();
    const tops = parts.map((p) => p.getBoundingClientRect().top - box.top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    parts.forEach((p, i) => expect(tops[i]).to.be.closeTo(Number(p.dataset.y), 0.5));
    expect(parts.every((p) => p.getBoundingClientRect().width === box.width)).to.equal(true);
    expect(parts.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 0.5);
    // A later part's row is drawn where it is (no part covers another), under the first SVG, which holds the ring.
    const lastRect = parts.at(-1)!.querySelector('g.spine-range rect:last-child')!;
    lastRect.scrollIntoView({ block: 'center' });
    const lastRow = lastRect.getBoundingClientRect();
    // (Compared as booleans: chai writing out an SVG of a hundred rows in a failure message hangs the page.)
    expect(el.shadowRoot!.elementFromPoint(lastRow.x + lastRow.width / 2, lastRow.y + lastRow.height / 2) === first).to.equal(true);
    // Every row's LA marker and the keyboard's points are there: End goes to the last row.
    key(el, 'Home');
    key(el, 'End');
    await el.updateComplete;
    expect(live(el)).to.match(new RegExp(`\\(${rows} of ${rows}\\)|${rows} of ${rows}`));
    // The last row's ring, in the first SVG, is shown over the last part.
    const ring = first.querySelector('g.focus-layer circle.focus-ring')!.getBoundingClientRect();
    expect(ring.top).to.be.at.least(parts.at(-1)!.getBoundingClientRect().top);
    const ringTop = el.shadowRoot!.elementFromPoint(ring.x + ring.width / 2, ring.y + 1);
    expect(ringTop?.closest('svg') === first).to.equal(true);
    // A part off screen is not laid out until it comes near; printed, every part is.
    expect(parts.every((p) => getComputedStyle(p).contentVisibility === 'auto')).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(parts.every((p) => getComputedStyle(p).contentVisibility === 'visible')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // LAIT's name for the series it republishes is one source, not linked (its series are from many publications):
    // each of its indicators links its own in the definitions, once they are all written.
    const source = el.shadowRoot!.querySelector('.source')!;
    const lait = 'DfE data via DfE Local Authority Interactive Tool';
    expect(source.textContent!.split(lait).length - 1).to.equal(1);
    expect([...source.querySelectorAll('a')].some((a) => a.textContent === lait)).to.equal(false);
    const defined = el.shadowRoot!.querySelector('.definitions dl')!;
    await waitUntil(() => defined.querySelectorAll('dt').length === rows, 'every definition written');
    const laitLinks = [...defined.querySelectorAll('dd a')].filter((a) => a.textContent === lait);
    expect(laitLinks.length).to.be.greaterThan(30);
    expect(laitLinks.every((a) => a.getAttribute('href')!.startsWith('https://'))).to.equal(true);
  });

  it('a long spine\'s parts stay in line with the first at a larger text size, where the page narrows them a pixel', async () => {
    const ids = await laIndicators(80);
    document.documentElement.style.setProperty('font-size', '24px');
    try {
      // 1264 px: laid out at 842.67 and drawn 1.5 times as large, 1265 px asked, 1264 given.
      const el = await mount(html`<inclusion-spine src=${`${DATA}/catalogue.json`} area="Salford" indicators=${ids.join(' ')}></inclusion-spine>`, 1264);
      const [first, ...parts] = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('.spine-parts > svg')];
      expect(parts.length).to.be.greaterThan(2);
      const box = first.getBoundingClientRect();
      const perUnit = box.height / first.viewBox.baseVal.height;
      expect(perUnit).to.be.closeTo(1.5, 0.01);
      for (const p of parts) {
        expect(p.getBoundingClientRect().top - box.top).to.be.closeTo(Number(p.dataset.y) * perUnit, 0.5);
        expect(p.getBoundingClientRect().width).to.equal(box.width);
      }
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('a long spine downloads whole: every part\'s rows in the one SVG file', async () => {
    const ids = await laIndicators(50);
    const el = await mount(html`<inclusion-spine src=${`${DATA}/catalogue.json`} area="Salford" indicators=${ids.join(' ')}></inclusion-spine>`);
    const rows = el.shadowRoot!.querySelectorAll('.chart svg g.spine-range rect');
    expect(el.shadowRoot!.querySelectorAll('.chart-part').length).to.be.greaterThan(1);
    const out = standaloneSvg(chartSvg(el.shadowRoot!.querySelector('.chart'))!, { title: 't', subtitle: 's', alt: 'a', source: 'Source', fileName: 'f' });
    document.body.append(out);
    const copied = [...out.querySelectorAll('g.spine-range rect')];
    expect(copied.length).to.equal(rows.length);
    // Each row where it is on the page, relative to the first row.
    const tops = (rs: Element[]) => rs.map((r) => Math.round(r.getBoundingClientRect().top - rs[0].getBoundingClientRect().top));
    expect(tops(copied)).to.deep.equal(tops([...rows]));
    expect(out.querySelector('.chart-part, svg svg svg')).to.equal(null);
    out.remove();
  });

  it('is laid out before its draw, a part\'s rows a turn, for the width it is drawn at', async () => {
    const ids = await laIndicators(60);
    const el = await mount(html`<inclusion-spine src=${`${DATA}/catalogue.json`} area="Salford" indicators=${ids.join(' ')}></inclusion-spine>`, 700);
    const made = (el as unknown as { laidOut: { model: unknown; width: number; layout: { height: number; placed: unknown[] } } }).laidOut;
    expect(made.model).to.equal((el as unknown as { model: unknown }).model);
    expect(made.width).to.equal(700);
    expect(made.layout.placed.length).to.equal(el.shadowRoot!.querySelectorAll('.chart svg g.spine-range rect').length);
    expect(Number(svgOf(el).getAttribute('height'))).to.equal(made.layout.height);
  });
});
