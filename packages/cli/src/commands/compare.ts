import {
  BenchmarkError, atPrecision, compareAreas, formatValue, makeTable, neighbourModels, parseAreaList, textCell, valueCell,
  type AreaComparison, type GroupSpec,
} from '@inclusion-dashboard/core';
import { list, str, type Parsed } from '../args';
import { usageError } from '../errors';
import type { Result } from '../output';
import { breakdownArg, checkCoverage, choosePeriod, findArea, findIndicator, fromBenchmarkError, openData, required, type Context } from './common';

export const options = {
  indicator: { type: 'string' },
  area: { type: 'string', multiple: true },
  with: { type: 'string', multiple: true },
  against: { type: 'string' },
  label: { type: 'string' },
  period: { type: 'string' },
  breakdown: { type: 'string' },
} as const;

export const help = `Usage: inclusion-dashboard compare --indicator ID --area AREA [--area AREA …] [--period P] [--json|--csv]
       inclusion-dashboard compare --indicator ID --area AREA (--with AREA … | --against GROUP) [--period P]

Several areas side by side, or one LA against a group: named LAs, its region's LAs, or its statistical
neighbours. The group average is the simple mean of the members with a published figure, as the
statistical-neighbour average is everywhere else; it says how many members it used.

  --indicator ID   an indicator id or LAIT measure code
  --area AREA      repeat for each area (names may contain commas, so give one per --area)
  --with AREA      repeat, or give a list: the LAs of a named group ("Bolton, Bury, Wigan" or "Bolton Bury
                   Wigan", as the elements' compare attribute reads it)
  --label NAME     the group's name, e.g. "Greater Manchester" (the elements' group-label)
  --against GROUP  neighbours (newest model), neighbours:2021, neighbours:2025, region (the LA's own) or
                   region:"North West"
  --period P       2023/24, 202324, 2023-24, 2024 …; the latest with a figure by default
  --breakdown B    a breakdown value
  --extract PATH…  a catalogue.json, a folder, or extract files (default: INCLUSION_DATA, else the bundled data)
  --json / --csv   JSON / the table as CSV

Examples:
  inclusion-dashboard compare --indicator suspension-rate --area Manchester --against neighbours --period 2023/24
  inclusion-dashboard compare --indicator ehcp-20-weeks --area Salford --area Bolton --area Wigan
`;

export function run(values: Parsed['values'], ctx: Context): Result {
  const ds = openData(values, ctx);
  const found = findIndicator(ds, required(values, 'indicator', 'suspension-rate'));
  const names = list(values.area);
  if (!names.length) throw usageError('Missing --area (repeat it for each area, e.g. --area Salford --area Bolton).');
  const areas = names.map((n) => findArea(ds, n));
  for (const a of areas) checkCoverage(found, a);
  const withNames = list(values.with);
  const against = str(values.against);
  if (withNames.length && against) throw usageError('Give either --with or --against, not both.');
  if ((withNames.length || against) && areas.length !== 1) throw usageError('A group comparison takes one --area.');
  let group: GroupSpec | undefined;
  const { period, assumed } = choosePeriod(found, str(values.period));
  const breakdown = breakdownArg(values, found);
  const label = str(values.label)?.trim() || undefined;
  if (withNames.length) group = { kind: 'named', areas: withNames.flatMap((n) => namedList(ds, n)), label: label ?? 'Chosen LAs' };
  else if (against) group = { ...groupOf(ds, against), label };
  let c: AreaComparison;
  try {
    c = compareAreas(found.data, ds.areas, { indicator: found.meta.id, period, breakdown }, areas, group);
  } catch (e) {
    if (e instanceof BenchmarkError) fromBenchmarkError(e, { indicator: found.meta.id, period: str(values.period), breakdown });
    throw e;
  }
  return present(c, assumed);
}

/** The group named by --against, as core's GroupSpec: the elements' `group` attribute names the same groups. */
function groupOf(ds: ReturnType<typeof openData>, against: string): GroupSpec {
  const [kind, arg] = splitOnce(against.trim(), ':');
  if (kind === 'neighbours' || kind === 'neighbors') {
    const models = neighbourModels(ds.links);
    if (arg && !models.includes(arg)) throw usageError(`No statistical-neighbour model "${arg}"; the data has ${models.join(' and ')}.`, { choices: models.map((m) => `neighbours:${m}`) });
    return { kind: 'neighbours', model: arg || undefined };
  }
  if (kind === 'region') {
    const region = arg ? findArea(ds, arg) : undefined;
    if (arg && region?.level !== 'Regional') throw usageError(`--against region:NAME needs a region, e.g. region:"North West".`);
    return { kind: 'region', region: region?.code };
  }
  throw usageError(`--against takes neighbours, neighbours:2021, neighbours:2025, region or region:NAME, not "${against}". To name LAs, use --with.`);
}

