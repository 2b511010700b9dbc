import type { SpineChart, SpineRow } from '../analysis/spine';
import { capitalise, formatDate, formatValue, joinList, plural, sentenceCase } from '../format';
import type { Comparison } from '../stats/compare';
import { STATUS_REASON } from '../status';
import { plainReason, verdictLabel, VERDICT_RULE } from './verdict';
import { describeSpineGroup, inSentence } from './group';
import { markedPeriod, periodQualifier, rowsQualifierNote } from './period-marks';

/** What a row's marker shows: the verdict, or `missing` where the LA has no figure. */
export type SpineMark = Comparison | 'missing';

export const spineMark = (r: SpineRow): SpineMark => (r.value === null ? 'missing' : r.verdict.comparison);

const label = (r: SpineRow) => sentenceCase(r.indicator.label);

/** A row's period as its columns and table show it: "2024/25 [p]" where the publisher marks it provisional (or [r] revised). */
export const spinePeriod = (r: SpineRow): string => markedPeriod(r.indicator, r.period);

export function spineHeading(m: SpineChart): string {
  return `${m.area.name} across inclusion indicators`;
}

export function spineSubtitle(m: SpineChart): string {
  const when = m.period ? `in ${m.rows[0]?.periodLabel ?? m.period}` : 'latest year for each';
  return `${plural(m.rows.length, 'indicator', 'indicators')}, ${when}, against England${m.group ? `, the ${inSentence(m.group)} average` : ''} and every local authority. Right is better.`;
}

/** "rank 131 of 153, band D", "rank 6 of 153 (1 is highest)", or "not ranked". */
export function spineRank(r: SpineRow, { short = false } = {}): string {
  if (r.rank === null) return 'not ranked';
  if (short) return `${r.rank} of ${r.of}${r.band ? `, ${r.band}` : ''}`;
  const tail = r.band ? `, band ${r.band}` : r.indicator.polarity === 'none' ? ' (1 is highest)' : '';
  return `rank ${r.rank} of ${r.of}${tail}`;
}

/** The words under a row's label: the verdict, or the LA's missing figure; rows with no direction say which way is right. */
export function spineVerdictText(r: SpineRow, name: string): string {
  if (r.value === null) return `${name}: ${formatValue(null, r.indicator, r.status)}`;
  const v = verdictLabel(r.verdict);
  return r.indicator.polarity === 'none' ? `${v}; no better/worse direction (right is higher)` : v;
}

/** The row's figures in one line: period, LA, England and rank. */
export function spineDetails(r: SpineRow, name: string): string {
  const meta = r.indicator;
  return [
    spinePeriod(r),
    `${name}\u00a0${formatValue(r.value, meta, r.status)}`,
    `England\u00a0${formatValue(r.england, meta)}`,
    ...(r.group ? [`${r.group.label} average\u00a0${formatValue(r.group.mean, meta, r.group.mean === null ? 'x' : null)}`] : []),
    spineRank(r).replace(/ /g, '\u00a0'),
  ].join(' \u00b7 ');
}

/** The cells of a row's columns in the wide layout: period, LA, England, rank. */
export function spineCells(r: SpineRow): string[] {
  const meta = r.indicator;
  return [spinePeriod(r), r.value === null ? (r.status ?? 'x') : formatValue(r.value, meta), formatValue(r.england, meta), spineRank(r, { short: true })];
}

/** What the keyboard announces for a row. */
export function spineAnnounce(r: SpineRow, name: string): string {
  const meta = r.indicator;
  const word = r.value === null ? '' : `, ${sentenceCase(verdictLabel(r.verdict))}`;
  const group = r.group ? `, ${r.group.label} average ${formatValue(r.group.mean, meta, r.group.mean === null ? 'x' : null)}` : '';
  // Words, not the mark: a screen reader would read out the brackets.
  const q = periodQualifier(meta, r.period);
  return `${meta.label}, ${r.periodLabel}${q ? ` (${q})` : ''}: ${name} ${formatValue(r.value, meta, r.status)}, England ${formatValue(r.england, meta)}${group}, ${spineRank(r)}${word}`;
}

/**
 * Past this many, a list in the summary names `NAMED` and counts the rest: a spine of every indicator put every
 * name in, a paragraph of 17,000 characters (the data table lists them all).
 */
export const SUMMARY_NAMES = 5;
const NAMED = 3;

/** "A, B and C", or past `SUMMARY_NAMES` items, how many with the first three: "12 measures, including A, B and C". */
function someOf(items: readonly string[]): string {
  if (items.length <= SUMMARY_NAMES) return joinList(items);
  return `${items.length} measures, including ${joinList(items.slice(0, NAMED))}`;
}

/** How far a row's rank is down the list of councils: 0 for the first, 1 for the last. */
const rankShare = (r: SpineRow) => (r.rank === null ? 0.5 : (r.rank - 1) / Math.max(1, r.of - 1));

/**
 * The spine's summary, in short sentences for a reading age of 9: where the area is in the worst and best quarter of
 * councils first, then where it is furthest behind England, then the verdicts. A long list names its first few.
 */
