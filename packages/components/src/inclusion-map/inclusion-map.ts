import { property } from 'lit/decorators.js';
import {
  NO_VALUE_FILL, VALUE_STOPS, findIndicator, formatValue, hexStep, mapTable, mapView, markedGroup, markedName,
  type ExtractSet, type MapColour, type MapHex, type MapView,
} from '@inclusion-dashboard/core';
import { Comparisons } from '../shared/comparisons';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { GOVUK } from '../shared/palette';
import { svgElement } from '../shared/svg';
import { measurer } from '../shared/text-layout';
import { leastCovered, type Box, type Mark } from '../shared/label-placement';
import { legendStyles } from '../shared/legend.styles';
import { mapStyles } from './inclusion-map.styles';

export interface MapModel {
  view: MapView;
  /** The hexes in keyboard order: region by region, north to south, west to east. */
  order: MapHex[];
}

const DIRECTION = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;

/** A pointy-top hexagon's outline, centred on (x, y). */
function hexPath(x: number, y: number, r: number): string {
  const pts = [90, 30, -30, -90, -150, 150].map((a) => {
    const t = (a * Math.PI) / 180;
    return `${(x + r * Math.cos(t)).toFixed(2)},${(y - r * Math.sin(t)).toFixed(2)}`;
  });
  return `M${pts.join('L')}Z`;
}

