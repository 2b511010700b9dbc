import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  LOCAL_DATA_LABEL, STATUS_KEY, UsageError, attributeProblem, describeOutOfRange, formatStatus, outOfRange, releaseAfter, sortRows, toCsv,
  type ExtractSet, type IndicatorMeta, type Status, type TableModel,
} from '@inclusion-dashboard/core';
import { baseStyles } from './base.styles';
import { chartStyles } from './chart.styles';
import { downloadChart, sourceLine } from './chart-export';
import { exportStyles } from './export.styles';
import { printStyles } from './print.styles';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, loadExtracts } from './dataset';
import { LoadError, errorDetail, headline, type InclusionErrorDetail } from './errors';
import { queueDraw, queued } from './draw-queue';
import { safeLink } from './safe-link';
import { svgElement } from './svg';
import { BASE_TEXT_PX, scaleDrawing, textScale } from './text-layout';
import { across, jump, nearestPoint } from './keyboard-nav';

/** A point the keyboard can visit: where it is drawn (SVG units) and what is announced. */
export interface ChartPoint {
  x: number;
  y: number;
  text: string;
  /** Page Up and Page Down jump between groups (a quartile band, a line); without one, ten points at a time. */
  group?: string;
  /** The selected area's mark, which S jumps to. */
  selected?: boolean;
}

export interface Drawing {
  node: SVGSVGElement | HTMLElement;
  points: ChartPoint[];
}

export type { InclusionErrorCode, InclusionErrorDetail } from './errors';

let uid = 0;

/**
 * The shell every chart element shares: loading and caching extracts, the figure with its title, subtitle and
 * plain-English summary, keyboard navigation of the marks, a sortable data table with CSV download, notes,
 * source, a polite live region, redraw on resize and an error state. Subclasses only compute and draw.
 */
export abstract class ChartElement<M> extends LitElement {
  static override styles = [baseStyles, chartStyles, exportStyles, printStyles];

  /** One or more extract URLs, space-separated. */
  @property() src = '';
  @property() indicator = '';
  @property() area = '';
  @property() period = '';
  @property() breakdown = '';
  /** The heading level of the title, 1 to 6, to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** Announce keyboard moves only, not each new view: for a page (the dashboard) that announces its own changes. */
  @property({ type: Boolean }) quiet = false;
  /** Milliseconds to wait for the data before showing a timeout error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;
  /** The largest data file accepted, in bytes (20 MB by default). */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes = DEFAULT_MAX_BYTES;
  /** The Referer sent with data requests; empty (the default) keeps the host page's own referrer policy. */
  @property({ attribute: 'referrer-policy' }) referrerPolicy = '';

  @state() protected model: M | null = null;
  @state() protected error: InclusionErrorDetail | null = null;
  /** Figures left out because they cannot be right: shown above the chart, which is still drawn. */
  @state() protected warning: InclusionErrorDetail | null = null;
  @state() protected loading = false;
  @state() protected width = 0;
  @state() private sortBy: { column: number; direction: 'ascending' | 'descending' } | null = null;
  @state() private announcement = '';
  /** The focused or hovered point in words, shown beside the chart. */
  @state() private readout = '';

  @query('.chart') private chartEl?: HTMLElement;

  /** Attributes whose change means new data. */
  protected reloadOn: string[] = ['src', 'indicator', 'area', 'period', 'breakdown', 'timeout', 'maxBytes', 'referrerPolicy', 'headingLevel'];
  /** Elements that show text and a table only (the headline tile) set this. */
  protected chartless = false;
  /** A tile shows its facts as a list, so its summary sentence is for screen readers only. */
  protected summaryVisible = true;
  /** Points that say their own place ("Rank 41 of 150: …", in the ranking and the map) get no second "(41 of 153)". */
  protected pointsGiveTheirPlace = false;
  /** The table element's title already says what its caption says, so it keeps the caption for screen readers only. */
  protected captionVisible = true;
  protected readonly ids = `c${++uid}`;
  private request = 0;
  /** Aborts this element's wait for data when its attributes change or it leaves the page. */
  private controller: AbortController | null = null;
  /** The extracts the current model was computed from, to look for figures set aside. */
  private loadedSet: ExtractSet | null = null;
  private reloadOnConnect = false;
  private resize?: ResizeObserver;
  private frame = 0;
  private points: ChartPoint[] = [];
  private focusIndex = -1;
  private drawn: { model: M; width: number; spacing: string } | null = null;
  /** Letter and word spacing where the chart's text is: a reader's text-spacing style changes layout, so it redraws. */
  @state() private spacing = '';
  /** The element's text size in px, read with the spacing: the chart's text is scaled with it. */
  private textPx = BASE_TEXT_PX;

