import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  LoadError, areaChoices, attributeProblem, dashboardViewText, describeSearch, errorDetail, indicatorIndex, searchIndicators,
  type Area, type AreaChoice, type ExtractSet, type IndicatorIndex, type IndicatorListing,
} from '@inclusion-dashboard/core';
import { baseStyles } from '../shared/base.styles';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, loadExtracts } from '../shared/dataset';
import { queued } from '../shared/draw-queue';
import { dashboardStyles } from './inclusion-dashboard.styles';
import { VIEW_KEYS, readState, viewSearch, writeState, type ViewState } from './url-state';
import { ComparisonControls } from './comparison-controls';
import { definitions, indicatorSelect } from './indicator-parts';

const OVERVIEW = 'overview';
/** Shorter names for the tabs, so the row fits a 960px page on one line; headings keep the full names. */
const TAB_LABEL: Record<string, string> = { exclusions: 'Suspensions and exclusions' };
/** A theme of the national catalogue can hold dozens of indicators: tiles for the first few, the rest by choice. */
const MAX_TILES = 8;

interface Loaded {
  src: string;
  set: ExtractSet;
  index: IndicatorIndex;
  /** The area picker's choices, made once a load, not in every render (their first sort was 55 to 97 ms at 4x). */
  choices: AreaChoice[];
}

/**
 * The composite inclusion dashboard: an LA picker, theme sections with every chart, definitions from the
 * extract metadata, and the view kept in the URL. `mode="national"` is DfE's view: England, regions and all LAs.
 *
 * @attr src - The catalogue (`catalogue.json`: themes and indicators come from it, and each chart fetches only its
 *   indicator), or URLs of observations extracts, space-separated.
 * @attr area - The LA to show (ONS code, LA number or name).
 * @attr mode - `la` (default) or `national`.
 * @attr theme - `overview`, or a theme id from the data (`attendance`, `exclusions`, `ap`, `ehcp`, `context`, …).
 * @attr indicator - The indicator shown in detail.
 * @attr heading-level - Level of the dashboard's own headings (default 2); charts take the next level.
 * @attr timeout - Milliseconds to wait for the data before showing a timeout error.
 * @attr max-bytes - The largest data file accepted, in bytes (20 MB by default).
 * @attr compare - LAs every chart compares with (names, ONS codes or LA numbers, separated by commas or spaces);
 *   the reader can change them in the controls.
 * @attr group - The comparator group: `region`, `neighbours-2021` or `neighbours-2025` (the newest model by default).
 * @attr group-label - The name of the group of LAs in `compare`, e.g. `Greater Manchester`.
 * @attr url-state - Keep the view in the page URL (`?area=…&theme=…`) so it can be shared; on by default, `url-state="off"` to disable.
 * @fires inclusion-view-change - When the view changes; detail is the new state.
 * @fires inclusion-error - When the extracts cannot be loaded; detail has `code` and `message`.
 */
export class InclusionDashboard extends LitElement {
  static override styles = [baseStyles, dashboardStyles];

  @property() src = '';
  @property() area = '';
  @property() mode: 'la' | 'national' = 'la';
  @property() theme = OVERVIEW;
  @property() indicator = '';
  @property() compare = '';
  @property() group = '';
  @property({ attribute: 'group-label' }) groupLabel = '';
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  @property({ attribute: 'url-state' }) urlState = 'on';
  /** Milliseconds to wait for the data before showing a timeout error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;
  /** The largest data file accepted, in bytes (20 MB by default). */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes = DEFAULT_MAX_BYTES;

  /** One sentence for the whole view when the reader changes it: its charts are quiet. */
  @state() private announcement = '';
  @state() private query = '';
  /** The "Compare with" controls, and the comparisons every chart is given. */
  private readonly comparisons = new ComparisonControls(this, (patch) => this.go(patch));
  /** The host page's own title, kept to put the view in front of. */
  private pageTitle?: string;

