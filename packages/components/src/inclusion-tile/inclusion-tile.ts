import { html, nothing, svg } from 'lit';
import { benchmarkTable, formatChange, formatValue, type Benchmark } from '@inclusion-dashboard/core';
import { BenchmarkElement } from '../shared/benchmark-element';
import { tileStyles } from './inclusion-tile.styles';

const ARROWS = {
  up: svg`<path d="M12 3 4 12h5v9h6v-9h5z"/>`,
  down: svg`<path d="M12 21 4 12h5V3h6v9h5z"/>`,
  same: svg`<path d="M3 9h18v6H3z"/>`,
};

/**
 * Headline tile: one indicator's latest value for an LA, with England, region and neighbours in text, the
 * direction of travel judged by polarity (an arrow and a word), the quartile band and the rank. No chart.
 *
 * @attr src - URL(s) of observations extracts, space-separated.
 * @attr indicator - Indicator id or LAIT measure code.
 * @attr area - ONS code, 3-digit LA number or name.
 * @attr period - Optional period; the latest by default.
 * @attr breakdown - Optional breakdown value; the total by default.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the tile has its data; detail is the benchmark.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionTile extends BenchmarkElement {
  static override styles = [...BenchmarkElement.styles, tileStyles];

  constructor() {
    super();
    this.chartless = true;
    this.summaryVisible = false;
  }

  protected subtitle(b: Benchmark): string {
    return `${b.area.name}${b.breakdown !== b.indicator.breakdown.total ? `, ${b.breakdown}` : ''}, ${b.periodLabel}`;
  }

  protected override lead(b: Benchmark) {
    const m = b.indicator;
    const f = (v: number | null | undefined, s?: Benchmark['status']) => formatValue(v ?? null, m, s ?? (v == null ? 'x' : null));
    const arrow = b.change === null ? null : b.change > 0 ? ARROWS.up : b.change < 0 ? ARROWS.down : ARROWS.same;
    return html`
      <div class="figure-row" aria-hidden="true">
        <span class="value">${f(b.value, b.status)}</span>
        <span class="unit">${m.unitLabel}</span>
      </div>
      <dl class="facts">
        <dt>England</dt><dd>${f(b.england?.value, b.england?.status)}</dd>
        ${b.region ? html`<dt>${b.region.name}</dt><dd>${f(b.region.value, b.region.status)}</dd>` : nothing}
        ${b.neighbours.values.length ? html`<dt>Statistical neighbours</dt><dd>${f(b.neighbours.mean)} <span class="unit">(average of\u00a0${b.neighbours.n})</span></dd>` : nothing}
        ${b.rank !== null ? html`<dt>Rank</dt><dd>${b.rank} of ${b.of}${m.polarity === 'none' ? ' (1\u00a0=\u00a0highest)' : ' (1\u00a0=\u00a0best)'}</dd>` : nothing}
        ${b.band ? html`<dt>Quartile band</dt><dd><span class="band">${b.band}</span> <span class="unit">A is best</span></dd>` : nothing}
        <dt>Since ${b.previous?.periodLabel ?? 'last period'}</dt>
        <dd>${arrow && b.direction
          ? html`<span class="travel"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${arrow}</svg>${b.direction === 'no change' ? 'No change' : `${b.direction.charAt(0).toUpperCase()}${b.direction.slice(1)}`} (${formatChange(b.change as number, m)})</span>`
          : html`<span class="unit">Not compared${b.notes.some((n) => n.startsWith('Not compared')) ? ': series break' : ''}</span>`}</dd>
      </dl>
    `;
  }

  protected table(b: Benchmark) {
    return benchmarkTable(b, false);
  }

  protected draw(): null {
    return null;
  }
}
