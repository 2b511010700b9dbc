import type { Benchmark } from './benchmark';
import { formatChange, formatValue, sentenceCase } from './format';

const join = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** A plain-English sentence giving the value, its comparators, rank and band: the chart's text alternative. */
export function describeBenchmark(b: Benchmark): string {
  const m = b.indicator;
  const fmt = (v: number | null) => formatValue(v, m);
  const subject = `${b.area.name}'s ${sentenceCase(m.label)}${b.breakdown !== m.breakdown.total ? ` (${b.breakdown})` : ''} in ${b.periodLabel}`;
  if (b.value === null) return `${subject} is ${formatValue(null, m, b.status)}.`;
  const comps: string[] = [];
  if (b.england?.value != null && b.area.level !== 'National') comps.push(`England (${fmt(b.england.value)})`);
  if (b.region?.value != null) comps.push(`${b.region.name} (${fmt(b.region.value)})`);
  if (b.neighbours.mean !== null) comps.push(`its statistical neighbours' average (${fmt(b.neighbours.mean)}, ${b.neighbours.n} of ${b.neighbours.values.length} neighbours)`);
  let s = `${subject} was ${fmt(b.value)}`;
  if (comps.length) s += `, compared with ${join(comps)}`;
  s += '.';
  if (b.rank !== null) {
    s += ` Rank ${b.rank} of ${b.of} local authorities${b.band ? `, quartile band ${b.band} (A is best)` : m.polarity === 'none' ? ' (1 is highest)' : ''}.`;
  }
  if (b.direction && b.previous) {
    s += ` Since ${b.previous.periodLabel}: ${b.direction}${b.change !== null && b.change !== 0 ? ` (${formatChange(b.change, m)})` : ''}.`;
  }
  return s;
}
