import { describeRule, type DisclosureRule } from './disclosure';
import type { IndicatorMeta } from '@inclusion-dashboard/core';
import { unitOf, type Columns } from './columns';
import type { Observed } from './observe';
import type { CsvRecord } from './records';
import type { LocalIndicatorSummary } from './convert';

/** Local indicators' metadata (what the elements say of them) and a summary of each for the CLI. */
export interface LocalIndicators {
  /** Whose figures these are: the LA's name, "N local authorities" or "Local". */
  owner: string;
  indicators: IndicatorMeta[];
  summaries: LocalIndicatorSummary[];
}

/**
 * The metadata of each chosen indicator: its unit, decimals and breakdowns from the file, its polarity and
 * definition from the national indicator it sits beside, and notes that say it is local and unpublished.
 */
export function localIndicators(rows: CsvRecord[], columns: Columns, observed: Observed, files: { file: string; metaFile: string }, rule: DisclosureRule): LocalIndicators {
  const { col, filters, chosen, idOf, pairs, nationalOf } = columns;
  const { observations, rowsOf, suppressedOf, breakdownsOf } = observed;
  const D = files.file;
  const M = files.metaFile;
  const las = [...new Set(observations.filter((o) => o.level === 'Local authority').map((o) => o.areaName))];
  const owner = las.length === 1 ? las[0] : las.length ? `${las.length} local authorities` : 'Local';
  const periodsIn = [...new Set(observations.map((o) => o.periodLabel))];
  const indicators: IndicatorMeta[] = [];
  const summaries: LocalIndicatorSummary[] = [];
  for (const m of chosen) {
    const id = idOf.get(m.name)!;
    const nat = nationalOf.get(m.name);
    const unit = unitOf(m);
    const values = [...(breakdownsOf.get(id) ?? [])];
    const total = values.includes('Total') ? 'Total' : nat?.breakdown.total && values.includes(nat.breakdown.total) ? nat.breakdown.total : values[0] ?? 'Total';
    const pair = pairs.get(m.name);
    const decimals = m.dp ?? nat?.decimals ?? decimalsSeen(rows, col.get(m.name));
    indicators.push({
      id, label: m.label, theme: nat?.theme ?? 'local', unit,
      unitLabel: nat?.unitLabel ?? (unit === 'percent' ? '%' : unit === 'count' ? 'number' : m.unit === 'pp' ? 'percentage points' : 'rate'),
      decimals, polarity: nat?.polarity ?? 'none',
      definition: `${m.label}: ${owner}'s own figures for ${periodsIn.join(', ')}, from ${D}. Not published by DfE.${nat ? ` Made to sit beside the national indicator "${nat.label}" (${nat.id}); check that the local definition matches: ${nat.definition}` : ''}`,
      source: { publication: `${owner}: local data, not published by DfE`, url: '', files: [D, M] },
      latestRelease: `Local data, not published (${periodsIn.join(', ')})`,
      coverage: 'la',
      breakdown: { dimension: filters.map((f) => f.label).join(' and ') || 'Total', values: [total, ...values.filter((v) => v !== total).sort()], total },
      breaks: [],
      interval: nat?.interval ?? 'none',
      notes: [
        `Local, unpublished figures from ${owner}: not official statistics, and not checked by DfE.`,
        ...(periodsIn.some((l) => / term| Q\d|January|February|March|April|May|June|July|August|September|October|November|December|Week/.test(l)) ? ['Part-year figures (a term, quarter, month or week) are not comparable with full-year published figures.'] : []),
      ],
      ...(nat?.denominatorLabel ? { denominatorLabel: nat.denominatorLabel } : {}),
      suppression: describeRule(rule),
      local: true,
    });
    summaries.push({
      id, column: m.name, label: m.label, unit, rows: rowsOf.get(id) ?? 0, suppressed: suppressedOf.get(id) ?? 0,
      numerator: pair?.numerator ?? null, denominator: pair?.denominator ?? null, national: !!nat,
    });
  }

  return { owner, indicators, summaries };
}

function decimalsSeen(rows: CsvRecord[], i: number | undefined): number {
  if (i === undefined) return 0;
  let dp = 0;
  for (const r of rows) {
    const m = /\.(\d+)$/.exec((r.cells[i] ?? '').trim());
    if (m) dp = Math.max(dp, Math.min(10, m[1].length));
  }
  return dp;
}
