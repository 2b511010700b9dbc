import { GOVUK } from './palette';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type SymbolName = 'circle' | 'triangle' | 'diamond' | 'square';

/** How a series is drawn: the legend's swatch repeats it, so the key matches the chart without colour alone. */
export interface SwatchLook {
  colour: string;
  /** An SVG dash array, or 'none' for a solid line. */
  dash: string;
  stroke: number;
  symbol?: SymbolName;
  r?: number;
  /** An outlined marker (white inside), which still shows where it sits on another. */
  hollow?: boolean;
}

/** A 36 × 14 sample of a line (and its marker, if any). */
export function swatch(look: SwatchLook): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 36 14');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '7', x2: '35', y2: '7', stroke: look.colour, 'stroke-width': String(look.stroke), 'stroke-dasharray': look.dash })) line.setAttribute(k, v);
  svg.append(line);
  if (!look.symbol) return svg;
  const r = look.r ?? 4;
  const shape = look.symbol === 'circle' ? document.createElementNS(SVG_NS, 'circle') : document.createElementNS(SVG_NS, 'path');
  if (look.symbol === 'circle') {
    shape.setAttribute('cx', '18');
    shape.setAttribute('cy', '7');
    shape.setAttribute('r', String(r));
  } else {
    const d = look.symbol === 'square' ? `M${18 - r},${7 - r}h${2 * r}v${2 * r}h${-2 * r}Z`
      : look.symbol === 'diamond' ? `M18,${7 - r * 1.3}L${18 + r},7L18,${7 + r * 1.3}L${18 - r},7Z`
        : `M18,${7 - r * 1.2}L${18 + r * 1.1},${7 + r * 0.7}L${18 - r * 1.1},${7 + r * 0.7}Z`;
    shape.setAttribute('d', d);
  }
  shape.setAttribute('fill', look.hollow ? GOVUK.white : look.colour);
  shape.setAttribute('stroke', look.hollow ? look.colour : GOVUK.white);
  shape.setAttribute('stroke-width', look.hollow ? '2' : '1');
  svg.append(shape);
  return svg;
}

/** A key in words beside each swatch (text nodes only: labels come from data files). */
export function legend(items: { label: string; look: SwatchLook; selected?: boolean }[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'legend';
  for (const item of items) {
    const li = document.createElement('li');
    if (item.selected) li.className = 'selected';
    li.append(swatch(item.look), document.createTextNode(item.label));
    ul.append(li);
  }
  return ul;
}
