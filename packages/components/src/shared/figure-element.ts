import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LOCAL_DATA_LABEL, LoadError, asText, chartCodeFailure, drawFailure, attributeProblem, headline, textAttributeProblem, latestServes, describeOutOfRange, outOfRange, showingText,
  type ExtractSet, type IndicatorMeta, type InclusionErrorDetail, type TableModel,
} from '@inclusion-dashboard/core';
import { baseStyles } from './base.styles';
import { figureStyles } from './figure.styles';
import { printStyles } from './print.styles';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, loadExtracts } from './dataset';
import { queueDraw, queued } from './draw-queue';
import { DataTable, type DataTableOptions } from './data-table';
import { figureFooter } from './figure-footer';
import { LoadController, type Loaded } from './controllers/load-controller';
import { DrawController } from './controllers/draw-controller';
import { LaterParts } from './later-parts';

export type { InclusionErrorCode, InclusionErrorDetail } from '@inclusion-dashboard/core';
let uid = 0;

/** Properties a page writes as text, which frameworks may set as numbers (asText). */
const TEXT_PROPERTIES = ['src', 'indicator', 'area', 'period', 'breakdown'] as const;

/**
 * The shell every figure shares: its attributes, loading (a controller: abort, stale results, timeout and size
 * cap), the figure with its title, subtitle and plain-English summary, the data table (a component) with CSV
 * download, notes, definitions, source, a polite live region and the error state. Subclasses compute; charts
 * (ChartElement) add a drawing. The tile and the table element are figures with no chart.
 *
 * @fires inclusion-ready - When the figure has its data and is drawn, its data table and the parts under it in; detail is the model shown.
 * @fires inclusion-error - When the data cannot be shown (loading, a bad attribute, no figures, a failed draw); detail has `code` and `message`.
 * @fires inclusion-warning - When figures that cannot be right were left out; the rest is still shown; detail has `code` (`out-of-range`) and `message`.
 * @csspart figure - The figure: title, summary, chart, table, notes and source.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart table - The data table.
 * @csspart error - The error message, in place of the figure.
 * @csspart warning - The note that some figures were left out.
 * @csspart local - The note that a figure is local data, not DfE's.
 * @cssprop [--inclusion-font='GDS Transport', arial, sans-serif] - The font family.
 * @cssprop [--inclusion-text=#0b0c0c] - Text colour.
 * @cssprop [--inclusion-secondary-text=#505a5f] - Secondary text colour (subtitles, notes, axes).
 * @cssprop [--inclusion-background=#ffffff] - Background colour.
 * @cssprop [--inclusion-border=#b1b4b6] - Border and rule colour.
 * @cssprop [--inclusion-link=#1d70b8] - Link colour.
 * @cssprop [--inclusion-focus=#ffdd00] - Keyboard focus colour.
 * @cssprop [--inclusion-selected=#12436d] - The chosen area's colour in charts.
 * @cssprop [--inclusion-comparator=#898e92] - Other areas' colour in charts.
 * @cssprop [--inclusion-space=15px] - The base spacing unit.
 */
export abstract class FigureElement<M> extends LitElement {
  static override styles = [baseStyles, figureStyles, printStyles];

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
  /** Milliseconds to wait for the data before showing a timeout error (20 seconds by default). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;
  /** The largest data file accepted, in bytes (20 MB by default). */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number = DEFAULT_MAX_BYTES;
  /** The Referer sent with data requests; empty (the default) keeps the host page's own referrer policy. */
  @property({ attribute: 'referrer-policy' }) referrerPolicy = '';

  @state() protected announcement = '';

  /** Attributes whose change means new data. */
  protected reloadOn: string[] = ['src', 'indicator', 'area', 'period', 'breakdown', 'timeout', 'maxBytes', 'referrerPolicy', 'headingLevel'];
  protected readonly ids = `c${++uid}`;

  protected readonly loader = new LoadController<M>(this, {
    ready: () => this.ready(),
    fetch: (signal) => this.fetchModel(signal),
    setAside: (m, set) => this.setAside(m, set),
    context: () => ({ indicator: this.indicator, area: this.area, period: this.period }),
    loaded: (m) => {
      this.dataTable.reset();
      this.announcement = this.quiet ? '' : showingText(this.heading(m), this.subtitle(m));
    },
  });
  protected readonly dataTable = new DataTable(this, this.tableOptions());
  private readonly later = new LaterParts(this);
  protected readonly drawing = new DrawController<M>(this, {
    model: () => this.loader.model,
    layoutKey: () => this.layoutKey(),
    code: () => this.drawCode(),
    paint: (m) => this.paint(m),
    // Ready once the parts under the figure are in and the data table has every row (a long one comes a turn at a time).
    drawn: (m) => void this.later.rendered().then(() => this.dataTable.complete()).then(() => {
      if (this.loader.model === m) this.dispatchEvent(new CustomEvent('inclusion-ready', { bubbles: true, composed: true, detail: m }));
    }),
    // A draw that throws ends in the error state with one `inclusion-error`, never an empty figure.
    failed: (m, e, stage) => {
      if (this.loader.model !== m) return;
      this.loader.fail(stage === 'code' ? chartCodeFailure(e) : drawFailure(e), {});
    },
  });

