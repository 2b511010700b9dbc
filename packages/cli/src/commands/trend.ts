import { atPrecision, describeTrend, makeTable, textCell, trend, valueCell } from '@inclusion-dashboard/core';
import { str, stringOptions, type Parsed } from '../args';
import { usageError } from '../errors';
import type { Result } from '../output';
import { FIGURE_OPTIONS, answer, askFigure, type Context } from './common';

export const options = { ...FIGURE_OPTIONS, ...stringOptions('years') };

export const help = `Usage: inclusion-dashboard trend --indicator ID --area AREA [--period LAST] [--years N] [--breakdown B] [--json|--csv]

An area's figures over time beside its statistical neighbours' average, its region and England. Series breaks
and boundary changes are marked (|) and never joined: a change across one is not a trend.

  --indicator ID   an indicator id or LAIT measure code
  --area AREA      a name, ONS code or LA number
  --period LAST    the last period shown (2023/24, 202324, 2024 …); the latest by default
  --years N        how many periods (default 10)
  --breakdown B    a breakdown value
  --extract PATH…  a catalogue.json, a folder, or extract files (default: INCLUSION_DATA, else the bundled data)
  --json / --csv   JSON / one row a period as CSV

Example: inclusion-dashboard trend --indicator persistent-absence --area Salford --years 8
`;

export function run(values: Parsed['values'], ctx: Context): Result {
  const { ds, found, area, period, assumed, breakdown } = askFigure(values, ctx, { indicator: 'persistent-absence', area: 'Salford' });
  const years = str(values.years) === undefined ? 10 : Number(str(values.years));
  if (!Number.isInteger(years) || years < 1) throw usageError(`--years needs a whole number of at least 1, not "${str(values.years)}".`);
  const t = answer(() => trend(found.data, ds.areas, { indicator: found.meta.id, area: area.code, period, breakdown }, years),
    { indicator: found.meta.id, period: str(values.period), breakdown });
  const m = t.indicator;
  const at = (v: number | null) => (v === null ? null : atPrecision(v, m.decimals));
  const title = `${m.label}${t.breakdown !== m.breakdown.total ? ` (${t.breakdown})` : ''}: ${t.area.name}, ${t.periods.length} periods${m.local ? ' [local data, unpublished]' : ''}`;
  const marked = new Set(t.markers.map((x) => x.period));
  const table = makeTable(title, [
    { key: 'period', label: 'Period' },
    ...t.series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
  ], t.periods.map((p, i) => [
    textCell(`${marked.has(p) ? '| ' : ''}${t.series[0].points[i].periodLabel}`, p),
    ...t.series.map((s) => valueCell(s.points[i].value, m, s.points[i].status)),
  ]));
  const summary = describeTrend(t);
  const foot = [
    ...t.markers.map((x) => `| ${x.periodLabel}: ${x.kind}: ${x.note}`),
    ...assumed.map((a) => `note: ${a}`),
  ];
  return {
    table, head: [title, ''], foot: ['', ...foot, ...(foot.length ? [''] : []), summary],
    json: {
      indicator: m.id, label: m.label, unit: m.unit, decimals: m.decimals, local: !!m.local,
      area: { code: t.area.code, laCode: t.area.laCode, name: t.area.name }, breakdown: t.breakdown, periods: t.periods,
      series: t.series.map((s) => ({ key: s.key, label: s.label, points: s.points.map((p) => ({ ...p, value: at(p.value), ci95: p.ci95 ? p.ci95.map(at) : null })) })),
      markers: t.markers, summary, notes: assumed,
    },
  };
}
