import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { sourceGroups, type IndicatorMeta } from '@inclusion-dashboard/core';
import { queueDraw } from './draw-queue';
import { httpsUrl } from './safe-link';
import { sameItems } from './same-items';

/** Definitions written with the render; a longer list adds the rest `PER_TURN` a turn of the page-wide queue. */
const AT_ONCE = 50;
const PER_TURN = 100;

/** A term and its definition, as text; with `link`, the definition ends with its source, linked (https only). */
function entry(m: IndicatorMeta, link: boolean): Node[] {
  const dt = document.createElement('dt');
  dt.textContent = m.label;
  const dd = document.createElement('dd');
  dd.textContent = m.definition;
  const href = link ? httpsUrl(m.source.url) : null;
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = m.source.publication;
    dd.append(' Source: ', a, '.');
  }
  return [dt, dd];
}

/**
 * The terms and definitions of a `<dl>`, built with plain DOM calls (text as text, never markup), and made again
 * only when the indicators change (a figure's list is a new array each render): a template for each of the 470
 * definitions of a spine of every indicator was part of a first render of 220 ms at 4x CPU, and writing them
 * in that render still about 20 ms of it, so past the first fifty they follow in later turns (the list is in a
 * closed `<details>`).
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
    // The addresses of a publication name given to several, which the source paragraph leaves to the definitions.
    const linked = new Set(sourceGroups(metas).flatMap((g) => (g.urls.length > 1 ? g.urls : [])));
    const dl = part.element;
    const entries = (from: number, to: number) => metas.slice(from, to).flatMap((m) => entry(m, linked.has(m.source.url)));
    dl.replaceChildren(...entries(0, AT_ONCE));
    const more = (from: number) => queueDraw(() => {
      // A newer list has replaced this one.
      if (this.metas !== metas) return;
      dl.append(...entries(from, from + PER_TURN));
      if (from + PER_TURN < metas.length) more(from + PER_TURN);
    }, { later: true });
    if (metas.length > AT_ONCE) more(AT_ONCE);
    return noChange;
  }
}

/**
 * `<dl ${definitionList(metas)}>`: each indicator's label and definition, and its source where the figure's source
 * paragraph does not link it (source-paragraph.ts).
 */
export const definitionList = directive(DefinitionList);
