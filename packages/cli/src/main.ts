import {
  BenchmarkError, ExtractError, atPrecision, benchmark, formatValue, nearest, periodLabel, periodStart,
  type Benchmark, type IndicatorMeta, type ObservationsExtract,
} from '@inclusion-dashboard/core';
import { parseArgs } from './args';
import { loadExtracts } from './load';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `Usage:
  inclusion-dashboard indicators --extract FILE|DIR [--json]
  inclusion-dashboard benchmark --extract FILE|DIR --indicator ID --area AREA [--period P] [--breakdown B] [--json]

  ID      an indicator id (e.g. ehcp-20-weeks) or a LAIT measure code (e.g. TotFixedEx)
  AREA    an ONS code (E08000006), an old LA number (355) or a name (Salford)
  P       201819, 2018/19 or 2022; the latest period by default
`;

class UsageError extends Error {}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const { command, opts } = parseArgs(argv);
  try {
    if (!command || command === 'help' || opts.has('help')) {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    const str = (k: string) => {
      const v = opts.get(k);
      if (v === undefined || v === true) throw new UsageError(`Missing --${k}.`);
      return v;
    };
    const extracts = loadExtracts(str('extract'));
    if (command === 'indicators') {
      const list = extracts.extracts.flatMap((data) => data.meta.indicators.map((m) => describeIndicator(m, data)));
      io.out(opts.has('json') ? `${JSON.stringify(list, null, 2)}\n` : indicatorTable(list));
      return 0;
    }
    if (command === 'benchmark') {
      const id = str('indicator');
      const found = extracts.find(id);
      if (!found) throw new BenchmarkError('unknown-indicator', `No indicator "${id}".`, extracts.names());
      const breakdown = opts.get('breakdown');
      const b = benchmark(found.data, extracts.areas, {
        indicator: found.meta.id,
        area: str('area'),
        period: typeof opts.get('period') === 'string' ? (opts.get('period') as string) : undefined,
        breakdown: typeof breakdown === 'string' ? breakdown : found.breakdown,
      });
      io.out(opts.has('json') ? `${JSON.stringify(toJson(b), null, 2)}\n` : report(b));
      return 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof BenchmarkError) {
      const asked = String(opts.get(e.code.replace('unknown-', '')) ?? '');
      const choices = e.code === 'unknown-period' ? e.choices.map(periodLabel) : e.choices;
      const near = e.code === 'unknown-period' ? nearestPeriods(asked, e.choices).map(periodLabel) : nearest(asked, [...new Set(choices)], 8);
      io.err(`${e.message}${near.length ? `\nNearest valid choices: ${near.join(', ')}` : ''}\n`);
      return 1;
    }
    if (e instanceof ExtractError) {
      io.err(`Cannot read the extract: ${e.message}\n`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`No such file: ${(e as NodeJS.ErrnoException).path}\n`);
      return 1;
    }
    throw e;
  }
}

/** Periods closest in time to the one asked for, newest first among equals. */
function nearestPeriods(asked: string, periods: string[]): string[] {
  const year = Number(/\d{4}/.exec(asked)?.[0] ?? NaN);
  if (Number.isNaN(year)) return [...periods].reverse().slice(0, 8);
  return [...periods].sort((a, b) => Math.abs(periodStart(a) - year) - Math.abs(periodStart(b) - year) || periodStart(b) - periodStart(a)).slice(0, 8);
}

function describeIndicator(m: IndicatorMeta, data: ObservationsExtract) {
  return {
    id: m.id, label: m.label, unit: m.unit, unitLabel: m.unitLabel, polarity: m.polarity, decimals: m.decimals,
    theme: m.theme, coverage: m.coverage, breakdowns: m.breakdown.values, lait: m.lait ?? {},
    periods: data.periods(m.id).map(periodLabel),
  };
}

function indicatorTable(list: ReturnType<typeof describeIndicator>[]): string {
  const rows = list.map((i) => [i.id, i.label, i.unit, i.polarity, String(i.decimals), `${i.periods[0]}–${i.periods.at(-1)} (${i.periods.length})`, Object.values(i.lait).join(' ')]);
  const head = ['id', 'label', 'unit', 'polarity', 'dp', 'periods', 'LAIT codes'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((s, c) => s.padEnd(widths[c])).join('  ').trimEnd();
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
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

function report(b: Benchmark): string {
  const m = b.indicator;
  const f = (v: number | null | undefined, s?: Benchmark['status']) => formatValue(v ?? null, m, s ?? (v == null ? 'x' : null));
  const lines = [
    `${m.label}${b.breakdown !== m.breakdown.total ? ` (${b.breakdown})` : ''}: ${b.area.name} (${b.area.code}, LA ${b.area.laCode ?? '-'}), ${b.periodLabel}`,
    `  value           ${f(b.value, b.status)}${b.numerator !== null ? `   (${b.numerator} of ${b.denominator})` : ''}`,
    `  England         ${f(b.england?.value, b.england?.status)}`,
    `  region          ${b.region ? `${f(b.region.value, b.region.status)}  ${b.region.name}` : 'none'}`,
    `  neighbours      ${f(b.neighbours.mean)}  mean of ${b.neighbours.n} of ${b.neighbours.values.length} (${b.neighbours.model ?? 'no'} model)`,
    ...b.neighbours.values.map((v) => `    ${String(v.rank).padStart(2)}. ${v.name.padEnd(32)} ${f(v.value, v.status)}`),
    `  rank            ${b.rank === null ? 'none' : `${b.rank} of ${b.of}${m.polarity === 'none' ? ' (1 = highest)' : ' (1 = best)'}`}`,
    `  band            ${b.band ?? 'none'}${b.thresholds ? `  (quartiles ${b.thresholds.map((t) => f(t)).join(', ')})` : ''}`,
    `  change          ${b.change === null ? 'not compared' : `${b.change > 0 ? '+' : ''}${atPrecision(b.change, m.decimals)} since ${b.previous?.periodLabel}: ${b.direction}`}`,
    `  95% CI          ${b.ci95 ? b.ci95.map((v) => f(v)).join(' to ') : 'none'}   vs England: ${b.comparison}`,
    `  99.8% CI        ${b.ci998 ? b.ci998.map((v) => f(v)).join(' to ') : 'none'}`,
    `  funnel limits   ${b.funnel ? `95% ${b.funnel.ci95.map((v) => f(v)).join('–')}, 99.8% ${b.funnel.ci998.map((v) => f(v)).join('–')}` : 'none'}`,
    ...b.notes.map((n) => `  note: ${n}`),
  ];
  return `${lines.join('\n')}\n`;
}
