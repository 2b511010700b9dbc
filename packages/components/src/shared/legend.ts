import { GOVUK } from './palette';
import { svgElement } from './svg';


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
function swatch(look: SwatchLook): SVGSVGElement {
  const svg = svgElement('svg', { viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true' },
    svgElement('line', { x1: 1, y1: 7, x2: 35, y2: 7, stroke: look.colour, 'stroke-width': look.stroke, 'stroke-dasharray': look.dash }));
  if (!look.symbol) return svg;
  const r = look.r ?? 4;
  const paint = { fill: look.hollow ? GOVUK.white : look.colour, stroke: look.hollow ? look.colour : GOVUK.white, 'stroke-width': look.hollow ? 2 : 1 };
  const d = look.symbol === 'square' ? `M${18 - r},${7 - r}h${2 * r}v${2 * r}h${-2 * r}Z`
    : look.symbol === 'diamond' ? `M18,${7 - r * 1.3}L${18 + r},7L18,${7 + r * 1.3}L${18 - r},7Z`
      : `M18,${7 - r * 1.2}L${18 + r * 1.1},${7 + r * 0.7}L${18 - r * 1.1},${7 + r * 0.7}Z`;
  svg.append(look.symbol === 'circle' ? svgElement('circle', { cx: 18, cy: 7, r, ...paint }) : svgElement('path', { d, ...paint }));
  return svg;
}

/**
 * A chart with its key below: a swatch of each line beside its name, in words (text nodes only: labels come from
 * data files).
 */
export function withLegend(chart: Node, items: { label: string; look: SwatchLook; selected?: boolean }[]): HTMLDivElement {
  const ul = document.createElement('ul');
  ul.className = 'legend';
  for (const item of items) {
    const li = document.createElement('li');
    if (item.selected) li.className = 'selected';
    li.append(swatch(item.look), document.createTextNode(item.label));
    ul.append(li);
  }
  const wrap = document.createElement('div');
  wrap.append(chart, ul);
  return wrap;
}
