import type { AreaDirectory } from '../area-directory';
import { contrast } from '../contrast';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import { formatValue, sentenceCase } from '../format';
import type { IndicatorMeta } from '../indicators';
import type { Band } from '../stats/rank';
import { STATUS_REASON, type Status } from '../status';
import { makeTable, textCell, valueCell, type TableModel } from '../table';
import type { AreaValue } from './cross-section';
import { hexCentre, layoutFor, type HexLayout } from './hex-grid';
import { BenchmarkError, type Query } from './query';
import type { ComparisonGroup, GroupSpec } from './groups';
import { describeMarkedGroup, inSentence, markedName } from '../describe/group';
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
  /** The selected LA's statistical neighbours, outlined, and the model they come from. */
  neighbours: { model: string; names: string[] } | null;
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

/** Lowest and highest, in one pass: spreading 100,000 values into Math.min would overflow the call stack. */
function extent(values: readonly number[]): [number, number] | null {
  if (!values.length) return null;
  let lo = values[0];
  let hi = values[0];
  for (const x of values) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

/** "a, b and c", or with semicolons when a name has its own comma ("Bournemouth, Christchurch and Poole"). */
function listOf(names: string[]): string {
  if (names.length < 2) return names.join('');
  const sep = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return `${names.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${names.at(-1)}`;
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
    neighbours: group ? { model: group.model, names: group.areas.map((n) => n.area.name) } : null, group: chosen,
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

/** The map's text alternative: where the chosen LA sits, the highest and lowest, the regional pattern, the gaps. */
export function describeMap(v: MapView, rows: readonly RankingRow[], regions: readonly AreaValue[]): string {
  const meta = v.indicator;
  const fmt = (x: number | null, s?: Status | null) => formatValue(x, meta, s);
  const topic = `${sentenceCase(meta.label)}${v.breakdown !== meta.breakdown.total ? ` (${v.breakdown})` : ''} in ${v.periodLabel}`;
  const parts: string[] = [];
  const eng = v.england?.value ?? null;
  const sel = v.selected ? v.hexes.find((h) => h.selected) : undefined;
  if (v.selected && !sel) {
    parts.push(`${v.selected.name} is not on the map of ${v.periodLabel} boundaries (${v.layout.label}).`);
  } else if (sel && sel.value === null) {
    parts.push(`${sel.area.name}'s ${topic} is ${fmt(null, sel.status)}.`);
  } else if (sel) {
    // Short sentences, for a reading age of 9 (issue 14).
    parts.push(`${sel.area.name}'s ${topic} was ${fmt(sel.value)}.`);
    if (eng !== null) parts.push(`That is ${sel.value! > eng ? 'higher than' : sel.value! < eng ? 'lower than' : 'the same as'} England (${fmt(eng)}).`);
    if (sel.rank) parts.push(`Rank ${sel.rank} of ${v.of} councils${sel.band ? `, band ${sel.band} (A is best)` : ' (1 is highest)'}.`);
  } else {
    parts.push(`The map shows ${topic} for ${v.of} councils.${eng === null ? '' : ` England's figure was ${fmt(eng)}.`}`);
  }
  if (sel && v.neighbours) {
    const near = v.hexes.filter((h) => h.neighbour);
    const counts = (['A', 'B', 'C', 'D'] as Band[]).map((b) => [b, near.filter((h) => h.band === b).length] as const).filter(([, n]) => n);
    const none = near.filter((h) => h.value === null).length;
    parts.push(`Its ${near.length} statistical neighbours (${v.neighbours.model} model) have an outline.`);
    if (v.colour === 'band' && counts.length) parts.push(`Of these, ${listOf([...counts.map(([b, n]) => `${n} ${n === 1 ? 'is' : 'are'} in band ${b}`), ...(none ? [`${none} ${none === 1 ? 'has' : 'have'} no value`] : [])])}.`);
  }
  if (v.group) parts.push(describeMarkedGroup(v.group, v.group.members.map((a) => rows.find((x) => x.area.code === a.code)?.rank ?? null), v.of, meta, 'a dashed outline'));
  const valued = rows.filter((x) => x.value !== null);
  if (valued.length) {
    const [lo, hi] = extent(valued.map((x) => x.value as number))!;
    const named = (val: number) => {
      const xs = valued.filter((x) => x.value === val).map((x) => x.area.name);
      return xs.length > 3 ? `${xs[0]} and ${xs.length - 1} others` : listOf(xs);
    };
    parts.push(`Highest: ${named(hi)} (${fmt(hi)}). Lowest: ${named(lo)} (${fmt(lo)}).`);
  }
  if (regions.length >= 2) {
    const sorted = [...regions].sort((a, b) => (b.value as number) - (a.value as number));
    const [top, bottom] = [sorted[0], sorted.at(-1)!];
    let s = `Of the regions, ${top.name} has the highest figure (${fmt(top.value)}) and ${bottom.name} the lowest (${fmt(bottom.value)}).`;
    if (v.colour === 'band') {
      const share = (name: string, b: Band) => {
        const mine = v.hexes.filter((h) => h.area.regionName === name && h.value !== null);
        return mine.length ? mine.filter((h) => h.band === b).length / mine.length : 0;
      };
      const names = [...new Set(regions.map((x) => x.name))];
      const most = (b: Band) => names.reduce((a, n) => (share(n, b) > share(a, b) ? n : a), names[0]);
      const [a, d] = [most('A'), most('D')];
      const pct = (n: string, b: Band) => `${Math.round(share(n, b) * 100)}%`;
      s += ` ${a} has the most councils in band A for its size (${pct(a, 'A')}). ${d} has the most in band D (${pct(d, 'D')}).`;
    }
    parts.push(s);
  }
  // Sets, not nested scans: rows can be many (a hostile file), so this stays O(rows + hexes).
  const onMap = new Set(v.hexes.map((h) => h.area.code));
  const inRows = new Set(rows.map((x) => x.area.code));
  const missing = rows.filter((x) => x.value === null && onMap.has(x.area.code));
  const absent = v.hexes.filter((h) => h.value === null && !inRows.has(h.area.code));
  const gaps = [...missing.map((x) => ({ name: x.area.name, why: STATUS_REASON[x.status ?? 'x'] })), ...absent.map((h) => ({ name: h.area.name, why: 'no figure published' }))];
  if (gaps.length) {
    const groups = new Map<string, string[]>();
    for (const g of gaps) groups.set(g.why, [...(groups.get(g.why) ?? []), g.name]);
    const n = gaps.length;
    const head = `${n} council${n === 1 ? ' has' : 's have'} no value`;
    parts.push(n <= 8
      ? `${head}: ${[...groups].map(([why, xs]) => `${listOf(xs)} (${why})`).join('; ')}.`
      : `${head} (${[...groups].map(([why, xs]) => `${xs.length} ${why}`).join(', ')}); they are listed in the table.`);
  }
  if (v.unmapped.length) {
    const names = v.unmapped.map((x) => x.area.name);
    parts.push(`Not on this map, which shows the boundaries ${v.layout.label}: ${listOf(names)}; ${names.length === 1 ? 'its figure is' : 'their figures are'} in the table.`);
  }
  return parts.join(' ');
}

function mapNotes(v: MapView): string[] {
  const out = [
    `Each hexagon is one local authority, the same size whatever its area or population, placed roughly where it is in England. Boundaries ${v.layout.label}.`,
    v.colour === 'band'
      ? 'Colour and letter show the quartile band: A is the best quarter of local authorities, D the worst. A dash marks no value.'
      : v.indicator.polarity === 'none'
        ? 'This indicator has no better or worse direction, so hexagons are shaded by value: darker is higher. A dash marks no value.'
        : 'Hexagons are shaded by value: darker is higher. A dash marks no value.',
  ];
  if (v.selected) out.push(`The selected local authority has a thick outline${v.neighbours ? `; its statistical neighbours (${v.neighbours.model} model) a dashed one` : ''}.`);
  if (v.group) out.push(`The ${v.group.members.length} local authorities of ${inSentence(markedName(v.group))} have a dashed outline; their average is the simple mean of those with a published figure, as the statistical neighbours' average is.`);
  out.push(`${v.layout.notice}.`);
  return out;
}

/** The map's table alternative: every hex's LA, with its region, value, rank and band, in rank order. */
export function mapTable(v: MapView): TableModel {
  const meta = v.indicator;
  const banded = meta.polarity !== 'none';
  type Row = Pick<MapHex, 'area' | 'value' | 'status' | 'rank' | 'band' | 'selected' | 'neighbour'> & { mapped: boolean };
  const rows: Row[] = [...v.hexes.map((h) => ({ ...h, mapped: true })), ...v.unmapped.map((x) => ({ ...x, neighbour: false, mapped: false }))]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.area.name < b.area.name ? -1 : 1));
  const columns = [
    { key: 'area', label: 'Local authority' },
    { key: 'region', label: 'Region' },
    { key: 'value', label: 'Value', numeric: true },
    { key: 'rank', label: 'Rank', numeric: true },
    ...(banded ? [{ key: 'band', label: 'Band' }] : []),
    { key: 'outline', label: 'On the map' },
  ];
  const cells = rows.map((h) => [
    textCell(h.area.name),
    textCell(h.area.regionName ?? ''),
    valueCell(h.value, meta, h.status),
    h.rank === null ? textCell('Not ranked', null) : textCell(String(h.rank), h.rank),
    ...(banded ? [h.band ? textCell(h.band) : textCell('No band', null)] : []),
    textCell(!h.mapped ? 'Not on this map' : h.selected ? 'Selected' : h.neighbour ? (v.group ? `In ${v.group.label}` : `Statistical neighbour (${v.neighbours?.model} model)`) : ''),
  ]);
  // The legend gives England's figure, so the caption does too.
  const england = v.england?.value != null ? `. England: ${formatValue(v.england.value, meta)}` : '';
  return makeTable(`${meta.label} by local authority, ${v.periodLabel} (${meta.unitLabel})${england}`, columns, cells, 0);
}
