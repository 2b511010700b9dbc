// "Download the data (CSV)": the published figures behind a chart, one row per figure, with the codes a
// spreadsheet joins on (ONS 9-character code and the 3-digit old_la_code), the period's code and label, the unit,
// the value exactly as stored from DfE's file, the status symbol and its reason, and the source.
// Pure: the element hands over the extracts it loaded and the model it drew.
import type { ExtractSet } from './extract-set';
import type { Observation } from './extract/observations';
import type { IndicatorMeta } from './indicators';
import { compareText } from './collate';
import { comparePeriods } from './periods';
import { STATUS_REASON } from './status';

export interface ExportRow {
  indicator: string;
  indicatorLabel: string;
  level: string;
  areaCode: string;
  laCode: string;
  areaName: string;
  period: string;
  periodLabel: string;
  breakdownDimension: string;
  breakdown: string;
  unit: string;
  unitLabel: string;
  /** The figure as stored from DfE's file (shortest exact form, no rounding); empty when there is none. */
  value: string;
  numerator: string;
  denominator: string;
  /** The status symbol (c, x, z, low, u) when there is no value, else empty. */
  status: string;
  statusReason: string;
  source: string;
  sourceUrl: string;
}

export const EXPORT_COLUMNS: readonly (readonly [keyof ExportRow, string])[] = [
  ['indicator', 'indicator_id'], ['indicatorLabel', 'indicator'], ['level', 'geographic_level'],
  ['areaCode', 'area_code'], ['laCode', 'old_la_code'], ['areaName', 'area_name'],
  ['period', 'time_period'], ['periodLabel', 'time_label'], ['breakdownDimension', 'breakdown_dimension'], ['breakdown', 'breakdown'],
  ['unit', 'unit'], ['unitLabel', 'unit_label'], ['value', 'value'], ['numerator', 'numerator'], ['denominator', 'denominator'],
  ['status', 'status'], ['statusReason', 'status_reason'], ['source', 'source'], ['sourceUrl', 'source_url'],
];

/** What a chart shows: its areas, and per indicator the periods and breakdowns; England when it compares with it. */
export interface ExportScope {
  indicators: string[];
  areas: Set<string>;
  england: boolean;
  periods: Map<string, Set<string>>;
  breakdowns: Map<string, Set<string>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isMeta = (v: unknown): v is IndicatorMeta => isObject(v) && typeof v.id === 'string' && typeof v.unit === 'string' && isObject(v.source);
const isArea = (v: Record<string, unknown>) => typeof v.code === 'string' && typeof v.name === 'string' && 'laCode' in v;

/**
 * Reads the scope off any model the analyses return (benchmark, trend, ranking, map, breakdown, spine): areas
 * are objects with a code, name and laCode; `period`/`periods` and `breakdown` fields belong to the nearest
 * enclosing `indicator`; an `england` field or series means England's figure is shown. `metas` are the
 * indicators the element names as its sources.
 */
export function exportScope(model: unknown, metas: readonly IndicatorMeta[]): ExportScope {
  const scope: ExportScope = { indicators: metas.map((m) => m.id), areas: new Set(), england: false, periods: new Map(), breakdowns: new Map() };
  const global = { periods: new Set<string>(), breakdowns: new Set<string>() };
  const seen = new Set<object>();
  const add = (map: Map<string, Set<string>>, id: string, v: string) => {
    if (!map.has(id)) map.set(id, new Set());
    map.get(id)!.add(v);
  };
  const walk = (v: unknown, indicator: string | null, depth: number): void => {
    if (!isObject(v) || seen.has(v) || depth > 8 || v instanceof Map || v instanceof Set) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, indicator, depth + 1);
      return;
    }
    if (isMeta(v)) return;
    const here = isMeta(v.indicator) ? v.indicator.id : indicator;
    if (isMeta(v.indicator) && !scope.indicators.includes(here!)) scope.indicators.push(here!);
    if (isArea(v)) scope.areas.add(v.code as string);
    if (v.england !== undefined && v.england !== null) scope.england = true;
    if (v.key === 'england') scope.england = true;
    const period = (p: unknown) => {
      if (typeof p !== 'string') return;
      if (here) add(scope.periods, here, p);
      else global.periods.add(p);
    };
    for (const [k, x] of Object.entries(v)) {
      if (k === 'period') period(x);
      else if (k === 'periods' && Array.isArray(x)) x.forEach(period);
      else if (k === 'breakdown' && typeof x === 'string') {
        if (here) add(scope.breakdowns, here, x);
        else global.breakdowns.add(x);
      } else walk(x, here, depth + 1);
    }
    // A trend's region line is the area's region, which the model names by code only on the area.
    if (Array.isArray(v.series) && v.series.some((s) => isObject(s) && s.key === 'region') && isObject(v.area) && typeof v.area.regionCode === 'string') {
      scope.areas.add(v.area.regionCode);
    }
  };
  walk(model, null, 0);
  for (const id of scope.indicators) {
    for (const p of global.periods) add(scope.periods, id, p);
    for (const b of global.breakdowns) add(scope.breakdowns, id, b);
  }
  return scope;
}