/**
 * England's local authorities as a hexagon cartogram, one equal hexagon each, for the boundaries of the period shown:
 * coloured by quartile band (A best, with the letter in each hexagon) or by value, with the selected LA and its
 * statistical neighbours outlined, a key and England's figure.
 *
 * @attr src - URL(s) of observations extracts (Arrow IPC files), space-separated.
 * @attr indicator - Indicator id (e.g. `ehcp-20-weeks`) or LAIT measure code.
 * @attr area - Optional LA to outline, with its statistical neighbours: ONS code, 3-digit LA number or name.
 * @attr period - Optional period (`201819`, `2018/19` or `2022`); the latest by default. It picks the boundaries.
 * @attr breakdown - Optional breakdown value; the total by default.
 * @attr colour - `band` (default: quartile bands after polarity) or `value` (a sequential scale, darker is higher).
 * @attr neighbour-model - Optional statistical-neighbour model to outline (`2021` or `2025`); the newest by default.
 * @attr compare - Optional LAs to outline instead of the neighbours, with their average: names, ONS codes or LA
 *   numbers, separated by commas or spaces.
 * @attr group - Optional group to outline: `region` (the selected LA's region's other LAs), or `neighbours-2021` /
 *   `neighbours-2025` (the statistical neighbours in that model, as `neighbour-model` does).
 * @attr group-label - Optional name for the outlined group, e.g. `Greater Manchester`.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The map container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the map has drawn; detail is the model, with core's `MapView`.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionMap extends Comparisons<MapModel>(ChartElement) {
  static override styles = [...ChartElement.styles, legendStyles, mapStyles];
  protected override pointsGiveTheirPlace = true;

  @property() colour: MapColour = 'band';
  @property({ attribute: 'neighbour-model' }) neighbourModel = '';

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'colour', 'neighbourModel'];
  }

  protected compute(set: ExtractSet): MapModel {
    const { data, indicator, breakdown } = findIndicator(set, this.indicator, this.breakdown);
    const view = mapView(data, set.areas, {
      indicator, breakdown, area: this.area || undefined, period: this.period || undefined,
      colour: this.colour === 'value' ? 'value' : 'band', neighbourModel: this.neighbourModel || undefined,
      group: markedGroup(this.comparison(set)),
    });
    const region = (h: MapHex) => h.area.regionName ?? '';
    const order = [...view.hexes].sort((a, b) => (region(a) < region(b) ? -1 : region(a) > region(b) ? 1 : b.r - a.r || a.q - b.q));
    return { view, order };
  }

  protected heading(m: MapModel): string {
    return `${m.view.indicator.label}: map of local authorities`;
  }

  protected subtitle(m: MapModel): string {
    const v = m.view;
    const meta = v.indicator;
    const when = `${v.periodLabel}${v.breakdown !== meta.breakdown.total ? `, ${v.breakdown}` : ''}`;
    const how = v.colour === 'band' ? 'Quartile bands, A best' : 'Shaded by value, darker is higher';
    const sel = v.selected ? `, ${v.selected.name} outlined` : '';
    const unit = meta.unitLabel.charAt(0).toUpperCase() + meta.unitLabel.slice(1);
    return `${when}. ${how}${sel}. ${unit}.`;
  }

  protected describe(m: MapModel): string {
    return m.view.summary;
  }

  protected override notes(m: MapModel): string[] {
    const out = [...m.view.notes];
    if (m.view.indicator.suppression && m.view.hexes.some((h) => h.status === 'c')) out.push(m.view.indicator.suppression);
    return out;
  }

  protected override sources(m: MapModel) {
    return [m.view.indicator];
  }

  protected table(m: MapModel) {
    return mapTable(m.view);
  }

  protected override jumpsBy(): string {
    return 'from one region to the next';
  }

  protected override arrowsBy(): string {
    return 'to the neighbouring hexagon in that direction';
  }

  protected override hasSelected(m: MapModel): boolean {
    return m.view.hexes.some((h) => h.selected);
  }

  protected override arrowTarget(m: MapModel, i: number, key: keyof typeof DIRECTION): number {
    if (i < 0) return Math.max(0, m.order.findIndex((h) => h.selected));
    return hexStep(m.order, i, DIRECTION[key]);
  }

  protected draw(m: MapModel, width: number): Drawing {
    const v = m.view;
    const meta = v.indicator;
    // As wide as fits, and no taller than about a screen, so the key stays beside or just below it.
    const maxH = Math.max(300, Math.min(620, width * 1.1));
    const r = Math.min(width / v.size.width, maxH / v.size.height);
    const w = Math.round(v.size.width * r);
    const h = Math.round(v.size.height * r);
    const ox = (Math.sqrt(3) / 2) * r;
    const oy = r;
    const at = (x: MapHex) => ({ x: ox + x.x * r, y: oy + x.y * r });
    const svg = svgElement('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, class: `map ${v.colour}-mode` });
    // Never under 12px (the smallest text the other charts draw), even in the narrowest map's 17px-wide hexes.
    const font = Math.max(12, Math.min(15, r * 0.75));

    const hexes = svgElement('g', { class: 'hexes' });
    // Letters go over the outlines, so a thick outline never cuts into one.
    const letters = svgElement('g', { class: 'marks' });
    for (const x of v.hexes) {
      const p = at(x);
      const attrs = { 'data-la': x.area.laCode ?? '', 'data-band': x.band ?? '' };
      hexes.append(svgElement('g', { class: `hex${x.value === null ? ' no-value' : ''}`, ...attrs },
        svgElement('path', { d: hexPath(p.x, p.y, r * 0.96), fill: x.fill, stroke: x.value === null ? GOVUK.secondaryText : GOVUK.white, 'stroke-width': 1 })));
      if (x.mark) {
        letters.append(svgElement('text', {
          ...attrs, class: x.value === null ? 'no-value' : '', x: p.x, y: p.y, dy: '0.35em', 'text-anchor': 'middle', fill: x.ink, 'font-size': font, 'font-weight': 700,
        }, x.mark));
      }
    }
    svg.append(hexes);

    // Outlines over every hex: a white halo under a dark line, so they show on the darkest and lightest fills.
    const outlines = svgElement('g', { class: 'outlines' });
    const outline = (x: MapHex, cls: string, width: number, dash: string) => {
      const p = at(x);
      // On the hex's edge, so the halo inside it stays clear of the letter even in the smallest hexes.
      const d = hexPath(p.x, p.y, r);
      outlines.append(svgElement('path', { class: `${cls}-halo`, d, fill: 'none', stroke: GOVUK.white, 'stroke-width': width + 3, 'stroke-linejoin': 'round' }));
      outlines.append(svgElement('path', { class: cls, d, fill: 'none', stroke: GOVUK.text, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' }));
    };
    for (const x of v.hexes) if (x.neighbour) outline(x, 'neighbour', 2, '4,3');
    const sel = v.hexes.find((x) => x.selected);
    if (sel) outline(sel, 'selected', 3.5, 'none');
    svg.append(outlines, letters);

    if (sel) {
      // The selected LA named near its hex, where the label hides the fewest hexes (the sea off the north-west is
      // often clear), joined to it by a short line when it is not beside it.
      const text = `${sel.area.name}: ${formatValue(sel.value, meta, sel.status)}`;
      const tw = measurer(this, 'bold')(text);
      const th = 18;
      const p = at(sel);
      const boxes: Box[] = [];
      for (const k of [0, 1, 2, 3]) {
        for (const dy of k ? [-1.5 * k * r, 1.5 * k * r] : [0]) {
          const y = p.y + dy - th / 2;
          boxes.push({ x: p.x + r + 3, y, w: tw, h: th }, { x: p.x - r - 3 - tw, y, w: tw, h: th });
        }
        if (k) boxes.push({ x: p.x - tw / 2, y: p.y - r - 4 - th - (k - 1) * 1.5 * r, w: tw, h: th }, { x: p.x - tw / 2, y: p.y + r + 4 + (k - 1) * 1.5 * r, w: tw, h: th });
      }
      const inside = boxes.filter((b) => b.x >= 2 && b.x + b.w <= w - 2 && b.y >= 2 && b.y + b.h <= h - 2);
      const marks: Mark[] = v.hexes.map((x) => ({ ...at(x), r: r * 0.8, weight: x.selected ? 100 : x.neighbour ? 3 : 1 }));
      const box = inside.length ? inside[leastCovered(inside, marks, 0)] : boxes[0];
      const near = { x: Math.max(box.x, Math.min(p.x, box.x + box.w)), y: Math.max(box.y, Math.min(p.y, box.y + box.h)) };
      const dist = Math.hypot(near.x - p.x, near.y - p.y);
      if (dist > r * 1.6) {
        // From the hex's edge, so the line never crosses its letter.
        const from = { x: p.x + ((near.x - p.x) / dist) * r, y: p.y + ((near.y - p.y) / dist) * r };
        const leader = { x1: from.x, y1: from.y, x2: near.x, y2: near.y, 'stroke-linecap': 'round' };
        outlines.before(svgElement('g', { class: 'selected-leader' },
          svgElement('line', { ...leader, stroke: GOVUK.white, 'stroke-width': 4 }),
          svgElement('line', { ...leader, stroke: GOVUK.text, 'stroke-width': 1.5 })));
      }
      svg.append(svgElement('text', {
        class: 'selected-label', x: box.x, y: box.y + th / 2, dy: '0.35em', 'text-anchor': 'start', fill: GOVUK.text, 'font-weight': 700,
        stroke: GOVUK.white, 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round',
      }, text));
    }

    // The key: England's figure, the bands (or the scale's ends), no value, and the outlines.
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
      const id = `${this.ids}-scale`;
      const grad = svgElement('linearGradient', { id }, ...VALUE_STOPS.map((c, k) => svgElement('stop', { offset: `${(k / (VALUE_STOPS.length - 1)) * 100}%`, 'stop-color': c })));
      const bar = svgElement('svg', { viewBox: '0 0 120 16', width: 120, height: 16, class: 'scale', 'aria-hidden': 'true' },
        svgElement('defs', {}, grad), svgElement('rect', { x: 0, y: 0, width: 120, height: 16, fill: `url(#${id})`, stroke: GOVUK.secondaryText }));
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
      item(box(svgElement('path', { d: hexPath(12, 12, 9.5), fill: 'none', stroke: GOVUK.text, 'stroke-width': 3 })), `${sel.area.name} (selected)`, 'selected');
      if (v.neighbours) item(dashed(), `Statistical neighbours (${v.neighbours.model} model)`);
    }
    if (v.group) {
      const avg = v.group.mean === null ? 'no figures to average' : `average ${formatValue(v.group.mean, meta)} (${v.group.n} of ${v.group.values.length} with a figure)`;
      item(dashed(), `${markedName(v.group)}: ${avg}`, 'group-item');
    }
    const wrap = document.createElement('div');
    wrap.className = 'map-wrap';
    wrap.append(svg, ul);

    const points: ChartPoint[] = m.order.map((x) => ({ ...at(x), text: x.announce, group: x.area.regionName ?? '', selected: x.selected }));
    return { node: wrap, points };
  }
}