  /** The latest `src` wins: a change during a slow load aborts the older one, whose result is never shown. */
  private data = new Task(this, {
    task: async ([src, timeout, maxBytes, headingLevel], { signal }): Promise<Loaded | null> => {
      // Charts take the next level down, so the dashboard's own may go to 5.
      const problem = attributeProblem({ timeout, maxBytes, headingLevel }, { maxHeadingLevel: 5 });
      if (problem) throw new LoadError('bad-attribute', problem);
      if (!src.trim()) return null;
      const set = await loadExtracts(src, { signal, timeout, maxBytes });
      // Each in a queue turn of its own, not in the render that follows.
      const index = await queued(() => indicatorIndex(set));
      return { src, set, index, choices: await queued(() => areaChoices(set.areas), { alone: true }) };
    },
    args: () => [this.src, this.timeout, this.maxBytes, this.headingLevel] as const,
    onError: (e) => {
      if ((e as { name?: string })?.name === 'AbortError') return;
      this.dispatchEvent(new CustomEvent('inclusion-error', { bubbles: true, composed: true, detail: errorDetail(e) }));
    },
  });

  private get loaded(): Loaded | null {
    return this.data.value ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState !== 'off') {
      const s = readState(location.search, this.view);
      Object.assign(this, s);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A change of view after the first (by the reader or the host page) is announced once, here.
    if (this.loaded && VIEW_KEYS.some((k) => changed.has(k))) this.announcement = this.viewText().announce;
  }

  protected override updated(changed: PropertyValues): void {
    if (VIEW_KEYS.some((k) => changed.has(k)) && this.urlState !== 'off') {
      writeState(this.view);
    }
    // A dashboard that owns the page's URL names the view in the page's title too, as each view is a page.
    if (this.urlState !== 'off' && this.loaded) {
      this.pageTitle ??= document.title;
      const view = this.viewText().title;
      document.title = view ? `${view} – ${this.pageTitle}` : this.pageTitle;
    }
  }

  get view(): ViewState {
    return { mode: this.mode, area: this.area, theme: this.theme, indicator: this.indicator, compare: this.compare, group: this.group, groupLabel: this.groupLabel };
  }

  /** A link to a view: the whole state, so opening it in a new tab keeps the area and the mode. */
  private href(patch: Partial<ViewState>): string {
    return viewSearch({ ...this.view, ...patch });
  }

  private go(patch: Partial<ViewState>): void {
    Object.assign(this, patch);
    this.dispatchEvent(new CustomEvent('inclusion-view-change', { bubbles: true, composed: true, detail: this.view }));
  }

  private themeLabel(): string {
    return this.loaded?.index.themes.find((t) => t.id === this.theme)?.label ?? this.theme;
  }

  /** "Showing Salford: EHC plan timeliness, EHC plans issued within 20 weeks", from the current view (core's words). */
  private viewText(): { announce: string; title: string | null } {
    const loaded = this.loaded;
    if (!loaded) return { announce: '', title: null };
    return dashboardViewText({
      national: this.mode === 'national',
      area: (this.area && loaded.set.areas.find(this.area)?.name) || null,
      theme: this.theme === OVERVIEW ? null : this.themeLabel(),
      focus: this.indicator ? loaded.index.indicators.find((m) => m.id === this.indicator)?.label : undefined,
    });
  }

  private indicatorsFor(index: IndicatorIndex, theme: string, national: boolean): IndicatorListing[] {
    return index.indicators.filter((m) => (theme === OVERVIEW || m.theme === theme) && (national || m.coverage === 'la'));
  }

  private heading(level: number, text: string, cls = 'h h2') {
    return html`<p class=${cls} role="heading" aria-level=${Math.min(6, level)}>${text}</p>`;
  }

