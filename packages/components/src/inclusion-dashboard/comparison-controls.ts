import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { comparisonChoice, neighbourName, type ExtractSet } from '@inclusion-dashboard/core';
import type { ViewState } from './url-state';

/** The dashboard as the controls see it: its chosen comparisons, and how to change the view. */
export interface ComparisonView extends ReactiveControllerHost {
  compare: string;
  group: string;
  groupLabel: string;
}

/** Every chart's comparison attributes, and why the page's or URL's choice cannot be made (empty if it can). */
export interface ChartComparisons {
  compare: string;
  group: string;
  label: string;
  problem: string;
}

/**
 * The dashboard's "Compare with" controls: a neighbour model, the region's LAs, or LAs the reader names (and names
 * the group). LAs typed are checked here first, so a name the data does not know is said by the box, and the charts
 * keep theirs.
 */
export class ComparisonControls implements ReactiveController {
  /** The reader chose "LAs I name" and has not named any yet. */
  private naming = false;
  /** Why the LAs typed cannot be compared with, shown by the box, so no chart shows it as its error. */
  private problem = '';

  constructor(private readonly host: ComparisonView, private readonly go: (patch: Partial<ViewState>) => void) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The chosen comparisons, as every chart's attributes. A choice the data cannot make (from the page or the URL) is
   * said once, by the controls, and the charts keep their usual comparators rather than each showing the error.
   */
  forCharts(set: ExtractSet): ChartComparisons {
    const h = this.host;
    const k = { compare: h.compare, group: h.group, label: h.compare ? h.groupLabel : '' };
    try {
      comparisonChoice(set.areas, { compare: k.compare, group: k.group, groupLabel: k.label });
      return { ...k, problem: '' };
    } catch (e) {
      return { compare: '', group: '', label: '', problem: e instanceof Error ? e.message : String(e) };
    }
  }

  render(set: ExtractSet) {
    const h = this.host;
    const models = set.areas.neighbourModels();
    const named = this.naming || !!h.compare;
    const problem = this.problem || this.forCharts(set).problem;
    const value = named ? 'named' : h.group.toLowerCase();
    const newest = models.at(-1);
    const option = (v: string, label: string) => html`<option value=${v} ?selected=${value === v}>${label}</option>`;
    return html`
      <fieldset class="compare">
        <legend>Compare with</legend>
        <p><label for="group-select">Comparator group</label>
        <select id="group-select" @change=${(e: Event) => this.chooseGroup((e.target as HTMLSelectElement).value)}>
          ${option('', `${neighbourName(newest ?? null)}, the newest`)}
          ${models.slice(0, -1).map((m) => option(`neighbours-${m}`, neighbourName(m)))}
          ${option('region', 'Other local authorities in its region')}
          ${option('named', 'Local authorities I name')}
        </select></p>
        ${named ? html`
          <p><label for="compare-input">Local authorities, separated by commas</label>
          <input id="compare-input" type="text" autocomplete="off" .value=${h.compare}
            aria-describedby="compare-hint${problem ? ' compare-problem' : ''}" aria-invalid=${problem ? 'true' : 'false'}
            @change=${(e: Event) => this.chooseNamed(set, (e.target as HTMLInputElement).value, h.groupLabel)}>
          <span id="compare-hint" class="hint">Names, ONS codes or LA numbers, e.g. Bolton, Bury, Wigan</span>
          ${problem ? html`<span id="compare-problem" class="problem">${problem}</span>` : nothing}</p>
          <p><label for="group-label-input">Name of the group (optional)</label>
          <input id="group-label-input" type="text" autocomplete="off" maxlength="80" .value=${h.groupLabel}
            @change=${(e: Event) => this.chooseNamed(set, h.compare, (e.target as HTMLInputElement).value)}></p>`
          : problem ? html`<p id="compare-problem" class="problem">${problem}</p>` : nothing}
      </fieldset>`;
  }

  private chooseGroup(v: string): void {
    this.problem = '';
    this.naming = v === 'named';
    this.host.requestUpdate();
    if (!this.naming) this.go({ group: v, compare: '', groupLabel: '' });
  }

  private chooseNamed(set: ExtractSet, compare: string, label: string): void {
    const text = compare.trim();
    try {
      if (text) comparisonChoice(set.areas, { compare: text, groupLabel: label.trim() });
      this.problem = '';
    } catch (e) {
      this.problem = e instanceof Error ? e.message : String(e);
      this.host.requestUpdate();
      return;
    }
    this.host.requestUpdate();
    this.go({ group: '', compare: text, groupLabel: label.trim() });
  }
}