export function describeSpine(m: SpineChart): string {
  const name = m.area.name;
  const directed = m.rows.filter((r) => r.indicator.polarity !== 'none' && r.value !== null);
  // A long list names the furthest into the quarter first: the lowest ranks in band D, the highest in band A.
  const quarter = (band: 'A' | 'D', which: string) => {
    const rows = directed.filter((r) => r.band === band);
    if (!rows.length) return `none of ${directed.length}.`;
    if (rows.length <= SUMMARY_NAMES) return `${rows.length} of ${directed.length}: ${joinList(rows.map(label))}.`;
    const ends = [...rows].sort((a, b) => (band === 'D' ? rankShare(b) - rankShare(a) : rankShare(a) - rankShare(b)));
    return `${rows.length} of ${directed.length}. Its ${which} ranks are on ${joinList(ends.slice(0, NAMED).map(label))}.`;
  };
  const parts: string[] = [];
  if (directed.length) {
    parts.push(`${name} is in the worst quarter of councils (band D) on ${quarter('D', 'lowest')}`);
    parts.push(`It is in the best quarter (band A) on ${quarter('A', 'highest')}`);
  }
  const worse = m.rows
    .filter((r) => r.indicator.polarity !== 'none' && r.pos.value !== null && r.pos.value < 0.5)
    .sort((a, b) => (a.pos.value as number) - (b.pos.value as number))
    .slice(0, 3);
  if (worse.length) {
    const fmt = (r: SpineRow) => `${label(r)} (${formatValue(r.value, r.indicator)}, England ${formatValue(r.england, r.indicator)})`;
    parts.push(`For its place among councils, it is furthest behind England on ${joinList(worse.map(fmt))}.`);
  } else if (directed.length) {
    parts.push('No measure is on the worse side of England.');
  }
  parts.push(...verdictTally(m.rows));
  const group = m.group ? describeSpineGroup(m.group, m.rows) : null;
  if (group) parts.push(group);
  const none = m.rows.filter((r) => r.indicator.polarity === 'none');
  if (none.length > SUMMARY_NAMES) parts.push(`${capitalise(someOf(none.map(label)))}, have no better or worse direction.`);
  else if (none.length) parts.push(`${capitalise(joinList(none.map(label)))} ${none.length === 1 ? 'has' : 'have'} no better or worse direction.`);
  const missing = m.rows.filter((r) => r.value === null);
  if (missing.length) parts.push(`Not available for ${name}: ${someOf(missing.map((r) => (r.status && r.status !== 'x' ? `${label(r)} (${STATUS_REASON[r.status]})` : label(r))))}.`);
  if (m.skipped.length) parts.push(`Not shown: ${someOf(m.skippedLabels.map(sentenceCase))}.`);
  parts.push(`The chart shows ${plural(m.rows.length, 'measure', 'measures')}, each against England and every council.`);
  return parts.join(' ');
}

/** "Compared with England, allowing for chance: better on 1, …. Not compared on 5 (counts not published)." */
function verdictTally(rows: SpineRow[]): string[] {
  const withValue = rows.filter((r) => r.value !== null);
  const count = (c: Comparison) => withValue.filter((r) => r.verdict.comparison === c).length;
  const made = (['better', 'similar', 'worse', 'higher', 'lower'] as const).filter((c) => count(c) > 0);
  const out: string[] = [];
  if (made.length) out.push(`Against England, allowing for chance, it is ${joinList(made.map((c) => `${c} on ${count(c)}`))}.`);
  const not = withValue.filter((r) => r.verdict.comparison === 'not compared');
  if (not.length) {
    const reasons = [...new Set(not.map((r) => plainReason(r.verdict.reason ?? '')))].filter(Boolean);
    out.push(`Not compared with England on ${not.length}${reasons.length ? ` (${joinList(reasons, { conjunction: 'or' })})` : ''}.`);
  }
  return out;
}

export function spineNotes(m: SpineChart): string[] {
  const notes = [
    'Right is better: each row runs from the worst local authority on the left to the best on the right, with England in the centre. The dark box is the middle half of local authorities (25th to 75th percentile, counted from the worst).',
    VERDICT_RULE,
  ];
  const qualified = rowsQualifierNote(m.rows);
  if (qualified) notes.push(qualified);
  if (m.group) notes.push(`The dashed pink line across each row is the ${inSentence(m.group)} average: the simple mean of its local authorities with a published figure, as the statistical neighbours' average is.`);
  // One note a reason: a spine of every indicator leaves 60 totals off.
  const skips = new Map<string, string[]>();
  m.skipped.forEach((k, i) => skips.set(k.reason, [...(skips.get(k.reason) ?? []), m.skippedLabels[i]]));
  for (const [reason, labels] of skips) notes.push(labels.length === 1 ? `Not shown: ${labels[0]}, ${reason}.` : `Not shown, as ${reason}: ${joinList(labels, { semicolons: true })}.`);
  if (m.area.to) {
    const successors = m.successors.length ? ` It was replaced by ${joinList(m.successors)}.` : '';
    notes.push(`${m.area.name} existed until ${formatDate(m.area.to)}; its latest figures are from before then.${successors}`);
  }
  // One note per suppression rule, naming the indicators it hides a figure in.
  const rules = new Map<string, string[]>();
  for (const r of m.rows) if (r.status === 'c' && r.indicator.suppression) rules.set(r.indicator.suppression, [...(rules.get(r.indicator.suppression) ?? []), r.indicator.label]);
  for (const [rule, labels] of rules) notes.push(`${joinList(labels)}: ${rule}`);
  return notes;
}