  private renderControls({ set, choices }: Loaded, area: Area | undefined) {
    return html`
      <div class="controls">
        <fieldset>
          <legend>View</legend>
          <div class="radios">
            <label><input type="radio" name="mode" value="la" .checked=${this.mode === 'la'} @change=${() => this.go({ mode: 'la' })}> One local authority</label>
            <label><input type="radio" name="mode" value="national" .checked=${this.mode === 'national'} @change=${() => this.go({ mode: 'national' })}> England and all local authorities</label>
          </div>
        </fieldset>
        ${this.mode === 'la' ? html`
          <inclusion-area-picker .options=${choices} value=${area?.code ?? ''}
            @change=${(e: CustomEvent<{ value: string }>) => this.go({ area: e.detail.value })}></inclusion-area-picker>
          ${this.comparisons.render(set)}` : nothing}
      </div>`;
  }

  private renderNav(index: IndicatorIndex) {
    const items = [[OVERVIEW, 'Overview'], ...index.themes.map((t) => [t.id, TAB_LABEL[t.id] ?? t.label])];
    return html`
      <nav aria-label="Dashboard themes"><ul>
        ${items.map(([t, label]) => html`<li><a href=${this.href({ theme: t, indicator: '' })} aria-current=${this.theme === t ? 'page' : 'false'}
          @click=${(e: Event) => { e.preventDefault(); this.go({ theme: t, indicator: '' }); }}>${label}</a></li>`)}
      </ul></nav>`;
  }

  /** A search over every indicator, grouped by topic: choosing one opens its theme with it in detail. */
  private renderSearch(index: IndicatorIndex) {
    const national = this.mode === 'national';
    const list = index.indicators.filter((m) => national || m.coverage === 'la');
    const result = searchIndicators(list, this.query);
    const h = Math.min(6, this.headingLevel + 1);
    return html`
      <div class="search" role="search">
        <label for="indicator-search" class="h h3">Search all ${list.length} indicators</label>
        <input id="indicator-search" type="search" autocomplete="off" .value=${this.query}
          aria-describedby="indicator-search-count"
          @input=${(e: Event) => this.search((e.target as HTMLInputElement).value, list)}>
        <p id="indicator-search-count" class="count">${describeSearch(result, this.query)}</p>
        ${result.groups.map((g) => html`
          <p class="h topic" role="heading" aria-level=${h}>${g.topic}</p>
          <ul class="results">${g.items.map((m) => html`<li><a href=${this.href({ theme: m.theme, indicator: m.id })}
            @click=${(e: Event) => { e.preventDefault(); this.query = ''; this.go({ theme: m.theme, indicator: m.id }); }}>${m.label}</a></li>`)}</ul>`)}
      </div>`;
  }

  /** The count of matches is said in the dashboard's one live region, as each change of view is. */
  private search(query: string, list: IndicatorListing[]): void {
    this.query = query;
    this.announcement = describeSearch(searchIndicators(list, query), query);
  }

