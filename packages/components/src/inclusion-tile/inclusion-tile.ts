import { html, nothing, svg } from 'lit';
import { benchmarkTable, formatValue, tileFacts, tileSubtitle, type Benchmark } from '@inclusion-dashboard/core';
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
    return tileSubtitle(b);
  }

  protected override lead(b: Benchmark) {
    const arrow = b.change === null || !b.direction ? null : b.change > 0 ? ARROWS.up : b.change < 0 ? ARROWS.down : ARROWS.same;
    const facts = tileFacts(b);
    const travel = facts.at(-1)!;
    return html`
      <div class="figure-row" aria-hidden="true">
        <span class="value">${formatValue(b.value, b.indicator, b.status)}</span>
        <span class="unit">${b.indicator.unitLabel}</span>
      </div>
      <dl class="facts">
        ${facts.slice(0, -1).map((f) => html`<dt>${f.term}</dt><dd>${f.key === 'band' ? html`<span class="band">${f.text}</span>` : f.text}${f.note ? html` <span class="unit">${f.note}</span>` : nothing}</dd>`)}
        <dt>${travel.term}</dt>
        <dd>${arrow
          ? html`<span class="travel"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${arrow}</svg>${travel.text}</span>`
          : html`<span class="unit">${travel.text}</span>`}</dd>
      </dl>
    `;
  }

  protected table(b: Benchmark) {
    return benchmarkTable(b, false, { facts: true });
  }

  protected draw(): null {
    return null;
  }
}