/** One --with: an LA as findArea knows it, else a list read as the elements read `compare`. */
function namedList(ds: ReturnType<typeof openData>, text: string): string[] {
  try {
    return [findArea(ds, text).code];
  } catch (e) {
    try {
      return parseAreaList(ds.areas, text).map((a) => a.code);
    } catch {
      throw e;
    }
  }
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s.toLowerCase(), ''] : [s.slice(0, i).trim().toLowerCase(), s.slice(i + 1).trim()];
}

function present(c: AreaComparison, assumed: string[]): Result {
  const m = c.indicator;
  const at = (v: number | null) => (v === null ? null : atPrecision(v, m.decimals));
  const title = `${m.label}${c.breakdown !== m.breakdown.total ? ` (${c.breakdown})` : ''}, ${c.periodLabel}${m.local ? ' [local data, unpublished]' : ''}`;
  type Line = { label: string; la: string; value: number | null; status: AreaComparison['rows'][number]['status']; rank: number | null; band: string | null; kind: string };
  const lines: Line[] = c.rows.map((r) => ({ label: r.area.name, la: r.area.laCode ?? '', value: r.value, status: r.status, rank: r.rank, band: r.band, kind: 'area' }));
  if (c.group) {
    lines.push({ label: `${c.group.label}: average of ${c.group.n} of ${c.group.rows.length}`, la: '', value: c.group.mean, status: c.group.mean === null ? 'x' : null, rank: null, band: null, kind: 'group average' });
    for (const r of c.group.rows) lines.push({ label: `  ${r.area.name}`, la: r.area.laCode ?? '', value: r.value, status: r.status, rank: r.rank, band: r.band, kind: 'group member' });
  }
  if (c.england) lines.push({ label: 'England', la: '', value: c.england.value, status: c.england.status, rank: null, band: null, kind: 'england' });
  const table = makeTable(title, [
    { key: 'area', label: 'Area' }, { key: 'la', label: 'LA' }, { key: 'value', label: 'Value', numeric: true },
    { key: 'rank', label: `Rank of ${c.of}`, numeric: true }, { key: 'band', label: 'Band' }, { key: 'role', label: 'Row' },
  ], lines.map((l) => [
    // Members are indented on screen only: a CSV cell holds the name alone.
    { ...textCell(l.label), csv: l.label.trim() }, textCell(l.la), valueCell(l.value, m, l.status),
    textCell(l.rank === null ? '' : String(l.rank), l.rank), textCell(l.band ?? ''), textCell(l.kind),
  ]));
  const first = c.rows[0];
  const foot: string[] = [];
  if (c.group && first && first.value !== null && c.group.mean !== null) {
    foot.push(`${first.area.name}: ${formatValue(first.value, m)} against the ${c.group.label} average of ${formatValue(c.group.mean, m)} (${c.group.n} of ${c.group.rows.length} with a figure).`);
  }
  foot.push(...assumed.map((a) => `note: ${a}`));
  return {
    table, head: [title, ''], foot: foot.length ? ['', ...foot] : [], csvOnly: ['role'],
    json: {
      indicator: m.id, label: m.label, unit: m.unit, decimals: m.decimals, polarity: m.polarity, local: !!m.local,
      period: c.period, periodLabel: c.periodLabel, breakdown: c.breakdown, of: c.of,
      areas: c.rows.map((r) => ({ code: r.area.code, laCode: r.area.laCode, name: r.area.name, value: at(r.value), status: r.status, rank: r.rank, band: r.band, numerator: r.numerator, denominator: r.denominator })),
      group: c.group ? {
        label: c.group.label, mean: at(c.group.mean), n: c.group.n,
        members: c.group.rows.map((r) => ({ code: r.area.code, laCode: r.area.laCode, name: r.area.name, value: at(r.value), status: r.status, rank: r.rank, band: r.band })),
      } : null,
      england: c.england ? at(c.england.value) : null,
      notes: assumed,
    },
  };
}
