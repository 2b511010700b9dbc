import type { AreaDirectory } from '../area-directory';
import { contrast } from '../contrast';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import { formatValue } from '../format';
import type { IndicatorMeta } from '../indicators';
import type { Band } from '../stats/rank';
import type { Status } from '../status';
import type { AreaValue } from './cross-section';
import { hexCentre, layoutFor, type HexLayout } from './hex-grid';
import { BenchmarkError, type Query } from './query';
import type { ComparisonGroup, GroupSpec } from './groups';
import { describeMap, mapNotes } from '../describe/map';
import { neighbourName } from '../describe/group';
import { extent } from '../stats/extent';
import { ranking, type RankingRow } from './ranking';
import { regionsOverview } from './regions';

export type MapColour = 'band' | 'value';

/** Quartile band fills, darkest for A (the best quarter after polarity). Each hex also carries its letter. */
export const BAND_FILL: Record<Band, string> = { A: '#12436d', B: '#2e75b6', C: '#80b3e0', D: '#d2e5f5' };
/** No value: white, with a grey edge and a dash, so it never reads as a low value. */
export const NO_VALUE_FILL = '#ffffff';
/** The sequential scale for values, lowest to highest. */
export const VALUE_STOPS = ['#eef4fa', '#b9d3ec', '#6ea4d6', '#2e6ba8', '#12436d'] as const;
const INK_DARK = '#0b0c0c';
const INK_LIGHT = '#ffffff';

/** The text colour with more contrast on `fill`. */
export const inkOn = (fill: string): string => (contrast(INK_LIGHT, fill) >= contrast(INK_DARK, fill) ? INK_LIGHT : INK_DARK);

const hex2 = (n: number) => Math.round(Math.max(0, Math.min(255, n))).toString(16).padStart(2, '0');
const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** A value's colour on the sequential scale over `domain` (lowest to highest), interpolated between the stops. */
export function valueFill(value: number, domain: readonly [number, number]): string {
  const [lo, hi] = domain;
  const t = hi > lo ? Math.max(0, Math.min(1, (value - lo) / (hi - lo))) : 0.5;
  const at = t * (VALUE_STOPS.length - 1);
  const i = Math.min(VALUE_STOPS.length - 2, Math.floor(at));
  const f = at - i;
  const [a, b] = [rgb(VALUE_STOPS[i]), rgb(VALUE_STOPS[i + 1])];
  return `#${a.map((x, k) => hex2(x + (b[k] - x) * f)).join('')}`;
}

export interface MapHex {
  area: Area;
  q: number;
  r: number;
  /** Centre, for hexes of circumradius 1 with north at the top. */
  x: number;
  y: number;
  value: number | null;
  status: Status | null;
  rank: number | null;
  band: Band | null;
  fill: string;
  ink: string;
  /** What the hex shows besides its colour: the band letter, a dash for no value, or nothing. */
  mark: string;
  selected: boolean;
  neighbour: boolean;
  /** Read out when the keyboard lands on the hex. */
  announce: string;
}

export interface MapLegendItem {
  label: string;
  fill: string;
  ink: string;
  mark: string;
}

export interface MapView {
  indicator: IndicatorMeta;
  period: string;
  periodLabel: string;
  breakdown: string;
  layout: Pick<HexLayout, 'id' | 'label' | 'notice'>;
  colour: MapColour;
  /** In reading order: north to south, west to east. */
  hexes: MapHex[];
  /** Width and height of the whole map for hexes of circumradius 1. */
  size: { width: number; height: number };
  england: AreaValue | null;
  selected: Area | null;
  /**
   * The selected LA's statistical neighbours, outlined, and the model they come from; `name` says them in the key
   * ("Statistical neighbours (2021 model)", or a `group-label` with the model, as the benchmark says it).
   */
  neighbours: { model: string; names: string[]; name: string } | null;
  /** A group the reader chose (`compare`, `group="region"`), outlined instead of the neighbours, with its average. */
  group: ComparisonGroup | null;
  /** LAs with a value, nationally: ranks and bands are out of this many. */
  of: number;
  thresholds: [number, number, number] | null;
  /** Lowest and highest LA value, for the value scale. */
  domain: [number, number] | null;
  legend: MapLegendItem[];
  /** LAs with a figure for this period that the layout has no hex for (e.g. Bedfordshire before 2009). */
  unmapped: RankingRow[];
  summary: string;
  notes: string[];
}

export interface MapQuery extends Query {
  /** `band` (the default where the indicator has a better direction) or `value`. */
  colour?: MapColour;
  /** The statistical-neighbour model to outline (e.g. `2021`); the newest by default. */
  neighbourModel?: string;
  /** A group to outline instead of the neighbours (or the neighbours of a given model). */
  group?: GroupSpec;
}

const bandWords = (meta: IndicatorMeta, t: [number, number, number], fmt: (v: number) => string): Record<Band, string> => {
  const [q1, q2, q3] = t.map(fmt);
  return meta.polarity === 'high'
    ? { A: `A, best quarter: ${q3} or more`, B: `B: ${q2} to ${q3}`, C: `C: ${q1} to ${q2}`, D: `D, worst quarter: below ${q1}` }
    : { A: `A, best quarter: ${q1} or less`, B: `B: ${q1} to ${q2}`, C: `C: ${q2} to ${q3}`, D: `D, worst quarter: above ${q3}` };
};

