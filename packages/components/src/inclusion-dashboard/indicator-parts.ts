// The dashboard's indicator choice and definitions: templates of what the catalogue lists, with no state of their own.
import { html, nothing } from 'lit';
import type { IndicatorListing, IndicatorMeta } from '@inclusion-dashboard/core';
import { indicatorOptions } from './indicator-options';

/** The theme's indicator choice, grouped by topic when it has more than one. */
export function indicatorSelect(list: IndicatorListing[], current: IndicatorListing, choose: (id: string) => void) {
  return html`
    <p class="indicator-select"><label for="indicator-select" class="h h3">Indicator</label>
    <select id="indicator-select" ${indicatorOptions(list, current.id)}
      @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}></select></p>`;
}

/** Each listed indicator's definition, notes, series breaks and suppression rule. */
export function definitions(listed: IndicatorListing[]) {
  // Definitions travel in each extract: with a catalogue, every chart shows its own instead.
  const list = listed.filter((m): m is IndicatorMeta => 'definition' in m);
  if (!list.length) return nothing;
  return html`
    <details>
      <summary>Definitions and notes</summary>
      <dl class="definitions">
        ${list.map((m) => html`<dt>${m.label}</dt><dd>${m.definition}${m.notes.map((n) => html` ${n}`)}${m.breaks.map((b) => html` ${b.note}`)}${m.suppression ? html` ${m.suppression}` : nothing}</dd>`)}
      </dl>
    </details>`;
}