  protected abstract compute(set: ExtractSet): M;
  protected abstract heading(m: M): string;
  protected abstract subtitle(m: M): string;
  /** The plain-English summary: the chart's text alternative. */
  protected abstract describe(m: M): string;
  protected abstract table(m: M): TableModel;
  /** Draw for this width, or return null for an element with no chart. */
  protected abstract draw(m: M, width: number): Drawing | null;
  protected notes(_m: M): string[] {
    return [];
  }
  protected sources(_m: M): IndicatorMeta[] {
    return [];
  }
  /** What Page Up and Page Down jump by, for the keyboard instructions: the groups the subclass gives its points. */
  protected jumpsBy(_m: M): string {
    return 'ten points at a time';
  }
  /** What Up and Down move between, for the keyboard instructions, or null where they do what Left and Right do. */
  protected acrossBy(_m: M): string | null {
    return null;
  }
  /**
   * Where an arrow key goes from point `i` (−1 when none is focused) in a chart laid out in two dimensions (a map),
   * or null for the usual order. `arrowsBy` says where, for the keyboard instructions.
   */
  protected arrowTarget(_m: M, _i: number, _key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'): number | null {
    return null;
  }
  protected arrowsBy(_m: M): string | null {
    return null;
  }
  /** Whether a point is marked `selected`, so that S has somewhere to go. */
  protected hasSelected(_m: M): boolean {
    return false;
  }
  /** Whether the table shows open rather than behind "Show the data as a table". */
  protected open(): boolean {
    return false;
  }

