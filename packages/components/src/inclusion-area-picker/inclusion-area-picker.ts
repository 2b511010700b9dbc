import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { placeKey } from '@inclusion-dashboard/core';
import { baseStyles } from '../shared/base.styles';
import { pickerStyles } from './inclusion-area-picker.styles';

export interface PickerOption {
  value: string;
  label: string;
  /** Shown small after the label and searched too, e.g. "E08000006, 355". */
  hint?: string;
  /** Searched but not shown: other spellings and former codes. */
  keys?: string[];
}

let uid = 0;

/**
 * Options whose label, hint or keys hold the text, or whose place name does once "County Council", "City of" and
 * the like are set aside (core's placeKey): "Kent County Council", "Salford City Council" and "Bristol" all find
 * their LA. Names starting with the text come first (stable otherwise).
 */
export function filterOptions(options: readonly PickerOption[], text: string): PickerOption[] {
  const q = text.trim().toLowerCase();
  const place = placeKey(text);
  const hits = options.filter((o) => {
    const all = [o.label, o.hint ?? '', ...(o.keys ?? [])];
    return all.join(' ').toLowerCase().includes(q) || (!!place && all.some((n) => placeKey(n).includes(place)));
  });
  return hits.sort((a, b) => Number(!a.label.toLowerCase().startsWith(q)) - Number(!b.label.toLowerCase().startsWith(q)));
}

/**
 * A searchable, keyboard-friendly picker (the ARIA 1.2 combobox pattern with a list box, as GOV.UK's accessible
 * autocomplete). Type to filter by name or code; arrows move; Enter chooses; Escape closes.
 *
 * @attr label - The visible label.
 * @attr hint - Optional hint under the label.
 * @attr value - The chosen option's value.
 * @prop options - The choices.
 * @fires change - When an option is chosen; `detail.value` is its value.
 */
export class InclusionAreaPicker extends LitElement {
  static override styles = [baseStyles, pickerStyles];

  @property() label = 'Local authority';
  @property() hint = 'Type a name, an ONS code or an LA number';
  @property() value = '';
  @property({ attribute: false }) options: readonly PickerOption[] = [];

  @state() private text = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private typed = false;

  private readonly uid = `picker${++uid}`;

  private get chosen(): PickerOption | undefined {
    return this.options.find((o) => o.value === this.value);
  }

  /** Every match, so every option can be reached (the list scrolls): the count announced is the true count. */
  private get filtered(): readonly PickerOption[] {
    if (!this.typed) return this.options;
    return filterOptions(this.options, this.text);
  }

  private choose(o: PickerOption): void {
    this.value = o.value;
    this.text = o.label;
    this.typed = false;
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail: { value: o.value } }));
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.typed = true;
    this.open = true;
    this.active = -1;
  }

  private onKey(e: KeyboardEvent): void {
    const list = this.filtered;
    if (e.key === 'ArrowDown' && e.altKey) {
      // The ARIA combobox pattern: Alt+Down opens the list and leaves focus in the box.
      e.preventDefault();
      this.open = true;
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.open = true;
      this.active = Math.min(list.length - 1, this.active + 1);
    } else if (e.key === 'ArrowUp' && e.altKey) {
      e.preventDefault();
      this.open = false;
      this.active = -1;
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open) {
        this.open = true;
        this.active = list.length - 1;
      } else this.active = Math.max(0, this.active - 1);
    } else if (e.key === 'Enter') {
      const o = list[this.active] ?? (list.length === 1 ? list[0] : undefined);
      if (this.open && o) {
        e.preventDefault();
        this.choose(o);
      }
    } else if (e.key === 'Escape') {
      // Closes the list and puts back the chosen area's name in place of what was typed.
      if (this.open || this.typed) e.preventDefault();
      this.typed = false;
      this.text = this.chosen?.label ?? '';
      this.open = false;
      this.active = -1;
    }
  }

  protected override updated(): void {
    this.renderRoot.querySelector(`#${this.uid}-o${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const list = this.open ? this.filtered : [];
    const shown = this.typed || this.open ? this.text : this.chosen?.label ?? '';
    const active = this.active >= 0 && list[this.active] ? `${this.uid}-o${this.active}` : '';
    return html`
      <label for="${this.uid}-input">${this.label}</label>
      ${this.hint ? html`<span class="hint" id="${this.uid}-hint">${this.hint}</span>` : nothing}
      <input id="${this.uid}-input" type="text" role="combobox" autocomplete="off" spellcheck="false"
        aria-autocomplete="list" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="${this.uid}-list"
        aria-describedby=${this.hint ? `${this.uid}-hint` : nothing}
        aria-activedescendant=${active || nothing}
        .value=${shown}
        @input=${this.onInput} @keydown=${this.onKey}
        @focus=${() => { this.text = this.chosen?.label ?? ''; }}
        @blur=${() => { this.open = false; this.typed = false; }}>
      <ul id="${this.uid}-list" role="listbox" aria-label=${this.label} ?hidden=${!this.open}>
        ${list.map((o, i) => html`
          <li id="${this.uid}-o${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'}
            @mousedown=${(e: Event) => { e.preventDefault(); this.choose(o); }}>
            ${o.label}${o.hint ? html` <span class="code">${o.hint}</span>` : nothing}
          </li>`)}
        ${this.open && !list.length ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">No results</li>` : nothing}
      </ul>
      <div class="visually-hidden" aria-live="polite">${this.open ? `${list.length} result${list.length === 1 ? '' : 's'} available` : ''}</div>
    `;
  }
}
