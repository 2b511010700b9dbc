import { NO_VALUE_FILL, VALUE_STOPS, formatValue, groupLegendLabel, type MapHex, type MapView } from '@inclusion-dashboard/core';
import { GOVUK } from '../shared/palette';
import { svgElement } from '../shared/svg';
import { leastCovered, type Box, type Mark } from '../shared/label-placement';
import { LINE, wrap } from '../shared/text-layout';

/** Text width in px, as the chart's font draws it. */
type Measure = (s: string) => number;

// The hexagon map's drawing, in parts: its frame (pure), the hexes and letters, the outlines, the selected LA's
// label (placed by a pure function) and the key. InclusionMap.draw() puts them together.

/** A pointy-top hexagon's outline, centred on (x, y). */
export function hexPath(x: number, y: number, r: number): string {
  const pts = [90, 30, -30, -90, -150, 150].map((a) => {
    const t = (a * Math.PI) / 180;
    return `${(x + r * Math.cos(t)).toFixed(2)},${(y - r * Math.sin(t)).toFixed(2)}`;
  });
  return `M${pts.join('L')}Z`;
}

export interface MapFrame {
  /** The hexagon's radius, the drawing's size and the letters' font size, in px. */
  r: number;
  w: number;
  h: number;
  font: number;
  at: (x: MapHex) => { x: number; y: number };
}

/** The map's size for `width`: as wide as fits, and no taller than about a screen, so the key stays beside or just below it. */
export function mapFrame(v: MapView, width: number): MapFrame {
  const maxH = Math.max(300, Math.min(620, width * 1.1));
  const r = Math.min(width / v.size.width, maxH / v.size.height);
  const ox = (Math.sqrt(3) / 2) * r;
  const oy = r;
  // Never under 12px (the smallest text the other charts draw), even in the narrowest map's 17px-wide hexes.
  const font = Math.max(12, Math.min(15, r * 0.75));
  return { r, w: Math.round(v.size.width * r), h: Math.round(v.size.height * r), font, at: (x) => ({ x: ox + x.x * r, y: oy + x.y * r }) };
}

/** Every hex, filled; and its letter, in a layer of its own so a thick outline never cuts into one. */
export function hexLayers(v: MapView, f: MapFrame): { hexes: SVGGElement; letters: SVGGElement } {
  const { r, at, font } = f;
  const hexes = svgElement('g', { class: 'hexes' });
  const letters = svgElement('g', { class: 'marks' });
  for (const x of v.hexes) {
    const p = at(x);
    const attrs = { 'data-la': x.area.laCode ?? '', 'data-band': x.band ?? '' };
    hexes.append(svgElement('g', { class: `hex${x.value === null ? ' no-value' : ''}`, ...attrs },
      // By value, the lightest shades are all but white: a grey edge shows every hexagon (band fills carry letters).
      svgElement('path', { d: hexPath(p.x, p.y, r * 0.96), fill: x.fill, stroke: x.value === null || v.colour === 'value' ? GOVUK.secondaryText : GOVUK.white, 'stroke-width': 1 })));
    if (x.mark) {
      letters.append(svgElement('text', {
        ...attrs, class: x.value === null ? 'no-value' : '', x: p.x, y: p.y, dy: '0.35em', 'text-anchor': 'middle', fill: x.ink, 'font-size': font, 'font-weight': 700,
      }, x.mark));
    }
  }
  return { hexes, letters };
}

