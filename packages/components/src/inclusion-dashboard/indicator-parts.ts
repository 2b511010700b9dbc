// The dashboard's indicator choice and definitions: templates of what the catalogue lists, with no state of their own.
import { html, nothing } from 'lit';
import { topicOf, type IndicatorListing, type IndicatorMeta } from '@inclusion-dashboard/core';

/** The theme's indicator choice, grouped by topic when it has more than one. */
export function indicatorSelect(list: IndicatorListing[], current: IndicatorListing, choose: (id: string) => void) {
  const option = (m: IndicatorListing) => html`<option value=${m.id} ?selected=${m.id === current.id}>${m.label}</option>`;
  const topics = [...new Set(list.map(topicOf))];
  return html`
    <p class="indicator-select"><label for="indicator-select" class="h h3">Indicator</label>
    <select id="indicator-select" @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
      ${topics.length > 1
        ? topics.map((t) => html`<optgroup label=${t}>${list.filter((m) => topicOf(m) === t).map(option)}</optgroup>`)
        : list.map(option)}
    </select></p>`;
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
