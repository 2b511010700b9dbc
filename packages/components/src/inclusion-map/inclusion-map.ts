import { property } from 'lit/decorators.js';
import { findIndicator, hexStep, mapTable, mapView, markedGroup, type ExtractSet, type MapColour, type MapHex, type MapView } from '@inclusion-dashboard/core';
import { Comparisons } from '../shared/comparisons';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { svgElement } from '../shared/svg';
import { measurer } from '../shared/text-layout';
import { mapStyles } from './inclusion-map.styles';
import { drawSelectedLabel, hexLayers, mapFrame, mapLegend, outlineLayer } from './map-draw';

export interface MapModel {
  view: MapView;
  /** The hexes in keyboard order: region by region, north to south, west to east. */
  order: MapHex[];
}

const DIRECTION = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;

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
export class InclusionMap extends Comparisons<ChartElement<MapModel>>(ChartElement) {
  static override styles = [...ChartElement.styles, mapStyles];
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
    const f = mapFrame(v, width);
    const svg = svgElement('svg', { width: f.w, height: f.h, viewBox: `0 0 ${f.w} ${f.h}`, class: `map ${v.colour}-mode` });
    const { hexes, letters } = hexLayers(v, f);
    const outlines = outlineLayer(v, f);
    svg.append(hexes, outlines, letters);
    const sel = v.hexes.find((x) => x.selected);
    if (sel) drawSelectedLabel(svg, outlines, v, f, sel, measurer(this, 'bold'));
    const wrap = document.createElement('div');
    wrap.className = 'map-wrap';
    wrap.append(svg, mapLegend(v, sel, `${this.ids}-scale`));
    const points: ChartPoint[] = m.order.map((x) => ({ ...f.at(x), text: x.announce, group: x.area.regionName ?? '', selected: x.selected }));
    return { node: wrap, points };
  }
}
