// Issue 14: keyboard focus keeps every mark's contrast, Escape keeps the reader's place, and a visible readout
// shows the focused or hovered point in the same words as the live region.
import { expect, html } from '@open-wc/testing';
import '../src/define-all';
import { contrast } from '@inclusion-dashboard/core';
import { DATA, mountChart } from './helpers';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const chartOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
const readout = (el: Element) => squash(el.shadowRoot!.querySelector('.readout')!.textContent);
const live = (el: Element) => squash(el.shadowRoot!.querySelector('[aria-live]')!.textContent);

function press(el: Element, key: string): void {
  chartOf(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

const CHARTS = [
  ['inclusion-benchmark', 'ehcp-20-weeks'], ['inclusion-trend', 'persistent-absence'], ['inclusion-ranking', 'ehcp-20-weeks'],
  ['inclusion-spine', ''], ['inclusion-breakdown', 'persistent-absence'],
] as const;

async function mountOne(tag: string, indicator: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  Object.assign(el, { src: `${DATA}/ehcp.arrow ${DATA}/attendance.arrow ${DATA}/exclusions.arrow ${DATA}/ap.arrow ${DATA}/context.arrow`, area: 'Salford' });
  if (indicator) el.setAttribute('indicator', indicator);
  return mountChart<HTMLElement>(html`${el}`);
}

describe('focus, readout and pointer', () => {
  for (const [tag, indicator] of CHARTS) {
    it(`${tag}: focus paints no background behind the marks, and every mark keeps 3:1`, async () => {
      const el = await mountOne(tag, indicator);
      const chart = chartOf(el);
      chart.focus();
      press(el, 'ArrowRight');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(chart).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const background = getComputedStyle(el).backgroundColor;
      // Data marks: dots and bars (focus rings and rules are lines and strokes).
      for (const m of chart.querySelectorAll('svg circle:not(.focus-ring):not(.focus-ring-halo), svg rect')) {
        const fill = getComputedStyle(m).fill;
        if (!fill || fill === 'none' || /rgba\(.*, 0\)$/.test(fill) || getComputedStyle(m).opacity === '0') continue;
        const box = m.getBoundingClientRect();
        if (box.width < 2 || box.height < 2) continue;
        if (fill === background) continue;
        // A light fill counts when its outline carries the 3:1 (the spine's range bar).
        const cs = getComputedStyle(m);
        const outlined = cs.stroke && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 1 ? contrast(cs.stroke, background) : 0;
        expect(Math.max(contrast(fill, background), outlined), `${tag} ${m.outerHTML.slice(0, 80)}`).to.be.at.least(3);
      }
    });

    it(`${tag}: the readout shows what the live region says; Escape clears it and keeps focus on the chart`, async () => {
      const el = await mountOne(tag, indicator);
      const chart = chartOf(el);
      chart.focus();
      press(el, 'ArrowRight');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(readout(el)).to.not.equal('');
      expect(live(el)).to.equal(readout(el));
      press(el, 'Escape');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // Focus is checked after the tasks and frames that follow too, so a blur put off until later is caught.
      await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => requestAnimationFrame(r));
      expect(readout(el)).to.equal('');
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(chart);
    });
  }

  it('hovering a mark shows it in the readout; leaving clears it', async () => {
    const el = await mountOne('inclusion-ranking', 'ehcp-20-weeks');
    const chart = chartOf(el);
    const dot = chart.querySelector('svg g.selected circle') ?? chart.querySelector('svg circle')!;
    const r = dot.getBoundingClientRect();
    chart.dispatchEvent(new PointerEvent('pointermove', { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true }));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(readout(el)).to.contain('Salford');
    expect(chart.querySelector('.focus-ring')).to.exist;
    chart.dispatchEvent(new PointerEvent('pointerleave'));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(readout(el)).to.equal('');
  });

  it('a point that gives its own rank is not given a second total', async () => {
    const el = await mountOne('inclusion-ranking', 'ehcp-20-weeks');
    chartOf(el).focus();
    press(el, 'ArrowRight');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(live(el)).to.match(/^Rank \d+ of \d+/);
    expect(live(el)).to.not.match(/\(\d+ of \d+\)$/);
  });

  it('sort buttons are named by their column alone: the arrows have empty alternative text', async () => {
    const el = await mountOne('inclusion-benchmark', 'ehcp-20-weeks');
    const button = el.shadowRoot!.querySelector('th button.sort')!;
    expect(getComputedStyle(button, '::after').content).to.match(/\/ ""$/);
  });

  it('the title is not repeated inside the keyboard help', async () => {
    const el = await mountOne('inclusion-benchmark', 'ehcp-20-weeks');
    const keys = el.shadowRoot!.querySelector('.keys')!;
    const title = squash(el.shadowRoot!.querySelector('.title')!.textContent);
    expect(squash(keys.textContent)).to.not.contain(title);
  });
});
