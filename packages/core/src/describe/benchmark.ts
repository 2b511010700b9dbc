import type { Benchmark } from '../benchmark';
import { capitalise, formatChange, formatValue, joinList, sentenceCase } from '../format';
import { verdictLabel, verdictSentence } from './verdict';
import { describeGroup, groupAverageName, neighbourName } from './group';

/** "Salford's persistent absence rate (Primary) in 2024/25". */
function subjectOf(b: Benchmark): string {
  const m = b.indicator;
  return `${b.area.name}'s ${sentenceCase(m.label)}${b.breakdown !== m.breakdown.total ? ` (${b.breakdown})` : ''} in ${b.periodLabel}`;
}

/**
 * The chart's text alternative, in short sentences for a reading age of 9: the value first, then how it compares
 * with England, then the other figures, the rank and band, and the change.
 */
export function describeBenchmark(b: Benchmark): string {
  const m = b.indicator;
  const fmt = (v: number | null) => formatValue(v, m);
  if (b.value === null) return `${subjectOf(b)} is ${formatValue(null, m, b.status)}.`;
  const parts = [`${subjectOf(b)} was ${fmt(b.value)}.`];
  if (b.england?.value != null && b.area.level !== 'National') parts.push(`England was ${fmt(b.england.value)}.`);
  if (b.area.level !== 'National') parts.push(verdictSentence(b.verdict));
  if (b.region?.value != null) parts.push(`${b.region.name} was ${fmt(b.region.value)}.`);
  if (b.neighbours.mean !== null) {
    const who = b.neighbourLabel ? `The ${b.neighbourLabel} average was` : `Its statistical neighbours (${b.neighbours.model} model) averaged`;
    parts.push(`${who} ${fmt(b.neighbours.mean)} (${b.neighbours.n} of ${b.neighbours.values.length} with a figure).`);
  }
  if (b.group) parts.push(describeGroup(b.group, m));
  if (b.rank !== null) {
    parts.push(`Rank ${b.rank} of ${b.of} councils${m.polarity === 'none' ? ' (1 is highest)' : ''}.`);
    if (b.band) parts.push(`That is band ${b.band} (A is best).`);
  }
  if (b.direction && b.previous) {
    parts.push(`Since ${b.previous.periodLabel}: ${b.direction}${b.change !== null && b.change !== 0 ? ` (${formatChange(b.change, m)})` : ''}.`);
  }
  return parts.join(' ');
}

/** The benchmark chart's subtitle: the area, period and comparators, then the unit. */
export function benchmarkSubtitle(b: Benchmark): string {
  const m = b.indicator;
  const neighbours = b.neighbours.values.length ? (b.neighbourLabel ?? `statistical neighbours (${b.neighbours.model} model)`) : '';
  const comps = [b.group?.label ?? '', neighbours, b.region?.name ?? '', b.area.level !== 'National' ? 'England' : ''].filter(Boolean);
  return `${b.area.name}${b.breakdown !== m.breakdown.total ? `, ${b.breakdown}` : ''}, ${b.periodLabel}${comps.length ? `, compared with ${joinList(comps)}` : ''}. ${capitalise(m.unitLabel)}.`;
}

/** The tile's subtitle: the area, breakdown and period. */
export function tileSubtitle(b: Benchmark): string {
  return `${b.area.name}${b.breakdown !== b.indicator.breakdown.total ? `, ${b.breakdown}` : ''}, ${b.periodLabel}`;
}

/** One line of the tile's facts: a term, its text, and a quieter note after it. */
export interface Fact {
  key: 'england' | 'region' | 'neighbours' | 'group' | 'verdict' | 'rank' | 'band' | 'travel';
  term: string;
  text: string;
  note?: string;
}

/** The direction of travel in words: "Better (−1.20 percentage points)", or why it is not compared. */
export function travelText(b: Benchmark): string {
  if (b.change === null || !b.direction) return `Not compared${b.notes.some((n) => n.startsWith('Not compared')) ? ': series break' : ''}`;
  return `${capitalise(b.direction)} (${formatChange(b.change, b.indicator)})`;
}

/** The tile's facts, in order: England, region, neighbours, the verdict, rank, band, and the change. */
export function tileFacts(b: Benchmark): Fact[] {
  const m = b.indicator;
  const f = (v: number | null | undefined, s?: Benchmark['status']) => formatValue(v ?? null, m, s ?? (v == null ? 'x' : null));
  const facts: Fact[] = [{ key: 'england', term: 'England', text: f(b.england?.value, b.england?.status) }];
  if (b.region) facts.push({ key: 'region', term: b.region.name, text: f(b.region.value, b.region.status) });
  if (b.neighbours.values.length) facts.push({ key: 'neighbours', term: neighbourName(b.neighbours.model, b.neighbourLabel), text: f(b.neighbours.mean), note: `(average of\u00a0${b.neighbours.n})` });
  if (b.group) facts.push({ key: 'group', term: groupAverageName(b.group), text: f(b.group.mean), note: `(average of\u00a0${b.group.n} of\u00a0${b.group.values.length})` });
  if (b.area.level !== 'National' && b.value !== null) facts.push({ key: 'verdict', term: 'Against England', text: verdictLabel(b.verdict) });
  if (b.rank !== null) facts.push({ key: 'rank', term: 'Rank', text: `${b.rank} of ${b.of}${m.polarity === 'none' ? ' (1\u00a0=\u00a0highest)' : ' (1\u00a0=\u00a0best)'}` });
  if (b.band) facts.push({ key: 'band', term: 'Quartile band', text: b.band, note: 'A is best' });
  facts.push({ key: 'travel', term: `Since ${b.previous?.periodLabel ?? 'last period'}`, text: travelText(b) });
  return facts;
}
