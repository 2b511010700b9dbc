import {
  atPrecision, describeRanking, formatValue, makeTable, rankingChart, textCell, valueCell,
} from '@inclusion-dashboard/core';
import { str, stringOptions, type Parsed } from '../args';
import { usageError } from '../errors';
import type { Result } from '../output';
import { FIGURE_OPTIONS, answer, breakdownArg, checkCoverage, choosePeriod, findArea, findIndicator, openData, required, type Context } from './common';

export const options = { ...FIGURE_OPTIONS, ...stringOptions('region', 'top') };

export const help = `Usage: inclusion-dashboard ranking --indicator ID [--period P] [--breakdown B] [--region R] [--area AREA] [--top N] [--json|--csv]

Every LA in order, best first (highest first for an indicator with no better direction), with its value,
national rank and quartile band (A is best). LAs with no published figure come last, with the reason.

  --indicator ID   an indicator id or LAIT measure code
  --period P       2023/24, 202324, 2023-24, 2024 …; the latest period by default
  --breakdown B    a breakdown value, e.g. Secondary
  --region R       only the LAs of one region (ranks stay national), e.g. "North West"
  --area AREA      mark one LA (›) and say where it stands
  --top N          only the first N rows
  --extract PATH…  a catalogue.json, a folder, or extract files (default: INCLUSION_DATA, else the bundled data)
  --json / --csv   rows as JSON / as CSV

Example: inclusion-dashboard ranking --indicator ehcp-20-weeks --period 2024 --csv > ehcp-2024.csv
`;

export function run(values: Parsed['values'], ctx: Context): Result {
  const ds = openData(values, ctx);
  const found = findIndicator(ds, required(values, 'indicator', 'ehcp-20-weeks'));
  checkCoverage(found, null);
  const { period, assumed } = choosePeriod(found, str(values.period));
  const breakdown = breakdownArg(values, found);
  const area = str(values.area) !== undefined ? findArea(ds, str(values.area)!) : null;
  const region = str(values.region) !== undefined ? findArea(ds, str(values.region)!) : null;
  if (region && region.level !== 'Regional') throw usageError(`--region needs a region (e.g. "North West"); ${region.name} is ${region.level === 'National' ? 'the country' : 'an LA'}.`);
  const top = str(values.top) === undefined ? Infinity : Number(str(values.top));
  if (top !== Infinity && (!Number.isInteger(top) || top < 1)) throw usageError(`--top needs a whole number of at least 1, not "${str(values.top)}".`);
  // With no --period, the latest period of the indicator, not the marked LA's latest. The ranking element's model:
  // its summary is the one the element shows.
  const chart = answer(() => rankingChart(found.data, ds.areas, {
    indicator: found.meta.id, period: period ?? found.data.periods(found.meta.id).at(-1), breakdown, area: area?.code, region: region?.code,
  }), { indicator: found.meta.id, period: str(values.period), breakdown });
  const r = chart.ranking;
  const summary = describeRanking(chart);
  const m = r.indicator;
  const rows = r.rows.slice(0, top);
  const d = m.decimals;
  const at = (v: number | null) => (v === null ? null : atPrecision(v, d));
  const title = `${m.label}${r.breakdown !== m.breakdown.total ? ` (${r.breakdown})` : ''}, ${r.periodLabel}${r.region ? `, ${r.region.name}` : ''}: ${r.of} LAs ranked, ${m.polarity === 'none' ? 'highest first' : 'best first'}${m.local ? ' [local data, unpublished]' : ''}`;
  const table = makeTable(title, [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'area', label: 'Local authority' },
    { key: 'la', label: 'LA' },
    { key: 'value', label: 'Value', numeric: true },
    { key: 'band', label: 'Band' },
  ], rows.map((row) => [
    textCell(row.rank === null ? '' : String(row.rank), row.rank),
    textCell(`${row.selected ? '› ' : ''}${row.area.name}`),
    textCell(row.area.laCode ?? ''),
    valueCell(row.value, m, row.status),
    textCell(row.band ?? ''),
  ]), 1);
  const sel = r.rows.find((x) => x.selected);
  const foot = [
    `England ${formatValue(r.england?.value ?? null, m, r.england?.status)}; quartiles ${r.thresholds ? r.thresholds.map((t) => formatValue(t, m)).join(', ') : 'none'}.`,
    ...(sel ? [`${sel.area.name}: ${sel.rank === null ? `no rank (${formatValue(sel.value, m, sel.status)})` : `rank ${sel.rank} of ${r.of}, band ${sel.band}`}.`] : []),
    ...(rows.length < r.rows.length ? [`(first ${rows.length} of ${r.rows.length} rows)`] : []),
    ...assumed.map((a) => `note: ${a}`),
    '', summary,
  ];
  return {
    table, head: [title, ''], foot: ['', ...foot],
    json: {
      indicator: m.id, label: m.label, unit: m.unit, decimals: d, polarity: m.polarity, local: !!m.local,
      period: r.period, periodLabel: r.periodLabel, breakdown: r.breakdown,
      region: r.region ? { code: r.region.code, name: r.region.name } : null,
      of: r.of, thresholds: r.thresholds?.map((t) => at(t)) ?? null,
      england: r.england ? at(r.england.value) : null,
      rows: rows.map((row) => ({
        rank: row.rank, code: row.area.code, laCode: row.area.laCode, name: row.area.name,
        value: at(row.value), status: row.status, band: row.band, numerator: row.numerator, denominator: row.denominator, selected: row.selected,
      })),
      summary, notes: assumed,
    },
  };
}
