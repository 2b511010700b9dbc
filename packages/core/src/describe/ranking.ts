import type { FunnelPoint, RankingChart, RankingRow } from '../analysis/ranking';
import { capitalise, formatNumber, formatValue, joinList, sentenceCase } from '../format';
import type { FunnelSide } from '../stats/compare';
import { sideOf } from '../stats/compare';
import { STATUS_REASON } from '../status';
import { describeMarkedGroup, inSentence, markedName } from './group';
import { qualifierNote } from './qualifiers';

/** How the ranking marks a chosen group's LAs, in words for the summary and notes. */
export const GROUP_SHAPE = 'diamonds';

export const FUNNEL_SIDE_TEXT: Record<FunnelSide, string> = {
  'above-998': 'above the upper 99.8% limit',
  'above-95': 'above the upper 95% limit',
  within: 'within the 95% limits',
  'below-95': 'below the lower 95% limit',
  'below-998': 'below the lower 99.8% limit',
};

/** "1 council is", "3 councils have": summaries say council, the plain word for a local authority (reading age 9). */
const las = (n: number, verb: 'is' | 'has') => `${n} council${n === 1 ? ` ${verb}` : `s ${verb === 'is' ? 'are' : 'have'}`}`;
const names = (xs: RankingRow[]) => (xs.length > 3 ? `${xs[0].area.name} and ${xs.length - 1} others` : joinList(xs.map((x) => x.area.name), { semicolons: true }));
const counts = (x: RankingRow) => `${formatNumber(x.numerator ?? 0, 0)} of ${formatNumber(x.denominator ?? 0, 0)}`;

export function rankingHeading(m: RankingChart): string {
  return `${m.ranking.indicator.label}: ${m.mode === 'funnel' ? 'funnel plot' : 'local authorities ranked'}`;
}

export function rankingSubtitle(m: RankingChart): string {
  const r = m.ranking;
  const meta = r.indicator;
  const when = `${r.periodLabel}${r.breakdown !== meta.breakdown.total ? `, ${r.breakdown}` : ''}`;
  const scope = r.region
    ? `${r.region.name} local authorities only; ranks are out of all ${r.of} in England`
    : m.mode === 'funnel'
      ? 'Each local authority\'s value against its denominator, with control limits around England'
      : `All ${r.of} local authorities with a value, ${meta.polarity === 'none' ? 'highest to lowest' : 'best to worst'}`;
  const marked = r.group ? `, ${inSentence(markedName(r.group))} marked` : '';
  return `${when}. ${scope}${r.selected ? `, ${r.selected.name} highlighted` : ''}${marked}. ${capitalise(meta.unitLabel)}.`;
}

/** The selected LA (or, with none, the ranking as a whole) in short sentences. */
function selectedSentence(m: RankingChart): string {
  const r = m.ranking;
  const meta = r.indicator;
  const fmt = (v: number | null) => formatValue(v, meta);
  const eng = r.england?.value ?? null;
  const sel = r.rows.find((x) => x.selected);
  const topic = `${sentenceCase(meta.label)}${r.breakdown !== meta.breakdown.total ? ` (${r.breakdown})` : ''} in ${r.periodLabel}`;
  const england = eng === null ? '' : ` England's figure was ${fmt(eng)}.`;
  if (r.selected && !sel) return `${r.selected.name} is not in ${r.region?.name ?? 'this data'}.`;
  if (sel && sel.value === null) return `${sel.area.name}'s ${topic} is ${formatValue(null, meta, sel.status)}, so it is not ranked.`;
  if (sel) {
    const side = eng === null ? null : sideOf(meta, sel.value as number, eng);
    const parts = [`${sel.area.name}'s ${topic} was ${fmt(sel.value)}.`];
    if (side !== null) parts.push(`That is ${side === 'the same' ? 'the same as' : `${side} than`} England (${fmt(eng)}).`);
    parts.push(`Rank ${sel.rank} of ${r.of} councils${meta.polarity === 'none' ? ' (1 is highest)' : ''}.`);
    if (sel.band) parts.push(`That is band ${sel.band} (A is best).`);
    return parts.join(' ');
  }
  if (!r.of) return `No council has a figure for ${topic}.${england}`;
  return `${r.of} councils are ranked for ${topic}.${england}`;
}