/** Outlines over every hex (neighbours dashed, the selected LA solid): a white halo under a dark line, so they show on the darkest and lightest fills. */
export function outlineLayer(v: MapView, f: MapFrame): SVGGElement {
  const outlines = svgElement('g', { class: 'outlines' });
  const outline = (x: MapHex, cls: string, width: number, dash: string) => {
    const p = f.at(x);
    // On the hex's edge, so the halo inside it stays clear of the letter even in the smallest hexes.
    const d = hexPath(p.x, p.y, f.r);
    outlines.append(svgElement('path', { class: `${cls}-halo`, d, fill: 'none', stroke: GOVUK.white, 'stroke-width': width + 3, 'stroke-linejoin': 'round' }));
    outlines.append(svgElement('path', { class: cls, d, fill: 'none', stroke: GOVUK.text, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' }));
  };
  for (const x of v.hexes) if (x.neighbour) outline(x, 'neighbour', 2, '4,3');
  const sel = v.hexes.find((x) => x.selected);
  if (sel) outline(sel, 'selected', 3.5, 'none');
  return outlines;
}

/** The selected LA's label: its lines, where they go and the leader from its hex, if any. */
export interface SelectedLabel {
  lines: string[];
  box: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Whether the box is wholly inside the map. */
  inside: boolean;
  /** How many hexes it hides, weighted as placeSelectedLabel weighs them. */
  hides: number;
}

/**
 * Where the selected LA's label goes (tw by th px): near its hex, where it hides the fewest hexes (the sea off the
 * north-west is often clear), with a leader from the hex's edge when it is not beside it. Places above and below
 * the hex are also tried slid sideways into the map, for a hex near its edge. Pure.
 */
export function placeSelectedLabel(v: MapView, f: MapFrame, sel: MapHex, tw: number, th: number): Omit<SelectedLabel, 'lines'> {
  const { r, w, h, at } = f;
  const p = at(sel);
  const boxes: Box[] = [];
  const slid: Box[] = [];
  for (const k of [0, 1, 2, 3]) {
    for (const dy of k ? [-1.5 * k * r, 1.5 * k * r] : [0]) {
      const y = p.y + dy - th / 2;
      boxes.push({ x: p.x + r + 3, y, w: tw, h: th }, { x: p.x - r - 3 - tw, y, w: tw, h: th });
    }
    if (k) boxes.push({ x: p.x - tw / 2, y: p.y - r - 4 - th - (k - 1) * 1.5 * r, w: tw, h: th }, { x: p.x - tw / 2, y: p.y + r + 4 + (k - 1) * 1.5 * r, w: tw, h: th });
  }
  for (const b of boxes) slid.push({ ...b, x: Math.max(2, Math.min(w - 2 - tw, b.x)) });
  const fits = (b: Box) => b.x >= 2 && b.x + b.w <= w - 2 && b.y >= 2 && b.y + b.h <= h - 2;
  const inside = [...boxes, ...slid].filter(fits);
  const marks: Mark[] = v.hexes.map((x) => ({ ...at(x), r: r * 0.8, weight: x.selected ? 100 : x.neighbour ? 3 : 1 }));
  const box = inside.length ? inside[leastCovered(inside, marks, 0)] : slid[0];
  const hides = marks.reduce((n, m) => n + (m.x + m.r > box.x && m.x - m.r < box.x + box.w && m.y + m.r > box.y && m.y - m.r < box.y + box.h ? m.weight ?? 1 : 0), 0);
  const near = { x: Math.max(box.x, Math.min(p.x, box.x + box.w)), y: Math.max(box.y, Math.min(p.y, box.y + box.h)) };
  const dist = Math.hypot(near.x - p.x, near.y - p.y);
  const ok = inside.length > 0;
  if (dist <= r * 1.6) return { box, leader: null, inside: ok, hides };
  // From the hex's edge, so the line never crosses its letter.
  return { box, leader: { x1: p.x + ((near.x - p.x) / dist) * r, y1: p.y + ((near.y - p.y) / dist) * r, x2: near.x, y2: near.y }, inside: ok, hides };
}

/**
 * The selected LA's label: "Name: figure" on one line, or the name wrapped to the map's width with the figure on a
 * line of its own (a long name on a phone), whichever fits inside the map hiding fewer hexes; one line on a tie. Pure.
 */
export function layoutSelectedLabel(v: MapView, f: MapFrame, sel: MapHex, measureBold: Measure): SelectedLabel {
  const name = sel.area.name;
  const figure = formatValue(sel.value, v.indicator, sel.status);
  const options = [[`${name}: ${figure}`], [...wrap(`${name}:`, f.w - 4, measureBold), figure]].map((lines): SelectedLabel => {
    const tw = Math.max(...lines.map(measureBold));
    return { lines, ...placeSelectedLabel(v, f, sel, tw, LINE * lines.length) };
  });
  const rank = (l: SelectedLabel) => (l.inside ? l.hides : Infinity);
  return rank(options[1]) < rank(options[0]) ? options[1] : options[0];
}

/**
 * The selected LA's name and figure beside its hex (its leader goes under the outlines), as layoutSelectedLabel
 * says, where that hides no other hexagon's letter; else none (the thick outline marks the hex, the key gives the
 * figure), as on most phones.
 */
export function drawSelectedLabel(svg: SVGSVGElement, outlines: SVGGElement, v: MapView, f: MapFrame, sel: MapHex, measureBold: Measure): void {
  const { lines, box, leader, inside, hides } = layoutSelectedLabel(v, f, sel, measureBold);
  if (!inside || hides > 0) return;
  if (leader) {
    const line = { ...leader, 'stroke-linecap': 'round' };
    outlines.before(svgElement('g', { class: 'selected-leader' },
      svgElement('line', { ...line, stroke: GOVUK.white, 'stroke-width': 4 }),
      svgElement('line', { ...line, stroke: GOVUK.text, 'stroke-width': 1.5 })));
  }
  svg.append(svgElement('text', {
    class: 'selected-label', 'text-anchor': 'start', fill: GOVUK.text, 'font-weight': 700,
    stroke: GOVUK.white, 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round',
  }, ...lines.map((s, i) => svgElement('tspan', { x: box.x, y: box.y + LINE / 2 + i * LINE, dy: '0.35em' }, s))));
}

/** The key: England's figure, the bands (or the scale's ends), no value, and the outlines. `scaleId` names the scale's gradient. */
export function mapLegend(v: MapView, sel: MapHex | undefined, scaleId: string): HTMLUListElement {
  const meta = v.indicator;
  const ul = document.createElement('ul');
  ul.className = 'legend map-legend';
  const item = (swatch: SVGSVGElement, label: string, cls = '') => {
    const li = document.createElement('li');
    if (cls) li.className = cls;
    li.append(swatch, document.createTextNode(label));
    ul.append(li);
  };
  const box = (...children: SVGElement[]) => svgElement('svg', { viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true' }, ...children);
  if (v.england) {
    const li = document.createElement('li');
    li.className = 'england';
    li.textContent = `England: ${formatValue(v.england.value, meta, v.england.status)}`;
    ul.append(li);
  }
  if (v.colour === 'value' && v.domain) {
    const grad = svgElement('linearGradient', { id: scaleId }, ...VALUE_STOPS.map((c, k) => svgElement('stop', { offset: `${(k / (VALUE_STOPS.length - 1)) * 100}%`, 'stop-color': c })));
    const bar = svgElement('svg', { viewBox: '0 0 120 16', width: 120, height: 16, class: 'scale', 'aria-hidden': 'true' },
      svgElement('defs', {}, grad), svgElement('rect', { x: 0, y: 0, width: 120, height: 16, fill: `url(#${scaleId})`, stroke: GOVUK.secondaryText }));
    const li = document.createElement('li');
    li.className = 'scale-item';
    li.append(document.createTextNode(formatValue(v.domain[0], meta)), bar, document.createTextNode(formatValue(v.domain[1], meta)));
    ul.append(li);
  }
  for (const l of v.legend) {
    if (v.colour === 'value' && l.mark === '') continue;
    item(box(svgElement('path', { d: hexPath(12, 12, 11), fill: l.fill, stroke: l.fill === NO_VALUE_FILL ? GOVUK.secondaryText : GOVUK.white }),
      ...(l.mark ? [svgElement('text', { x: 12, y: 12, dy: '0.35em', 'text-anchor': 'middle', fill: l.ink, 'font-size': 12, 'font-weight': 700 }, l.mark)] : [])), l.label, 'band-item');
  }
  const dashed = () => box(svgElement('path', { d: hexPath(12, 12, 9.5), fill: 'none', stroke: GOVUK.text, 'stroke-width': 2, 'stroke-dasharray': '4,3' }));
  if (sel) {
    item(box(svgElement('path', { d: hexPath(12, 12, 9.5), fill: 'none', stroke: GOVUK.text, 'stroke-width': 3 })), `${sel.area.name} (selected): ${formatValue(sel.value, meta, sel.status)}`, 'selected');
    if (v.neighbours) item(dashed(), v.neighbours.name);
  }
  if (v.group) item(dashed(), groupLegendLabel(v.group, meta), 'group-item');
  return ul;
}