  /** Anything between the summary and the chart, e.g. a headline figure. */
  protected lead(_m: M): TemplateResult | typeof nothing {
    return nothing;
  }
  protected fileName(m: M): string {
    return `${this.heading(m)} ${this.subtitle(m)}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Coalesce bursts of resize events into one redraw per frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (w && w !== this.width) this.width = w;
        this.readText();
      });
    });
    this.resize.observe(this);
    // Known now, so the first draw is not redone when the observer first reports.
    this.readText();
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    cancelAnimationFrame(this.frame);
    // Off the page, stop waiting for data (a download others share carries on); load again if put back.
    if (this.controller) {
      this.request++;
      this.controller.abort();
      this.controller = null;
      this.loading = false;
      this.reloadOnConnect = true;
    }
  }

  /** Renders take turns in the page-wide queue too, so sixty figures arriving at once never make a long task. */
  protected override scheduleUpdate(): Promise<unknown> {
    return queued(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.reloadOn.some((k) => changed.has(k))) void this.load();
  }

  /** Loads the extracts and computes; an element whose data comes from elsewhere overrides this. */
  protected async fetchModel(signal?: AbortSignal): Promise<M> {
    const problem = attributeProblem({ headingLevel: this.headingLevel, timeout: this.timeout, maxBytes: this.maxBytes, referrerPolicy: this.referrerPolicy });
    if (problem) throw new LoadError('bad-attribute', problem);
    const set = await loadExtracts(this.src, {
      signal, timeout: this.timeout, maxBytes: this.maxBytes, indicators: this.wanted(),
      referrerPolicy: (this.referrerPolicy || undefined) as ReferrerPolicy | undefined,
    });
    signal?.throwIfAborted();
    this.loadedSet = set;
    return queued(() => this.compute(set));
  }

  /** The table behind what is shown now: `<inclusion-table for="…">` reads it. */
  get tableModel(): TableModel | null {
    return this.model ? this.table(this.model) : null;
  }

  /** The indicators this element draws: from a catalogue, only their extracts are fetched. */
  protected wanted(): readonly string[] {
    return [this.indicator];
  }

  /** Whether the attributes ask for anything yet. */
  protected ready(): boolean {
    return !!this.src && !!this.indicator;
  }

  private async load(): Promise<void> {
    const id = ++this.request;
    const previous = this.controller;
    this.controller = null;
    this.loadedSet = null;
    this.error = null;
    this.warning = null;
    if (!this.ready()) {
      previous?.abort();
      this.model = null;
      this.loading = false;
      return;
    }
    const controller = (this.controller = new AbortController());
    this.loading = true;
    try {
      const pending = this.fetchModel(controller.signal);
      // Only now stop the previous wait: the new request has joined any download the two share.
      previous?.abort();
      const model = await pending;
      if (id !== this.request) return;
      // Looking for figures set aside scans the indicator's rows once per extract: a turn in the queue.
      const warning = this.loadedSet ? await queued(() => this.setAside(model)) : null;
      if (id !== this.request) return;
      this.model = model;
      this.sortBy = null;
      this.announcement = this.quiet ? '' : `Showing ${this.heading(model)}: ${this.subtitle(model)}`;
      this.warning = warning;
      if (this.warning) this.dispatchEvent(new CustomEvent<InclusionErrorDetail>('inclusion-warning', { bubbles: true, composed: true, detail: this.warning }));
    } catch (e) {
      previous?.abort();
      if (id !== this.request) return;
      this.model = null;
      this.error = errorDetail(e, { indicator: this.indicator, area: this.area, period: this.period });
      this.dispatchEvent(new CustomEvent<InclusionErrorDetail>('inclusion-error', { bubbles: true, composed: true, detail: this.error }));
    } finally {
      if (id === this.request) {
        this.loading = false;
        this.controller = null;
      }
    }
  }

  /** A warning when the data holds figures for the indicators shown that cannot be right, and were left out. */
  private setAside(model: M): InclusionErrorDetail | null {
    const set = this.loadedSet;
    if (!set) return null;
    const parts: string[] = [];
    for (const meta of this.sources(model)) {
      const data = set.find(meta.id)?.data;
      const text = data ? describeOutOfRange(meta, outOfRange(data, meta.id)) : null;
      if (text) parts.push(text);
    }
    return parts.length ? { code: 'out-of-range', message: parts.join(' ') } : null;
  }

  protected override updated(): void {
    const m = this.model;
    if (!m) return;
    const width = Math.max(240, this.width || this.clientWidth || 640);
    const spacing = this.spacing;
    if (this.drawn?.model === m && this.drawn.width === width && this.drawn.spacing === spacing) return;
    const first = this.drawn?.model !== m;
    this.drawn = { model: m, width, spacing };
    queueDraw(() => {
      // The view may have moved on while this waited its turn.
      if (this.drawn?.model !== m || this.drawn.width !== width || this.drawn.spacing !== spacing) return;
      try {
        this.paint(m, width);
      } catch (e) {
        this.drawFailed(m, e);
        return;
      }
      if (first) this.dispatchEvent(new CustomEvent('inclusion-ready', { bubbles: true, composed: true, detail: m }));
    });
  }

  /** Draws the model into the chart container, scaled for the reader's text size. */
  private paint(m: M, width: number): void {
    const el = this.chartEl;
    if (!el) return;
    // A reader who sets a larger default text size gets larger chart text: the chart is laid out for a
    // narrower width and drawn scaled up to fill this one, so it reflows as a narrower chart would.
    const scale = textScale(this.textPx, width);
    const d = this.draw(m, Math.round(width / scale));
    if (!d) return;
    if (scale !== 1) scaleDrawing(d.node, scale);
    for (const s of d.node.querySelectorAll('style')) s.remove();
    d.node.setAttribute('aria-hidden', 'true');
    d.node.removeAttribute('aria-label');
    d.node.removeAttribute('aria-description');
    el.replaceChildren(d.node);
    this.points = d.points;
    if (this.focusIndex >= this.points.length) this.focusIndex = this.points.length - 1;
    this.showFocus();
  }

  /** A draw that throws ends in the error state with one `inclusion-error`, never an empty figure. */
  private drawFailed(m: M, e: unknown): void {
    if (this.model !== m) return;
    const why = e instanceof Error && e.message ? ` (${e.message})` : '';
    this.model = null;
    this.error = errorDetail(new UsageError('draw', `The figures loaded, but drawing them failed${why}.`, { cause: e }));
    this.dispatchEvent(new CustomEvent<InclusionErrorDetail>('inclusion-error', { bubbles: true, composed: true, detail: this.error }));
  }

  /**
   * Letter and word spacing where the chart's text is, and the text size: a reader's text-spacing style or larger
   * default text changes layout, so a change redraws. Read when the size changes, not in every draw.
   */
  private readText(): void {
    const cs = getComputedStyle(this.chartEl ?? this);
    const px = parseFloat(getComputedStyle(this).fontSize) || BASE_TEXT_PX;
    const key = `${cs.letterSpacing}|${cs.wordSpacing}|${px}`;
    if (key === this.spacing) return;
    this.textPx = px;
    this.spacing = key;
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.points.length;
    if (!n) return;
    let i = this.focusIndex;
    const groups = this.model !== null && this.acrossBy(this.model) !== null;
    const next = i < 0 ? 0 : Math.min(n - 1, i + 1);
    const previous = i < 0 ? 0 : Math.max(0, i - 1);
    const own = this.model !== null && /^Arrow(Left|Right|Up|Down)$/.test(e.key)
      ? this.arrowTarget(this.model, i, e.key as 'ArrowLeft') : null;
    if (own !== null) i = own;
    else switch (e.key) {
      case 'ArrowRight': i = next; break;
      case 'ArrowLeft': i = previous; break;
      case 'ArrowDown': i = groups ? across(this.points, i, 1) : next; break;
      case 'ArrowUp': i = groups ? across(this.points, i, -1) : previous; break;
      case 'PageDown': i = jump(this.points, i, 1); break;
      case 'PageUp': i = jump(this.points, i, -1); break;
      case 's': case 'S': {
        const k = this.points.findIndex((p) => p.selected);
        if (k < 0) return;
        i = k;
        break;
      }
      case 'Home': i = 0; break;
      case 'End': i = n - 1; break;
      case 'Escape':
        // Clears the point; keyboard focus stays on the chart, so a screen-reader user keeps their place.
        if (this.focusIndex < 0) return;
        e.preventDefault();
        this.point(-1);
        this.announcement = 'No point selected.';
        return;
      default: return;
    }
    e.preventDefault();
    this.point(i);
    this.announcement = this.readout;
  }

  private onBlur(): void {
    this.point(-1);
  }

  /** Shows point i (or none) with its ring and, beside the chart, in words: what the live region says too. */
  private point(i: number): void {
    const n = this.points.length;
    this.focusIndex = i;
    const p = this.points[i];
    // The point's own words, and its place unless they give one already.
    this.readout = !p ? '' : this.pointsGiveTheirPlace ? p.text : `${p.text} (${i + 1} of ${n})`;
    this.showFocus();
  }

  /** Pointer users read a point by hovering or tapping: the nearest within 12 px, a 24 by 24 px target. */
  private onPointer(e: PointerEvent): void {
    const svg = this.chartEl?.querySelector('svg');
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm || !this.points.length) return;
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const reach = 12 / (Math.hypot(ctm.a, ctm.b) || 1);
    const i = nearestPoint(this.points, at.x, at.y, reach);
    // Off every point, a point chosen with the keyboard stays chosen.
    if (i >= 0 ? i !== this.focusIndex : this.shadowRoot?.activeElement !== this.chartEl && this.focusIndex >= 0) this.point(i);
  }

  private onPointerLeave(): void {
    if (this.shadowRoot?.activeElement !== this.chartEl) this.point(-1);
  }

  /** Draws (or clears) the ring round the focused point, inside the chart's own SVG. */
  private showFocus(): void {
    const svg = this.chartEl?.querySelector('svg');
    if (!svg) return;
    svg.querySelector('g.focus-layer')?.remove();
    const p = this.points[this.focusIndex];
    if (!p) return;
    svg.append(svgElement('g', { class: 'focus-layer' },
      ...['focus-ring-halo', 'focus-ring'].map((cls) => svgElement('circle', { class: cls, cx: p.x, cy: p.y, r: 9 }))));
  }

  private download(m: M): void {
    const blob = new Blob([toCsv(this.table(m))], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.fileName(m)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private sort(column: number): void {
    const cur = this.sortBy;
    const direction = cur?.column === column && cur.direction === 'ascending' ? 'descending' : 'ascending';
    this.sortBy = { column, direction };
  }

  private renderTable(t: TableModel) {
    const rows = this.sortBy ? sortRows(t.rows, this.sortBy.column, this.sortBy.direction) : t.rows;
    return html`
      <div class="table-wrap">
        <table part="table">
          <caption class=${this.captionVisible ? nothing : 'visually-hidden'}>${t.caption}</caption>
          <thead><tr>${t.columns.map((c, i) => html`
            <th scope="col" class=${c.numeric ? 'num' : ''} aria-sort=${this.sortBy?.column === i ? this.sortBy.direction : 'none'}>
              <button class="sort" type="button" @click=${() => this.sort(i)}>${c.label}</button>
            </th>`)}</tr></thead>
          <tbody>${rows.map((r) => html`<tr>${r.map((cell, i) => i === t.rowHeader
            ? html`<th scope="row">${cell.text}</th>`
            : html`<td class=${t.columns[i]?.numeric ? 'num' : ''} data-status-text=${cell.status ? formatStatus(cell.status) : nothing}>${cell.text}</td>`)}</tr>`)}</tbody>
        </table>
      </div>
      ${t.statuses.length ? html`<dl class="key" aria-label="Key to symbols">${t.statuses.map((s) => html`<dt>${s}</dt><dd>${STATUS_KEY[s]}</dd>`)}</dl>` : nothing}
    `;
  }

  override render() {
    const live = html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    if (this.error) {
      return html`<div class="error" role="alert" part="error"><strong>${headline(this.error.code)}</strong> ${this.error.message}</div>${live}`;
    }
    const m = this.model;
    if (!m) return html`<p class="subtitle" aria-busy=${this.loading ? 'true' : 'false'}>${this.loading ? 'Loading data…' : ''}</p>${live}`;
    const t = this.table(m);
    const notes = this.notes(m);
    const metas = this.sources(m);
    const id = this.ids;
    return html`
      <figure part="figure" aria-describedby="${id}-summary">
        <figcaption>
          <p class="title" id="${id}-title" part="title" role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))}>${this.heading(m)}</p>
          <p class="subtitle">${this.subtitle(m)}</p>
          ${metas.some((x) => x.local) ? html`<p class="local" part="local"><strong>Local data.</strong> ${LOCAL_DATA_LABEL}</p>` : nothing}
        </figcaption>
        ${this.lead(m)}
        <p class=${this.summaryVisible ? 'headline' : 'visually-hidden'} id="${id}-summary" part="summary">${this.describe(m)}</p>
        ${this.warning ? html`<p class="error warning" part="warning"><strong>${headline(this.warning.code)}</strong> ${this.warning.message}</p>` : nothing}
        ${!this.chartless ? html`
          <div class="chart" part="chart" tabindex="0" role="application" aria-roledescription="interactive chart"
            aria-label="Chart points" aria-describedby="${id}-keys"
            @keydown=${this.onKey} @blur=${this.onBlur}
            @pointermove=${this.onPointer} @pointerdown=${this.onPointer} @pointerleave=${this.onPointerLeave}></div>
          <p class="readout" part="readout" aria-hidden="true">${this.readout}</p>
          <p class="keys" id="${id}-keys">Keyboard: ${this.arrowsBy(m) ? `use the arrow keys to move ${this.arrowsBy(m)},` : `use the left and right arrow keys to move from point to point,${this.acrossBy(m) ? ` the up and down arrow keys ${this.acrossBy(m)},` : ''}`} Page Up and Page Down to jump ${this.jumpsBy(m)}, Home and End for the first and last,${this.hasSelected(m) ? ' S for the highlighted area,' : ''} and Escape to clear the point. Or point at a mark to read it. The same figures are in the data table below.</p>` : nothing}
        ${this.open() ? this.renderTable(t) : html`
          <details>
            <summary>Show the data as a table</summary>
            ${this.renderTable(t)}
          </details>`}
        <div class="actions">
          <button class="link-button" type="button" @click=${() => this.download(m)}>Download the data (CSV)</button>
          ${!this.chartless ? (['svg', 'png'] as const).map((kind) => html` <button class="export-button" type="button" @click=${() => downloadChart(this.chartEl,
            { title: this.heading(m), subtitle: this.subtitle(m), alt: this.describe(m), source: sourceLine(metas), fileName: this.fileName(m) }, kind)}>Download the chart (${kind.toUpperCase()})</button>`) : nothing}
        </div>
        ${notes.length ? html`<ul class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
        ${metas.length ? html`
          <details class="definitions">
            <summary>What ${metas.length > 1 ? 'these figures measure' : 'this figure measures'}</summary>
            <dl>${metas.map((x) => html`<dt>${x.label}</dt><dd>${x.definition}</dd>`)}</dl>
          </details>` : nothing}
        ${metas.length ? html`<p class="source">Source: ${metas.map((x, i) => html`${i ? '; ' : ''}${safeLink(x.source.url, x.source.publication)}, ${releaseAfter(x.source.publication, x.latestRelease)}`)}.</p>` : nothing}
      </figure>
      ${live}
    `;
  }
}