/** The best and worst, nationally or in the region shown. */
function extremesSentence(m: RankingChart): string | null {
  const r = m.ranking;
  const meta = r.indicator;
  const valued = r.rows.filter((x) => x.value !== null);
  if (!valued.length) return null;
  const fmt = (v: number | null) => formatValue(v, meta);
  const best = valued.filter((x) => x.rank === valued[0].rank);
  const worstRank = valued.at(-1)!.rank;
  const worst = valued.filter((x) => x.rank === worstRank);
  const hi = meta.polarity === 'none' ? 'highest' : 'best';
  const lo = meta.polarity === 'none' ? 'lowest' : 'worst';
  if (r.region) {
    const is = (xs: RankingRow[]) => (xs.length > 1 ? 'are' : 'is');
    return `${r.region.name} has ${valued.length} councils with a value. The ${hi} ${is(best)} ${names(best)} (${fmt(best[0].value)}, rank ${best[0].rank} in England). The ${lo} ${is(worst)} ${names(worst)} (${fmt(worst[0].value)}, rank ${worstRank}).`;
  }
  return `${capitalise(hi)}: ${names(best)} (${fmt(best[0].value)}). ${capitalise(lo)}: ${names(worst)} (${fmt(worst[0].value)}).`;
}

/** The funnel in words: the selected LA against its limits, then how many fall outside them. */
function funnelSentences(m: RankingChart): string[] {
  const f = m.funnel;
  if (!f) return [];
  const meta = m.ranking.indicator;
  const fmt = (v: number) => formatValue(v, meta);
  const parts: string[] = [];
  const own = f.points.find((p) => p.row.selected);
  if (own) {
    parts.push(`${own.row.area.name} (${counts(own.row)}) is ${FUNNEL_SIDE_TEXT[own.side]}.`);
    parts.push(`For its size, the 95% limits are ${fmt(own.limits95[0])} to ${fmt(own.limits95[1])}, and the 99.8% limits ${fmt(own.limits998[0])} to ${fmt(own.limits998[1])}.`);
  }
  const count = (s: FunnelSide) => f.points.filter((p) => p.side === s).length;
  const outside95 = count('above-95') + count('below-95');
  parts.push(`Of the ${f.points.length} councils in the funnel, ${count('above-998')} ${count('above-998') === 1 ? 'is' : 'are'} above the upper 99.8% limit and ${count('below-998')} below the lower one.`);
  if (meta.polarity !== 'none') parts.push(`${meta.polarity === 'high' ? 'Above' : 'Below'} is better.`);
  parts.push(`${outside95} more ${outside95 === 1 ? 'is' : 'are'} outside the 95% limits only.`);
  const uncounted = m.ranking.rows.filter((x) => x.value !== null).length - f.points.length;
  if (uncounted > 0) parts.push(`${las(uncounted, 'has')} a value but no published count, so ${uncounted === 1 ? 'is' : 'are'} not in the funnel.`);
  return parts;
}

/** LAs with no value, by reason: named when few, counted when many. */
function missingSentence(m: RankingChart): string {
  const missing = m.ranking.rows.filter((x) => x.value === null);
  if (!missing.length) return m.ranking.of ? 'Every council has a value.' : '';
  const groups = new Map<string, string[]>();
  for (const x of missing) {
    const why = STATUS_REASON[x.status ?? 'x'];
    groups.set(why, [...(groups.get(why) ?? []), x.area.name]);
  }
  const head = `${las(missing.length, 'has')} no value`;
  return missing.length <= 8
    ? `${head}: ${[...groups].map(([why, xs]) => `${joinList(xs, { semicolons: true })} (${why})`).join('; ')}.`
    : `${head} (${[...groups].map(([why, xs]) => `${xs.length} ${why}`).join(', ')}); they are listed in the table.`;
}

