import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { byTopic, type IndicatorListing } from '@inclusion-dashboard/core';
import { queued } from '../shared/draw-queue';
import { sameItems } from '../shared/same-items';

/** Lists longer than this fill in after the render that shows them. */
const AT_ONCE = 40;

function option(m: IndicatorListing): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = m.id;
  o.textContent = m.label;
  return o;
}

/** Every option, in an optgroup for each topic when there is more than one. */
function fill(select: HTMLSelectElement, list: readonly IndicatorListing[]): void {
  const groups = byTopic(list);
  select.replaceChildren(...(groups.length > 1
    ? groups.map(({ topic, items }) => {
      const g = document.createElement('optgroup');
      g.label = topic;
      g.append(...items.map(option));
      return g;
    })
    : list.map(option)));
}

/**
 * The options of the dashboard's indicator `<select>`, grouped by topic when there is more than one, built with
 * plain DOM calls (text as text, never markup) and made again only when the list changes (the dashboard filters a
 * new array each render). A template for each of the national view's 508 options made its first render a task of
 * 150 to 210 ms at 4x CPU; built with DOM calls they still took 40 ms of it, so a long list first shows the chosen
 * option alone and gets the rest in a queue turn of its own.
 */
class IndicatorOptions extends Directive {
  private list: readonly IndicatorListing[] | null = null;
  private current = '';
  /** The list's options are all in (a long one fills in later). */
  private filled = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('indicatorOptions() belongs on a <select>');
  }

  render(_list: readonly IndicatorListing[], _current: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [list, current]: [readonly IndicatorListing[], string]): unknown {
    const select = part.element as HTMLSelectElement;
    this.current = current;
    if (!sameItems(this.list, list)) {
      this.list = list;
      this.filled = list.length <= AT_ONCE;
      if (this.filled) fill(select, list);
      else {
        void queued(() => {
          if (this.list !== list) return;
          fill(select, list);
          this.filled = true;
          select.value = this.current;
        }, { alone: true });
      }
    }
    // Until a long list fills in, the chosen indicator is its one option.
    if (!this.filled && select.options[0]?.value !== current) {
      const chosen = list.find((m) => m.id === current) ?? list[0];
      select.replaceChildren(...(chosen ? [option(chosen)] : []));
    }
    select.value = current;
    return noChange;
  }
}

/** `<select ${indicatorOptions(list, currentId)}>`: one option for each indicator, the current one chosen. */
export const indicatorOptions = directive(IndicatorOptions);