  protected abstract compute(set: ExtractSet): M;
  protected abstract heading(m: M): string;
  protected abstract subtitle(m: M): string;
  /** The plain-English summary: the chart's text alternative. */
  protected abstract describe(m: M): string;
  protected abstract table(m: M): TableModel;
  protected notes(_m: M): string[] {
    return [];
  }
  /** Every indicator shown, each with its definition (the source line names each publication once). */
  protected sources(_m: M): IndicatorMeta[] { return []; }
  /** How the data table shows: a subclass that keeps it open or hides its caption says so here. */
  protected tableOptions(): DataTableOptions {
    return {};
  }
  /** Anything between the summary and the chart, e.g. a headline figure. */
  protected lead(_m: M): TemplateResult | typeof nothing {
    return nothing;
  }
  /** The summary sentence: shown, or (the tile, which lists its facts) for screen readers only. */
  protected summary(m: M): TemplateResult {
    return html`<p class="headline" id="${this.ids}-summary" part="summary">${this.describe(m)}</p>`;
  }
  /** The export code is fetched when a reader first asks for a download: a page of tiles never loads it. */
  protected download(run: (x: typeof import('./chart-export')) => unknown): void {
    void import('./chart-export').then(run).catch((e: unknown) => {
      console.error(e);
      this.announcement = 'The download could not be made. Please try again.';
    });
  }

  /** The chart and its keyboard help, and its download buttons: none in a figure without a chart. */
  protected chart(_m: M): TemplateResult | typeof nothing {
    return nothing;
  }
  protected exports(_m: M): TemplateResult | TemplateResult[] | typeof nothing {
    return nothing;
  }
  /** What a drawing depends on besides the model. */
  protected layoutKey(): string {
    return '';
  }
  override connectedCallback(): void {
    super.connectedCallback();
    // Data asked for in a queue turn ahead of the first render, not in it (on a phone, 100 ms or more of cold code),
    // and chart code beside the data, not after it.
    if (!isServer && !this.hasUpdated) queueDraw(() => this.loadEarly(), { later: true });
    void this.drawCode()?.catch(() => {});
  }
  private loadEarly(): void {
    const key = this.loadKey();
    if (key !== null && !this.hasUpdated && this.isConnected && this.ready()) this.loader.loadEarly(key);
  }
  /** What the attributes ask for; null while a property is not yet text (a framework's), as the update makes it. */
  private loadKey(): string | null {
    const self = this as unknown as Record<string, unknown>;
    return TEXT_PROPERTIES.every((k) => typeof self[k] === 'string') ? JSON.stringify(this.reloadOn.map((k) => self[k] ?? null)) : null;
  }
  /** Code the drawing loads on demand (`plotLoading`), or null when it has all it needs. */
  protected drawCode(): Promise<void> | null {
    return null;
  }
  /** Draws the model; a figure without a chart has nothing to draw. */
  protected paint(_m: M): Promise<void> | void {}

  protected get model(): M | null {
    return this.loader.model;
  }