/** The ranking's (or funnel's) plain-English summary. */
export function describeRanking(m: RankingChart): string {
  const r = m.ranking;
  const meta = r.indicator;
  const parts: string[] = [];
  if (m.funnelBlocked) parts.push(m.funnelBlocked);
  parts.push(selectedSentence(m));
  const extremes = extremesSentence(m);
  if (extremes) parts.push(extremes);
  if (r.group) parts.push(describeMarkedGroup(r.group, r.group.members.map((a) => r.rows.find((x) => x.area.code === a.code)?.rank ?? null), r.of, meta, GROUP_SHAPE));
  if (r.thresholds && m.mode === 'ranking') {
    const [q1, q2, q3] = r.thresholds.map((t) => formatValue(t, meta));
    parts.push(meta.polarity === 'high'
      ? `Band A is ${q3} or more, B from ${q2}, C from ${q1}, and D below ${q1}.`
      : `Band A is ${q1} or less, B up to ${q2}, C up to ${q3}, and D above ${q3}.`);
  }
  parts.push(...funnelSentences(m), missingSentence(m));
  return parts.filter(Boolean).join(' ');
}

export function rankingNotes(m: RankingChart): string[] {
  const r = m.ranking;
  const out: string[] = [];
  if (m.mode === 'ranking') {
    out.push(r.thresholds
      ? 'Each dot is a local authority, in rank order. Dashed vertical lines divide the quartile bands (A is the best quarter); the figure above each line is the threshold between bands.'
      : 'Each dot is a local authority, in rank order. This indicator has no better or worse direction, so there are no quartile bands.');
  } else {
    out.push('Control limits are Wilson score intervals around England\'s value for each denominator: 95% (dashed) and 99.8% (solid). A local authority outside the 99.8% limits is unlikely to differ from England by chance alone.');
  }
  if (r.group) out.push(`Diamonds mark the ${r.group.members.length} local authorities of ${inSentence(markedName(r.group))}; their average is the simple mean of those with a published figure, as the statistical neighbours' average is.`);
  if (r.region) out.push(`Ranks and bands are out of all ${r.of} local authorities in England with a value.`);
  if (r.indicator.suppression && r.rows.some((x) => x.status === 'c')) out.push(r.indicator.suppression);
  const qualified = qualifierNote(r.indicator, [r.period]);
  if (qualified) out.push(qualified);
  return out;
}

/** What the keyboard announces for one LA. */
export function rankingAnnounce(m: RankingChart, x: RankingRow, p?: FunnelPoint): string {
  const meta = m.ranking.indicator;
  if (x.value === null) return `Not ranked: ${x.area.name}, ${formatValue(null, meta, x.status)}${inGroup(m, x)}`;
  return `Rank ${x.rank} of ${m.ranking.of}: ${x.area.name}, ${formatValue(x.value, meta)}${p ? ` (${counts(x)})` : ''}${x.band ? `, band ${x.band}` : ''}${p ? `, ${FUNNEL_SIDE_TEXT[p.side]}` : ''}${x.selected ? ' (selected)' : ''}${inGroup(m, x)}`;
}

const inGroup = (m: RankingChart, x: RankingRow) => (x.member && m.ranking.group ? ` (in ${markedName(m.ranking.group)})` : '');

/** The second line of the selected LA's label: its value, rank and band, or why it has none. */
export function rankingSelectedDetail(m: RankingChart): string | null {
  const r = m.ranking;
  if (!r.selected) return null;
  const meta = r.indicator;
  const sel = r.rows.find((x) => x.selected);
  if (!sel) return `not in ${r.region?.name ?? 'this data'}`;
  if (sel.value === null) return formatValue(null, meta, sel.status);
  return `${formatValue(sel.value, meta)}, rank ${sel.rank} of ${r.of}${sel.band ? `, band ${sel.band}` : ''}`;
}

/** The x axis's title: the strip's order, or the funnel's denominator. */
export function rankingAxisTitle(m: RankingChart, { short = false } = {}): string {
  const meta = m.ranking.indicator;
  if (m.mode === 'ranking') {
    const order = meta.polarity === 'none' ? 'highest to lowest' : 'best to worst';
    return short ? `${capitalise(order)} →` : `Local authorities, ${order} →`;
  }
  const counted = meta.denominatorLabel ?? 'pupils or plans counted';
  return short ? `${capitalise(counted)} (log scale) →` : `Number of ${counted} (log scale) →`;
}

export const rankingMissingLabel = (n: number) => `Not shown: ${n} with no value`;
