import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import * as Plot from '@observablehq/plot';
import {
  benchmark, describeBenchmark, formatCell, formatValue, STATUS_KEY, STATUS_REASON,
  type Benchmark, type Status,
} from '@inclusion-dashboard/core';
import { baseStyles } from '../shared/base.styles';
import { loadDataset } from '../shared/dataset';
import { SERIES } from '../shared/palette';
import { adoptPlot } from '../shared/plot-svg';
import { benchmarkStyles } from './inclusion-benchmark.styles';

interface BarRow {
  key: string;
  label: string;
  value: number | null;
  status: Status | null;
  selected: boolean;
}

/**
 * An LA's latest value beside its statistical-neighbour average, its region and England.
 *
 * @attr src - URL of an observations extract (Arrow IPC file).
 * @attr indicator - Indicator id, e.g. `ehcp-20-weeks`.
 * @attr area - ONS code, 3-digit LA number or name.
 * @attr period - Optional period (`201819`, `2018/19` or `2022`); the latest by default.
 * @attr breakdown - Optional breakdown value; the total by default.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the benchmark.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionBenchmark extends LitElement {
  static override styles = [baseStyles, benchmarkStyles];

  @property() src = '';
  @property() indicator = '';
  @property() area = '';
  @property() period = '';
  @property() breakdown = '';

  @state() private result: Benchmark | null = null;
  @state() private error: string | null = null;
  @state() private loading = false;
  @state() private width = 0;

  @query('.chart') private chartEl?: HTMLElement;

  private request = 0;
  private resize?: ResizeObserver;
  private frame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Coalesce bursts of resize events into one redraw per frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (w && w !== this.width) this.width = w;
      });
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['src', 'indicator', 'area', 'period', 'breakdown'].some((k) => changed.has(k))) void this.load();
  }

  private async load(): Promise<void> {
    const id = ++this.request;
    if (!this.src || !this.indicator || !this.area) {
      this.result = null;
      return;
    }
    this.loading = true;
    try {
      const ds = await loadDataset(this.src);
      if (id !== this.request) return;
      this.result = benchmark(ds.data, ds.areas, {
        indicator: this.indicator, area: this.area,
        period: this.period || undefined, breakdown: this.breakdown || undefined,
      });
      this.error = null;
    } catch (e) {
      if (id !== this.request) return;
      this.result = null;
      this.error = e instanceof Error ? e.message : String(e);
      this.dispatchEvent(new CustomEvent('inclusion-error', {
        bubbles: true, composed: true,
        detail: { code: (e as { code?: string }).code ?? 'error', message: this.error },
      }));
    } finally {
      if (id === this.request) this.loading = false;
    }
  }

  private rows(b: Benchmark): BarRow[] {
    const rows: BarRow[] = [{ key: 'area', label: b.area.name, value: b.value, status: b.status, selected: true }];
    if (b.neighbours.values.length) {
      rows.push({ key: 'neighbours', label: 'Statistical neighbours (average)', value: b.neighbours.mean, status: b.neighbours.mean === null ? 'x' : null, selected: false });
    }
    if (b.region) rows.push({ key: 'region', label: b.region.name, value: b.region.value, status: b.region.status, selected: false });
    if (b.england && b.area.level !== 'National') rows.push({ key: 'england', label: 'England', value: b.england.value, status: b.england.status, selected: false });
    return rows;
  }

  protected override updated(): void {
    const el = this.chartEl;
    const b = this.result;
    if (!el || !b) return;
    const rows = this.rows(b);
    const m = b.indicator;
    const drawn = rows.filter((r) => r.value !== null);
    const width = Math.max(240, this.width || this.clientWidth || 600);
    const fmt = (v: number) => formatValue(v, m);
    // Labels sit left of the bars when they fit in 40% of the width, otherwise above each bar, never truncated.
    const longest = Math.max(...rows.map((r) => r.label.length)) * 7.6 + 12;
    const above = longest > width * 0.4;
    const band = above ? 58 : 40;
    const max = Math.max(...drawn.map((r) => r.value as number), 0) || 1;
    const svg = Plot.plot({
      width,
      height: 30 + rows.length * band,
      marginLeft: above ? 10 : longest,
      marginRight: 64,
      marginTop: 6,
      style: { fontSize: '14px', background: 'transparent' },
      x: { label: null, grid: true, nice: true, domain: [0, max], ticks: Math.max(2, Math.floor(width / 90)), tickFormat: (d: number) => d.toLocaleString('en-GB') },
      y: { label: null, domain: rows.map((r) => r.label), tickSize: 0, axis: above ? null : 'left', padding: above ? 0.5 : 0.3, align: 1 },
      marks: [
        Plot.barX(drawn, {
          x: 'value', y: 'label',
          fill: (r: BarRow) => (r.selected ? SERIES.selected : SERIES.comparator),
          className: 'bars',
        }),
        Plot.text(drawn, {
          x: 'value', y: 'label', text: (r: BarRow) => fmt(r.value as number), dx: 6, textAnchor: 'start', fill: 'currentColor',
        }),
        Plot.text(rows.filter((r) => r.value === null), {
          x: 0, y: 'label', text: (r: BarRow) => `not available (${STATUS_REASON[r.status ?? 'x']})`, dx: 6, textAnchor: 'start', fill: 'currentColor',
        }),
        above
          ? Plot.text(rows, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dy: -band * 0.38, fill: 'currentColor', fontWeight: 'bold' })
          : null,
        Plot.ruleX([0]),
      ],
    });
    el.replaceChildren(adoptPlot(svg));
    this.dispatchEvent(new CustomEvent('inclusion-ready', { detail: b }));
  }

  override render() {
    if (this.error) {
      return html`<div class="error" role="alert"><strong>This chart cannot be shown.</strong> ${this.error}</div>`;
    }
    const b = this.result;
    if (!b) return html`<p class="subtitle" aria-busy=${this.loading ? 'true' : 'false'}>${this.loading ? 'Loading data…' : ''}</p>`;
    const m = b.indicator;
    const rows = this.rows(b);
    const statuses = [...new Set(rows.map((r) => r.status).filter((s): s is Status => !!s))];
    const sub = `${b.area.name}${b.breakdown !== m.breakdown.total ? `, ${b.breakdown}` : ''}, ${b.periodLabel}, compared with ${b.neighbours.values.length ? 'statistical neighbours, ' : ''}${b.region ? `${b.region.name} and ` : ''}England. ${m.unitLabel.charAt(0).toUpperCase()}${m.unitLabel.slice(1)}.`;
    return html`
      <figure part="figure" aria-labelledby="title" aria-describedby="summary">
        <figcaption>
          <p class="title" id="title" part="title" role="heading" aria-level="3">${m.label}</p>
          <p class="subtitle">${sub}</p>
        </figcaption>
        <p class="headline" id="summary" part="summary">
          <span class="big">${formatValue(b.value, m, b.status)}</span>${describeBenchmark(b)}
        </p>
        <div class="chart" part="chart"></div>
        <details>
          <summary>Show the data as a table</summary>
          <table part="table">
            <caption>${m.label}, ${b.periodLabel} (${m.unitLabel})</caption>
            <thead><tr><th scope="col">Area</th><th scope="col" class="num">Value</th></tr></thead>
            <tbody>
              ${rows.map((r) => html`<tr><th scope="row">${r.label}</th><td class="num">${formatCell(r.value, m, r.status)}</td></tr>`)}
            </tbody>
          </table>
          ${statuses.length ? html`<p class="notes">Key: ${statuses.map((s) => html`<span>${s} = ${STATUS_KEY[s]} </span>`)}</p>` : nothing}
        </details>
        ${b.notes.length || m.breaks.length ? html`<ul class="notes">${[...b.notes].map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
        <p class="source">Source: ${safeLink(m.source.url, m.source.publication)}. ${m.latestRelease}.</p>
      </figure>
    `;
  }
}

/** Links only to https: a hostile extract cannot smuggle a javascript: URL. */
function safeLink(url: string, text: string) {
  try {
    if (new URL(url).protocol === 'https:') return html`<a href=${url}>${text}</a>`;
  } catch { /* not a URL */ }
  return html`${text}`;
}