  protected fileName(m: M): string {
    return `${this.heading(m)} ${this.subtitle(m)}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  }

  /**
   * Renders take turns in the page-wide queue too, so sixty figures arriving at once never make a long task. The
   * first waits for a task of its own: the page's script that added the element is still running.
   */
  protected override scheduleUpdate(): Promise<unknown> {
    return queued(() => super.scheduleUpdate(), { later: !this.hasUpdated });
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Properties as frameworks set them: a number is its text, null none; anything else fetchModel refuses.
    const self = this as unknown as Record<string, unknown>;
    for (const k of TEXT_PROPERTIES) if (changed.has(k)) self[k] = asText(k, self[k]);
    // Rendered on a server (@lit-labs/ssr), the figure says it is loading; the data is fetched once hydrated.
    if (!isServer && this.reloadOn.some((k) => changed.has(k))) this.loader.changed(this.loadKey());
  }

  /** Loads the extracts and computes; an element whose data comes from elsewhere overrides this. */
  protected async fetchModel(signal: AbortSignal): Promise<Loaded<M>> {
    const { src, indicator, area, period, breakdown } = this as Record<string, unknown>;
    const problem = textAttributeProblem({ src, indicator, area, period, breakdown }) ?? attributeProblem({ headingLevel: this.headingLevel, timeout: this.timeout, maxBytes: this.maxBytes, referrerPolicy: this.referrerPolicy });
    if (problem) throw new LoadError('bad-attribute', problem);
    const load = (latest: boolean) => loadExtracts(this.src, {
      signal, timeout: this.timeout, maxBytes: this.maxBytes, indicators: this.wanted(), latest,
      referrerPolicy: (this.referrerPolicy || undefined) as ReferrerPolicy | undefined,
    });
    const latest = this.latestOnly();
    let set = await load(latest);
    // A former LA's last figures are older than the latest-figures files hold.
    if (latest && !latestServes(set.areas, this.area)) set = await load(false);
    signal.throwIfAborted();
    const model = await this.computeInTurn(set);
    // The data table in a turn of its own, not the first render's (a spine's 470 rows: 60 ms at 4x CPU).
    await queued(() => this.tableOf(model));
    return { set, model };
  }

  /** `compute` as one turn of the page-wide queue; a model made of many parts may take a turn per part. */
  protected computeInTurn(set: ExtractSet): Promise<M> {
    return queued(() => this.compute(set), { alone: true });
  }

  /** The table behind what is shown now: `<inclusion-table for="…">` reads it. */
  get tableModel(): TableModel | null {
    return this.model ? this.tableOf(this.model) : null;
  }

  private madeTable: { model: M; table: TableModel } | null = null;
  /** `table(m)` once per model: every attribute a table depends on makes a new model, and a long table is rendered over several updates. */
  private tableOf(m: M): TableModel {
    if (this.madeTable?.model !== m) this.madeTable = { model: m, table: this.table(m) };
    return this.madeTable.table;
  }

  /** Moves focus to row `k` of the data table, rendering the parts under the figure first if they are not yet. */
  protected focusTableRow(k: number): boolean {
    if (this.later.shown) return this.dataTable.focusRow(k);
    void this.later.rendered().then(() => this.dataTable.focusRow(k));
    return true;
  }

  /** The indicators this element draws: from a catalogue, only their extracts are fetched. */
  protected wanted(): readonly string[] {
    return [this.indicator];
  }

  /**
   * Whether this element shows only each indicator's latest figures as the attributes stand: a catalogue then
   * sends the small latest-figures extracts. Only where core reads no other rows (a benchmark with no period).
   */
  protected latestOnly(): boolean {
    return false;
  }

  /** Whether the attributes ask for anything yet. */
  protected ready(): boolean {
    return !!this.src && !!this.indicator;
  }

  /** A warning for figures shown that cannot be right, left out; an indicator a queue turn (470 at once: 147 ms at 4x). */
  private async setAside(model: M, set: ExtractSet): Promise<InclusionErrorDetail | null> {
    const parts: string[] = [];
    for (const meta of this.sources(model)) {
      const text = await queued(() => { const data = set.find(meta.id)?.data; return data ? describeOutOfRange(meta, outOfRange(data, meta.id)) : null; });
      if (text) parts.push(text);
    }
    return parts.length ? { code: 'out-of-range', message: parts.join(' ') } : null;
  }

  override render() {
    const live = html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    const { error, warning } = this.loader;
    const loading = this.loader.loading || (isServer && this.ready());
    if (error) {
      return html`<div class="error" role="alert" part="error"><strong>${headline(error.code)}</strong> ${error.message}</div>${live}`;
    }
    const m = this.model;
    if (!m) return html`<p class="subtitle" aria-busy=${loading ? 'true' : 'false'}>${loading ? 'Loading data…' : ''}</p>${live}`;
    const t = this.tableOf(m);
    const metas = this.sources(m);
    const id = this.ids;
    return html`
      <figure part="figure" aria-describedby="${id}-summary" aria-busy=${loading ? 'true' : nothing}>
        <figcaption>
          <p class="title" id="${id}-title" part="title" role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))}>${this.heading(m)}</p>
          <p class="subtitle">${this.subtitle(m)}</p>
          ${metas.some((x) => x.local) ? html`<p class="local" part="local"><strong>Local data.</strong> ${LOCAL_DATA_LABEL}</p>` : nothing}
        </figcaption>
        ${this.lead(m)}
        ${this.summary(m)}
        ${warning ? html`<p class="error warning" part="warning"><strong>${headline(warning.code)}</strong> ${warning.message}</p>` : nothing}
        ${this.chart(m)}
        ${this.later.shown || this.tableOptions().open ? this.dataTable.render(t) : nothing}
        ${this.later.shown ? figureFooter({
          download: () => this.download((x) => x.downloadData({ set: this.loader.extracts, model: m, metas, table: t, fileName: this.fileName(m) })),
          exports: this.exports(m), notes: this.notes(m), metas,
        }) : nothing}
      </figure>
      ${live}
    `;
  }
}
