import {
  atPrecision, benchmark, benchmarkTable, describeBenchmark, formatChange, formatValue, successorNote, type Benchmark,
} from '@inclusion-dashboard/core';
import { str, type Parsed } from '../args';
import type { Result } from '../output';
import { FIGURE_OPTIONS, answer, askFigure, checkBoundary, type Context } from './common';

export const options = FIGURE_OPTIONS;

export const help = `Usage: inclusion-dashboard benchmark --indicator ID --area AREA [--period P] [--breakdown B] [--json|--csv]

One LA's figure with every comparator: England, its region, its statistical neighbours' average (and each
neighbour), its national rank and quartile band, the change since the previous period, and confidence intervals.

  --indicator ID   an indicator id (ehcp-20-weeks) or a LAIT measure code (SEN_EHC_All_20wks)
  --area AREA      a name as people write it (Salford, "Kent County Council", Bristol), an ONS code
                   (E08000006, or a former one) or an LA number (355)
  --period P       2023/24, 202324, 2023-24, or 2024 for a calendar-year indicator; for an academic-year
                   indicator a bare year is LAIT's label (2023 = 2022/23). The latest with a figure by default.
  --breakdown B    a breakdown value, e.g. Primary, or "Any special educational need"
  --extract PATH…  a catalogue.json, a folder, or extract files (default: INCLUSION_DATA, else the bundled data)
  --json / --csv   one JSON object / the comparator table as CSV

Example: inclusion-dashboard benchmark --indicator suspension-rate --area "Salford City Council" --period 2023/24
`;

export function run(values: Parsed['values'], ctx: Context): Result {
  const { ds, found, area, period, assumed, breakdown } = askFigure(values, ctx, { indicator: 'ehcp-20-weeks', area: 'Salford' });
  const boundary = checkBoundary(ds, found, area, period, breakdown);
  const b = answer(() => benchmark(found.data, ds.areas, { indicator: found.meta.id, area: area.code, period, breakdown }),
    { indicator: found.meta.id, area: area.name, period: str(values.period), breakdown });
  const gone = boundary ? null : successorNote(ds.areas, area);
  const notes = [...assumed, ...(boundary ? [boundary] : []), ...(gone ? [gone] : []), ...(b.indicator.local ? b.indicator.notes.slice(0, 1) : []), ...b.notes];
  const summary = describeBenchmark(b);
  return {
    json: { ...toJson(b), summary, notes, local: !!b.indicator.local },
    table: benchmarkTable(b, true),
    text: report(b, notes),
    foot: ['', summary],
  };
}

/** Figures rounded to the indicator's published precision, so they can be compared with DfE's tables. */
export function toJson(b: Benchmark) {
  const d = b.indicator.decimals;
  const r = (v: number | null | undefined) => (v === null || v === undefined ? null : atPrecision(v, d));
  const pair = (p: [number, number] | null) => (p ? [r(p[0]), r(p[1])] : null);
  return {
    indicator: b.indicator.id, label: b.indicator.label, unit: b.indicator.unit, decimals: d, polarity: b.indicator.polarity,
    area: { code: b.area.code, laCode: b.area.laCode, name: b.area.name },
    period: b.period, periodLabel: b.periodLabel, breakdown: b.breakdown,
    value: r(b.value), status: b.status, numerator: b.numerator, denominator: b.denominator,
    england: b.england ? r(b.england.value) : null,
    region: b.region ? { code: b.region.code, name: b.region.name, value: r(b.region.value), status: b.region.status } : null,
    neighbours: {
      model: b.neighbours.model, mean: r(b.neighbours.mean), n: b.neighbours.n,
      values: b.neighbours.values.map((v) => ({ rank: v.rank, code: v.code, laCode: v.laCode, name: v.name, value: r(v.value), status: v.status })),
    },
    rank: b.rank, of: b.of, band: b.band, thresholds: b.thresholds?.map((t) => r(t)) ?? null,
    previous: b.previous ? { ...b.previous, value: r(b.previous.value) } : null,
    change: r(b.change), direction: b.direction,
    ci95: pair(b.ci95), ci998: pair(b.ci998), comparison: b.comparison,
    funnel: b.funnel ? { ci95: pair(b.funnel.ci95), ci998: pair(b.funnel.ci998) } : null,
    notes: b.notes,
  };
}

function report(b: Benchmark, notes: string[]): string[] {
  const m = b.indicator;
  const f = (v: number | null | undefined, s?: Benchmark['status']) => formatValue(v ?? null, m, s ?? (v == null ? 'x' : null));
  return [
    `${m.label}${b.breakdown !== m.breakdown.total ? ` (${b.breakdown})` : ''}: ${b.area.name} (${b.area.code}, LA ${b.area.laCode ?? '-'}), ${b.periodLabel}${m.local ? '  [local data, unpublished]' : ''}`,
    `  value           ${f(b.value, b.status)}${b.numerator !== null ? `   (${b.numerator} of ${b.denominator})` : ''}`,
    `  England         ${f(b.england?.value, b.england?.status)}`,
    `  region          ${b.region ? `${f(b.region.value, b.region.status)}  ${b.region.name}` : 'none'}`,
    `  neighbours      ${f(b.neighbours.mean)}  mean of ${b.neighbours.n} of ${b.neighbours.values.length} (${b.neighbours.model ?? 'no'} model)`,
    ...b.neighbours.values.map((v) => `    ${String(v.rank).padStart(2)}. ${v.name.padEnd(32)} ${f(v.value, v.status)}`),
    `  rank            ${b.rank === null ? 'none' : `${b.rank} of ${b.of}${m.polarity === 'none' ? ' (1 = highest)' : ' (1 = best)'}`}`,
    `  band            ${b.band ?? 'none'}${b.thresholds ? `  (quartiles ${b.thresholds.map((t) => f(t)).join(', ')})` : ''}`,
    `  change          ${b.change === null ? 'not compared' : `${formatChange(b.change, m)} since ${b.previous?.periodLabel}: ${b.direction}`}`,
    `  95% CI          ${b.ci95 ? b.ci95.map((v) => f(v)).join(' to ') : 'none'}   vs England: ${b.comparison}`,
    `  99.8% CI        ${b.ci998 ? b.ci998.map((v) => f(v)).join(' to ') : 'none'}`,
    `  funnel limits   ${b.funnel ? `95% ${b.funnel.ci95.map((v) => f(v)).join('–')}, 99.8% ${b.funnel.ci998.map((v) => f(v)).join('–')}` : 'none'}`,
    ...notes.map((n) => `  note: ${n}`),
  ];
}