/** The figure as stored: the shortest text that reads back as the same number, never in exponent form. */
export function exactNumber(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '';
  const s = String(v);
  return /e/i.test(s) ? v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

function exportRow(o: Observation, meta: IndicatorMeta): ExportRow {
  const reason = o.flagReason ? `set aside: ${o.flagReason}` : o.status ? STATUS_REASON[o.status] : '';
  return {
    indicator: meta.id, indicatorLabel: meta.label, level: o.level, areaCode: o.areaCode, laCode: o.laCode ?? '', areaName: o.areaName,
    period: o.period, periodLabel: o.periodLabel, breakdownDimension: meta.breakdown.dimension, breakdown: o.breakdown,
    unit: meta.unit, unitLabel: meta.unitLabel,
    value: o.status ? '' : exactNumber(o.value), numerator: exactNumber(o.numerator), denominator: exactNumber(o.denominator),
    status: o.status ?? '', statusReason: reason,
    source: meta.local ? `${meta.latestRelease} (local data, not published by DfE)` : `Department for Education, ${meta.latestRelease}`,
    sourceUrl: meta.source.url,
  };
}

/** Every published figure in `set` within `scope`, ordered by indicator, breakdown, area level, area and period. */
export function exportRows(set: ExtractSet, scope: ExportScope): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const id of scope.indicators) {
    const found = set.find(id);
    if (!found) continue;
    const { data, meta } = found;
    const periods = [...(scope.periods.get(id) ?? [])].sort(comparePeriods);
    const breakdowns = [...(scope.breakdowns.get(id) ?? [meta.breakdown.total])];
    for (const b of meta.breakdown.values.filter((x) => breakdowns.includes(x))) {
      const obs: Observation[] = [];
      for (const p of periods) {
        for (const o of data.cross(meta.id, p, b)) {
          if (o.indicator === meta.id && (scope.areas.has(o.areaCode) || (scope.england && o.level === 'National'))) obs.push(o);
        }
      }
      const LEVEL = ['National', 'Regional', 'Sub-regional', 'Local authority'];
      obs.sort((x, y) => LEVEL.indexOf(x.level) - LEVEL.indexOf(y.level) || compareText(x.areaName, y.areaName) || comparePeriods(x.period, y.period));
      rows.push(...obs.map((o) => exportRow(o, meta)));
    }
  }
  return rows;
}

/** One CSV cell: a cell a spreadsheet would run as a formula gets a leading apostrophe; only a plain number may start with '-'. */
export function csvCell(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV of the rows, with a header row of DfE-style column names. */
export function exportCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.map(([, name]) => name), ...rows.map((r) => EXPORT_COLUMNS.map(([k]) => csvCell(r[k])))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** The CSV of the figures behind a chart, or null when the model names none (then the table as shown is the download). */
export function chartCsv(set: ExtractSet, model: unknown, metas: readonly IndicatorMeta[]): string | null {
  const rows = exportRows(set, exportScope(model, metas));
  return rows.length ? exportCsv(rows) : null;
}