  private renderLa(set: ExtractSet, index: IndicatorIndex, area: Area) {
    const k = this.comparisons.forCharts(set);
    const h = this.headingLevel;
    const c = h + 1;
    const src = this.src;
    if (this.theme === OVERVIEW) {
      // A catalogue holds hundreds: the spine shows the curated ones.
      const ids = this.indicatorsFor(index, OVERVIEW, false).filter((m) => m.curated !== false).map((m) => m.id).join(' ');
      return html`
        <section class="section">
          ${this.heading(h, `${area.name}: all themes`)}
          <inclusion-spine src=${src} area=${area.code} indicators=${ids} compare=${k.compare} group=${k.group} group-label=${k.label} heading-level=${c} quiet></inclusion-spine>
        </section>`;
    }
    const list = this.indicatorsFor(index, this.theme, false);
    if (!list.length) return html`<p>No local authority indicators in this theme.</p>`;
    const focus = list.find((m) => m.id === this.indicator) ?? list[0];
    const tiles = [...list].sort((a, b) => Number(b.curated !== false) - Number(a.curated !== false)).slice(0, MAX_TILES);
    return html`
      <section class="section">
        ${this.heading(h, `${this.themeLabel()}: ${area.name}`)}
        ${indicatorSelect(list, focus, (id) => this.go({ indicator: id }))}
        <div class="tiles">
          ${tiles.map((m) => html`<inclusion-tile src=${src} indicator=${m.id} area=${area.code} compare=${k.compare} group=${k.group} group-label=${k.label} heading-level=${c} quiet></inclusion-tile>`)}
        </div>
        ${tiles.length < list.length ? html`<p>Tiles for ${tiles.length} of the ${list.length} indicators in this theme; choose any of them in the list above.</p>` : nothing}
        <inclusion-benchmark src=${src} indicator=${focus.id} area=${area.code} neighbours="each" compare=${k.compare} group=${k.group} group-label=${k.label} heading-level=${c} quiet></inclusion-benchmark>
        <inclusion-trend src=${src} indicator=${focus.id} area=${area.code} compare=${k.compare} group=${k.group} group-label=${k.label} heading-level=${c} quiet></inclusion-trend>
        <inclusion-ranking src=${src} indicator=${focus.id} area=${area.code} compare=${k.compare} group=${k.group} group-label=${k.label} heading-level=${c} quiet></inclusion-ranking>
        ${focus.breakdown.values.length > 1 ? html`<inclusion-breakdown src=${src} indicator=${focus.id} area=${area.code} heading-level=${c} quiet></inclusion-breakdown>` : nothing}
        ${definitions(list)}
      </section>`;
  }

  private renderNational(index: IndicatorIndex) {
    const h = this.headingLevel;
    const c = h + 1;
    const src = this.src;
    const list = this.indicatorsFor(index, this.theme, true);
    if (!list.length) return html`<p>No indicators in this theme.</p>`;
    const focus = list.find((m) => m.id === this.indicator) ?? list[0];
    const la = focus.coverage === 'la';
    return html`
      <section class="section">
        ${this.heading(h, `${this.theme === OVERVIEW ? 'England' : this.themeLabel()}: England, regions and local authorities`)}
        ${indicatorSelect(list, focus, (id) => this.go({ indicator: id }))}
        <inclusion-tile src=${src} indicator=${focus.id} area="E92000001" heading-level=${c} quiet></inclusion-tile>
        <inclusion-trend src=${src} indicator=${focus.id} area="E92000001" heading-level=${c} quiet></inclusion-trend>
        ${focus.breakdown.values.length > 1 ? html`<inclusion-breakdown src=${src} indicator=${focus.id} area="E92000001" heading-level=${c} quiet></inclusion-breakdown>` : nothing}
        ${la ? html`<inclusion-table view="regions" src=${src} indicator=${focus.id} heading-level=${c} quiet></inclusion-table>` : nothing}
        ${la ? html`<inclusion-ranking src=${src} indicator=${focus.id} heading-level=${c} quiet></inclusion-ranking>` : nothing}
        ${definitions(list)}
      </section>`;
  }

  override render() {
    return this.data.render({
      initial: () => html`<p class="subtitle">Loading data…</p>`,
      pending: () => (this.loaded?.src === this.src ? this.renderView(this.loaded) : html`<p class="subtitle">Loading data…</p>`),
      complete: (loaded) => (loaded ? this.renderView(loaded) : nothing),
      error: (e) => html`<div class="error" role="alert"><strong>The dashboard cannot be shown.</strong> ${errorDetail(e).message}</div>`,
    });
  }

  private renderView(loaded: Loaded) {
    const { set, index } = loaded;
    const area = this.area ? set.areas.find(this.area) : undefined;
    const body = this.mode === 'national'
      ? this.renderNational(index)
      : !this.area
        ? html`<p>Choose a local authority to see its dashboard.</p>`
        : !area || area.level !== 'Local authority'
          ? html`<div class="error" role="alert"><strong>No local authority "${this.area}".</strong> Choose one from the list.</div>`
          : this.renderLa(set, index, area);
    return html`${this.renderControls(loaded, area)}${this.renderNav(index)}${this.renderSearch(index)}${body}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
