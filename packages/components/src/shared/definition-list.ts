import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { IndicatorMeta } from '@inclusion-dashboard/core';
import { sameItems } from './same-items';

/**
 * The terms and definitions of a `<dl>`, built with plain DOM calls (text as text, never markup), and made again
 * only when the indicators change (a figure's list is a new array each render): a template for each of the 470
 * definitions of a spine of every indicator was part of a first render of 220 ms at 4x CPU.
 */
class DefinitionList extends Directive {
  private metas: readonly IndicatorMeta[] | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('definitionList() belongs on a <dl>');
  }

  render(_metas: readonly IndicatorMeta[]): unknown {
    return noChange;
  }

  override update(part: ElementPart, [metas]: [readonly IndicatorMeta[]]): unknown {
    if (sameItems(this.metas, metas)) return noChange;
    this.metas = metas;
    part.element.replaceChildren(...metas.flatMap((m) => {
      const dt = document.createElement('dt');
      dt.textContent = m.label;
      const dd = document.createElement('dd');
      dd.textContent = m.definition;
      return [dt, dd];
    }));
    return noChange;
  }
}

/** `<dl ${definitionList(metas)}>`: each indicator's label and definition. */
export const definitionList = directive(DefinitionList);