/** Every LA of the period's boundary set as one hex, coloured by quartile band or by value, with its summary. */
export function mapView(data: ObservationsExtract, areas: AreaDirectory, q: MapQuery): MapView {
  const r = ranking(data, areas, q);
  if (r.selected && r.selected.level !== 'Local authority') {
    throw new BenchmarkError('unknown-area', `"${q.area}" is ${r.selected.level === 'Regional' ? 'a region' : 'the whole country'}: the map outlines one local authority and its statistical neighbours.`);
  }
  const meta = r.indicator;
  const fmt = (v: number | null, s?: Status | null) => formatValue(v, meta, s);
  const layout = layoutFor(r.period);
  const byLa = new Map(r.rows.filter((x) => x.area.laCode).map((x) => [x.area.laCode as string, x] as const));
  const colour: MapColour = q.colour === 'value' || !r.thresholds ? 'value' : 'band';
  const valued = r.rows.filter((x) => x.value !== null);
  const values = valued.map((x) => x.value as number);
  const domain = extent(values);

  // A chosen group is outlined instead of the neighbours; a neighbour group only picks the model.
  const chosen = r.group && r.group.kind !== 'neighbours' ? r.group : null;
  const model = r.group?.kind === 'neighbours' ? r.group.model ?? undefined : q.neighbourModel;
  const group = !chosen && r.selected ? areas.neighbours(r.selected, model) : undefined;
  const near = new Set(chosen ? chosen.members.map((a) => a.laCode) : group?.areas.map((n) => n.area.laCode) ?? []);
  const top = Math.max(...[...layout.hexes.values()].map((h) => h.r));
  const cols = Math.max(...[...layout.hexes.values()].map((h) => h.q + (h.r & 1 ? 0.5 : 0)));

  const hexes: MapHex[] = [];
  for (const [la, cell] of layout.hexes) {
    const row = byLa.get(la);
    const area = row?.area ?? areas.find(la);
    if (!area) continue;
    const value = row?.value ?? null;
    const status = row ? row.status : 'x';
    const band = row?.band ?? null;
    const fill = value === null ? NO_VALUE_FILL : colour === 'band' && band ? BAND_FILL[band] : domain ? valueFill(value, domain) : NO_VALUE_FILL;
    const selected = area.code === r.selected?.code;
    const neighbour = near.has(la);
    const what = value === null
      ? `${fmt(null, status)}`
      : `${fmt(value)}${row?.rank ? `, rank ${row.rank} of ${r.of}` : ''}${band ? `, band ${band}` : ''}`;
    const role = selected ? ' (selected)' : neighbour ? (chosen ? ` (in ${chosen.label})` : ` (statistical neighbour of ${r.selected!.name}, ${group!.model} model)`) : '';
    hexes.push({
      area, q: cell.q, r: cell.r, ...hexCentre(cell, top), value, status, rank: row?.rank ?? null, band, fill, ink: inkOn(fill),
      mark: value === null ? '–' : colour === 'band' && band ? band : '', selected, neighbour,
      announce: `${area.name}, ${area.regionName ?? 'no region'}: ${what}${role}`,
    });
  }
  hexes.sort((a, b) => b.r - a.r || a.q - b.q);
  const mapped = new Set(layout.hexes.keys());
  const unmapped = r.rows.filter((x) => x.value !== null && !mapped.has(x.area.laCode ?? ''));

  const legend: MapLegendItem[] = [];
  if (colour === 'band' && r.thresholds) {
    const words = bandWords(meta, r.thresholds, (v) => fmt(v));
    for (const b of ['A', 'B', 'C', 'D'] as Band[]) legend.push({ label: words[b], fill: BAND_FILL[b], ink: inkOn(BAND_FILL[b]), mark: b });
  } else if (domain) {
    legend.push({ label: `Lowest: ${fmt(domain[0])}`, fill: VALUE_STOPS[0], ink: inkOn(VALUE_STOPS[0]), mark: '' });
    legend.push({ label: `Highest: ${fmt(domain[1])}`, fill: VALUE_STOPS.at(-1)!, ink: inkOn(VALUE_STOPS.at(-1)!), mark: '' });
  }
  if (hexes.some((h) => h.value === null)) legend.push({ label: 'No value', fill: NO_VALUE_FILL, ink: INK_DARK, mark: '–' });

  const view: MapView = {
    indicator: meta, period: r.period, periodLabel: r.periodLabel, breakdown: r.breakdown,
    layout: { id: layout.id, label: layout.label, notice: layout.notice }, colour, hexes,
    size: { width: Math.sqrt(3) * (cols + 1), height: 1.5 * top + 2 },
    england: r.england, selected: r.selected,
    neighbours: group ? {
      model: group.model, names: group.areas.map((n) => n.area.name),
      name: neighbourName(group.model, q.group?.kind === 'neighbours' ? q.group.label : undefined),
    } : null,
    group: chosen,
    of: r.of, thresholds: r.thresholds, domain, legend, unmapped, summary: '', notes: [],
  };
  view.summary = describeMap(view, r.rows, regionPattern(data, areas, view));
  view.notes = mapNotes(view);
  return view;
}

/** Of the regions' published figures, the highest and the lowest. */
function regionPattern(data: ObservationsExtract, areas: AreaDirectory, v: MapView): AreaValue[] {
  try {
    return regionsOverview(data, areas, { indicator: v.indicator.id, period: v.period, breakdown: v.breakdown }).regions.filter((x) => x.value !== null);
  } catch {
    return [];
  }
}
