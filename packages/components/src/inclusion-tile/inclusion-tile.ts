import { html, nothing, svg } from 'lit';
import { benchmarkTable, describeBenchmark, formatValue, tileFacts, tileSubtitle, type Benchmark, type ExtractSet } from '@inclusion-dashboard/core';
import { asksBenchmark, benchmarkNotes, benchmarkOf } from '../shared/benchmark-model';
import { FigureElement } from '../shared/figure-element';
import { Comparisons } from '../shared/comparisons';
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
 * @attr compare - Optional LAs whose average is shown too: names, ONS codes or LA numbers, separated by commas or spaces.
 * @attr group - Optional comparator group: `region` (the region's other LAs, averaged), `neighbours-2021` or
 *   `neighbours-2025` (that statistical-neighbour model; the newest by default).
 * @attr group-label - Optional name for the chosen group, e.g. `Greater Manchester`.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the tile has its data; detail is the benchmark.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionTile extends Comparisons<FigureElement<Benchmark>>(FigureElement) {
  static override styles = [...FigureElement.styles, tileStyles];

  // The benchmark's model and words, as the benchmark bars have them; a figure with no chart.
  protected override ready = () => asksBenchmark(this);
  /** With no period asked for, core reads only the latest figures (and the year before, for the direction of travel). */
  protected override latestOnly = () => !this.period;
  protected compute = (set: ExtractSet) => benchmarkOf(this, set, this.comparison(set));
  protected heading = (b: Benchmark) => b.indicator.label;
  protected describe = (b: Benchmark) => describeBenchmark(b);
  protected override notes = benchmarkNotes;
  protected override sources = (b: Benchmark) => [b.indicator];

  /** The facts are listed, so the summary sentence is for screen readers only. */
  protected override summary(b: Benchmark) {
    return html`<p class="visually-hidden" id="${this.ids}-summary" part="summary">${this.describe(b)}</p>`;
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
}
