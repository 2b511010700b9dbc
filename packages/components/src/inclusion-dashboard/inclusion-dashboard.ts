import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { THEME_LABEL, type Area, type ExtractSet, type IndicatorMeta, type Theme } from '@inclusion-dashboard/core';
import { baseStyles } from '../shared/base.styles';
import { loadSet } from '../shared/extract-set';
import { errorDetail } from '../shared/errors';
import type { PickerOption } from '../inclusion-area-picker/inclusion-area-picker';
import { dashboardStyles } from './inclusion-dashboard.styles';
import { readState, writeState, type ViewState } from './url-state';

const THEMES: Theme[] = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'];
const OVERVIEW = 'overview';
const VIEW_KEYS = ['mode', 'area', 'theme', 'indicator'] as const;
/** Shorter names for the tabs, so the row fits a 960px page on one line; headings keep the full names. */
const TAB_LABEL: Partial<Record<Theme, string>> = { exclusions: 'Suspensions and exclusions' };

/**
 * The composite inclusion dashboard: an LA picker, theme sections with every chart, definitions from the
 * extract metadata, and the view kept in the URL. `mode="national"` is DfE's view: England, regions and all LAs.
 *
 * @attr src - URLs of the observations extracts, space-separated (one per theme, or one with everything).
 * @attr area - The LA to show (ONS code, LA number or name).
 * @attr mode - `la` (default) or `national`.
 * @attr theme - `overview`, `attendance`, `exclusions`, `ap`, `ehcp` or `context`.
 * @attr indicator - The indicator shown in detail.
 * @attr heading-level - Level of the dashboard's own headings (default 2); charts take the next level.
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
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  @property({ attribute: 'url-state' }) urlState = 'on';

  @state() private set: ExtractSet | null = null;
  @state() private error = '';
  /** One sentence for the whole view when the reader changes it: its charts are quiet. */
  @state() private announcement = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState !== 'off') {
      const s = readState(location.search, { mode: this.mode, area: this.area, theme: this.theme, indicator: this.indicator });
      Object.assign(this, s);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A change of view after the first (by the reader or the host page) is announced once, here.
    if (this.set && !changed.has('set') && VIEW_KEYS.some((k) => changed.has(k))) this.announcement = this.describeView();
    if (changed.has('src') && this.src) {
      loadSet(this.src).then((s) => { this.set = s; this.error = ''; }, (e: unknown) => {
        const detail = errorDetail(e);
        this.error = detail.message;
        this.dispatchEvent(new CustomEvent('inclusion-error', { bubbles: true, composed: true, detail }));
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (VIEW_KEYS.some((k) => changed.has(k)) && this.urlState !== 'off') {
      writeState(this.view);
    }
  }

  get view(): ViewState {
    return { mode: this.mode, area: this.area, theme: this.theme, indicator: this.indicator };
  }

  private go(patch: Partial<ViewState>): void {
    Object.assign(this, patch);
    this.dispatchEvent(new CustomEvent('inclusion-view-change', { bubbles: true, composed: true, detail: this.view }));
  }

  private themeLabel(): string {
    return THEME_LABEL[this.theme as Theme] ?? this.theme;
  }

  /** "Showing Salford: EHC plan timeliness, EHC plans issued within 20 weeks", from the current view. */
  private describeView(): string {
    const set = this.set;
    if (!set) return '';
    const theme = this.theme === OVERVIEW ? 'all themes' : this.themeLabel();
    const focus = this.indicator ? set.indicators.find((m) => m.id === this.indicator)?.label : undefined;
    const what = `${theme}${focus ? `, ${focus}` : ''}`;
    if (this.mode === 'national') return `Showing England, regions and local authorities: ${what}`;
    const area = this.area ? set.areas.find(this.area) : undefined;
    return area ? `Showing ${area.name}: ${what}` : 'Choose a local authority to see its dashboard';
  }

  private areaOptions(set: ExtractSet): PickerOption[] {
    return set.areas.localAuthorities()
      .filter((a) => a.live || a.successors.length)
      .map((a) => ({
        value: a.code,
        label: a.live ? a.name : `${a.name} (until ${a.to?.slice(0, 4) ?? 'its reorganisation'})`,
        hint: `${a.code}, ${a.laCode}`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  }

  private indicatorsFor(set: ExtractSet, theme: string, national: boolean): IndicatorMeta[] {
    return set.indicators.filter((m) => (theme === OVERVIEW || m.theme === theme) && (national || m.coverage === 'la'));
  }

  private heading(level: number, text: string, cls = 'h h2') {
    return html`<p class=${cls} role="heading" aria-level=${Math.min(6, level)}>${text}</p>`;
  }

  private renderControls(set: ExtractSet, area: Area | undefined) {
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
          <inclusion-area-picker .options=${this.areaOptions(set)} value=${area?.code ?? ''}
            @change=${(e: CustomEvent<{ value: string }>) => this.go({ area: e.detail.value })}></inclusion-area-picker>` : nothing}
      </div>`;
  }

  private renderNav() {
    const items = [[OVERVIEW, 'Overview'], ...THEMES.map((t) => [t, TAB_LABEL[t] ?? THEME_LABEL[t]])];
    return html`
      <nav aria-label="Dashboard themes"><ul>
        ${items.map(([t, label]) => html`<li><a href="?theme=${t}" aria-current=${this.theme === t ? 'page' : 'false'}
          @click=${(e: Event) => { e.preventDefault(); this.go({ theme: t, indicator: '' }); }}>${label}</a></li>`)}
      </ul></nav>`;
  }

  private renderIndicatorSelect(list: IndicatorMeta[], current: IndicatorMeta) {
    return html`
      <p class="indicator-select"><label for="indicator-select" class="h h3">Indicator</label>
      <select id="indicator-select" @change=${(e: Event) => this.go({ indicator: (e.target as HTMLSelectElement).value })}>
        ${list.map((m) => html`<option value=${m.id} ?selected=${m.id === current.id}>${m.label}</option>`)}
      </select></p>`;
  }

  private renderDefinitions(list: IndicatorMeta[]) {
    return html`
      <details>
        <summary>Definitions and notes</summary>
        <dl class="definitions">
          ${list.map((m) => html`<dt>${m.label}</dt><dd>${m.definition}${m.notes.map((n) => html` ${n}`)}${m.breaks.map((b) => html` ${b.note}`)}${m.suppression ? html` ${m.suppression}` : nothing}</dd>`)}
        </dl>
      </details>`;
  }

  private renderLa(set: ExtractSet, area: Area) {
    const h = this.headingLevel;
    const c = h + 1;
    const src = this.src;
    if (this.theme === OVERVIEW) {
      const ids = this.indicatorsFor(set, OVERVIEW, false).map((m) => m.id).join(' ');
      return html`
        <section class="section">
          ${this.heading(h, `${area.name}: all themes`)}
          <inclusion-spine src=${src} area=${area.code} indicators=${ids} heading-level=${c} quiet></inclusion-spine>
        </section>`;
    }
    const list = this.indicatorsFor(set, this.theme, false);
    if (!list.length) return html`<p>No local authority indicators in this theme.</p>`;
    const focus = list.find((m) => m.id === this.indicator) ?? list[0];
    return html`
      <section class="section">
        ${this.heading(h, `${this.themeLabel()}: ${area.name}`)}
        <div class="tiles">
          ${list.map((m) => html`<inclusion-tile src=${src} indicator=${m.id} area=${area.code} heading-level=${c} quiet></inclusion-tile>`)}
        </div>
        ${this.renderIndicatorSelect(list, focus)}
        <inclusion-benchmark src=${src} indicator=${focus.id} area=${area.code} neighbours="each" heading-level=${c} quiet></inclusion-benchmark>
        <inclusion-trend src=${src} indicator=${focus.id} area=${area.code} heading-level=${c} quiet></inclusion-trend>
        <inclusion-ranking src=${src} indicator=${focus.id} area=${area.code} heading-level=${c} quiet></inclusion-ranking>
        ${focus.breakdown.values.length > 1 ? html`<inclusion-breakdown src=${src} indicator=${focus.id} area=${area.code} heading-level=${c} quiet></inclusion-breakdown>` : nothing}
        ${this.renderDefinitions(list)}
      </section>`;
  }

  private renderNational(set: ExtractSet) {
    const h = this.headingLevel;
    const c = h + 1;
    const src = this.src;
    const list = this.indicatorsFor(set, this.theme, true);
    if (!list.length) return html`<p>No indicators in this theme.</p>`;
    const focus = list.find((m) => m.id === this.indicator) ?? list[0];
    const la = focus.coverage === 'la';
    return html`
      <section class="section">
        ${this.heading(h, `${this.theme === OVERVIEW ? 'England' : this.themeLabel()}: England, regions and local authorities`)}
        ${this.renderIndicatorSelect(list, focus)}
        <inclusion-tile src=${src} indicator=${focus.id} area="E92000001" heading-level=${c} quiet></inclusion-tile>
        <inclusion-trend src=${src} indicator=${focus.id} area="E92000001" heading-level=${c} quiet></inclusion-trend>
        ${focus.breakdown.values.length > 1 ? html`<inclusion-breakdown src=${src} indicator=${focus.id} area="E92000001" heading-level=${c} quiet></inclusion-breakdown>` : nothing}
        ${la ? html`<inclusion-table view="regions" src=${src} indicator=${focus.id} heading-level=${c} quiet></inclusion-table>` : nothing}
        ${la ? html`<inclusion-ranking src=${src} indicator=${focus.id} heading-level=${c} quiet></inclusion-ranking>` : nothing}
        ${this.renderDefinitions(list)}
      </section>`;
  }

  override render() {
    if (this.error) return html`<div class="error" role="alert"><strong>The dashboard cannot be shown.</strong> ${this.error}</div>`;
    const set = this.set;
    if (!set) return html`<p class="subtitle">Loading data…</p>`;
    const area = this.area ? set.areas.find(this.area) : undefined;
    const body = this.mode === 'national'
      ? this.renderNational(set)
      : !this.area
        ? html`<p>Choose a local authority to see its dashboard.</p>`
        : !area || area.level !== 'Local authority'
          ? html`<div class="error" role="alert"><strong>No local authority "${this.area}".</strong> Choose one from the list.</div>`
          : this.renderLa(set, area);
    return html`${this.renderControls(set, area)}${this.renderNav()}${body}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
