// Builds the benchmark inputs in .tmp/bench: the real national extract (every indicator × area × year ×
// breakdown from the five theme extracts, as one file) and a synthetic 1,000,000-row extract, each also as CSV.
// Synthetic data is for scale only: seeded, generated here, never shown as real figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ObservationsExtract, type IndicatorMeta, type Observation } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, '.tmp/bench');
mkdirSync(out, { recursive: true });

const COLUMNS: (keyof Observation)[] = ['indicator', 'period', 'periodLabel', 'level', 'areaCode', 'laCode', 'areaName', 'breakdown', 'value', 'numerator', 'denominator', 'status'];
function toCsv(rows: Observation[]): string {
  const esc = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => esc(r[c])).join(','))].join('\n');
}

function allRows(x: ObservationsExtract): Observation[] {
  return Array.from({ length: x.rowCount }, (_, i) => x.row(i));
}

// Real: the five theme extracts as one national extract.
const data = resolve(root, 'packages/sample-data/data');
const themes = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => new ObservationsExtract(readFileSync(resolve(data, `${f}.arrow`))));
const national = themes.flatMap(allRows);
const indicators: IndicatorMeta[] = themes.flatMap((t) => t.meta.indicators);
const meta = { indicators, areas: 'areas.arrow', neighbours: 'neighbours.arrow', title: 'National extract (benchmark)', licence: themes[0].meta.licence };
writeFileSync(resolve(out, 'national.arrow'), writeObservations(national, meta));
writeFileSync(resolve(out, 'national.csv'), toCsv(national));
for (const f of ['areas.arrow', 'neighbours.arrow']) writeFileSync(resolve(out, f), readFileSync(resolve(data, f)));

// Synthetic: the real areas and shapes, repeated over more indicators and breakdowns to reach 1,000,000 rows.
let seed = 20261123;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const areas = [...new Map(national.map((o) => [o.areaCode, o])).values()];
const periods = [...new Set(national.map((o) => o.period))].sort().slice(-10);
const target = 1_000_000;
const breakdowns = Array.from({ length: 10 }, (_, i) => (i ? `Group ${i}` : 'Total'));
const perIndicator = areas.length * periods.length * breakdowns.length;
const nIndicators = Math.ceil(target / perIndicator);
const synth: Observation[] = [];
const synthMeta: IndicatorMeta[] = [];
for (let k = 0; k < nIndicators && synth.length < target; k++) {
  const id = `synthetic-${String(k).padStart(3, '0')}`;
  synthMeta.push({ ...indicators[0], id, label: `Synthetic indicator ${k}`, breakdown: { dimension: 'Group', values: breakdowns, total: 'Total' } });
  for (const a of areas) for (const p of periods) for (const b of breakdowns) {
    if (synth.length >= target) break;
    const missing = rand() < 0.03;
    synth.push({ ...a, indicator: id, period: p, periodLabel: p, breakdown: b, value: missing ? null : Math.round(rand() * 10000) / 100, numerator: null, denominator: null, status: missing ? 'c' : null });
  }
}
writeFileSync(resolve(out, 'synthetic-1m.arrow'), writeObservations(synth, { ...meta, indicators: synthMeta, title: 'Synthetic 1M rows (scale test only)' }));
writeFileSync(resolve(out, 'synthetic-1m.csv'), toCsv(synth));
console.log(`national: ${national.length} rows; synthetic: ${synth.length} rows; in ${out}`);
