import type { Trend, TrendMarker, TrendPoint, TrendSeries } from '../analysis/trend';
import { capitalise, formatChange, formatValue, joinList, sentenceCase } from '../format';
import { comparePeriods, periodLabel, previousPeriod } from '../periods';
import { changeOf, sideOf } from '../stats/compare';
import { STATUS_REASON, type Status } from '../status';
import { qualifierNote } from './qualifiers';

/** One series' figure in one period of the axis: periods with no row keep their place, as "not available". */
export interface TrendCell {
  key: TrendSeries['key'];
  label: string;
  /** The period's index on the axis. */
  i: number;
  period: string;
  periodLabel: string;
  value: number | null;
  status: Status | null;
  lo: number | null;
  hi: number | null;
  segment: number;
}

/** Breaks and boundary changes in one period, as one label. */
export interface TrendMarkerGroup {
  i: number;
  period: string;
  periodLabel: string;
  text: string;
}

/** Every period from the first to the last, so a year with no data keeps its place on the axis. */
export function trendPeriods(t: Trend): string[] {
  const first = t.periods[0];
  const out = [t.periods.at(-1)!];
  while (comparePeriods(out[0], first) > 0 && out.length < 200) out.unshift(previousPeriod(out[0]));
  return out;
}

/** A series' cells along the axis. */
export function trendCells(s: TrendSeries, periods: string[]): TrendCell[] {
  const byPeriod = new Map(s.points.map((p) => [p.period, p]));
  let segment = 0;
  return periods.map((period, i) => {
    const p = byPeriod.get(period);
    if (p) segment = p.segment;
    return {
      key: s.key, label: s.label, i, period, periodLabel: periodLabel(period),
      value: p?.value ?? null, status: p ? (p.value === null ? p.status ?? 'x' : null) : 'x',
      lo: p?.ci95?.[0] ?? null, hi: p?.ci95?.[1] ?? null, segment,
    };
  });
}

/** Breaks and boundary changes in the same period share one rule and one label. */
export function trendMarkerGroups(markers: TrendMarker[], periods: string[]): TrendMarkerGroup[] {
  const groups: TrendMarkerGroup[] = [];
  for (const p of [...new Set(markers.map((m) => m.period))]) {
    const i = periods.indexOf(p);
    if (i < 1) continue;
    const kinds = [...new Set(markers.filter((m) => m.period === p).map((m) => m.kind))];
    groups.push({ i, period: p, periodLabel: periodLabel(p), text: capitalise(joinList(kinds)) });
  }
  return groups.sort((a, b) => a.i - b.i);
}

/** "2015/16 to 2024/25", or one period. */
export function trendSpan(t: Trend): string {
  const first = periodLabel(t.periods[0]);
  const last = periodLabel(t.periods.at(-1)!);
  return first === last ? first : `${first} to ${last}`;
}

// The neighbours' model is always said: two models are in the data.
const comparatorName = (s: TrendSeries, { its = false } = {}) => (s.key === 'neighbours' && s.label.startsWith('Statistical neighbours')
  ? `${its ? 'its ' : ''}${s.model ? `${s.model}-model ` : ''}statistical neighbours' average` : s.label);

export function trendHeading(t: Trend): string {
  return `${t.indicator.label} over time`;
}

export function trendSubtitle(t: Trend): string {
  const m = t.indicator;
  const comps = t.series.filter((s) => s.key !== 'area').map((s) => comparatorName(s));
  return `${t.area.name}${t.breakdown !== m.breakdown.total ? `, ${t.breakdown}` : ''}, ${trendSpan(t)}${comps.length ? `, compared with ${joinList(comps)}` : ''}. ${capitalise(m.unitLabel)}.`;
}

/** The reasons a set of points has no figure: "suppressed or not available". */
export function missingReasons(points: { status: Status | null }[]): string {
  return joinList([...new Set(points.map((p) => STATUS_REASON[p.status ?? 'x']))], { conjunction: 'or' });
}

/** "rose from 11.97% in 2020/21 to 20.57% in 2024/25 (up 8.60 percentage points, worse)", or null if unchanged. */
function moved(t: Trend, a: TrendPoint, b: TrendPoint): string | null {
  const m = t.indicator;
  const { change, direction } = changeOf(m, a.value as number, b.value as number);
  if (change === 0) return null;
  const size = formatChange(change, m, { signed: false });
  const judged = direction === 'better' || direction === 'worse' ? `, ${direction}` : '';
  return `${change > 0 ? 'rose' : 'fell'} from ${formatValue(a.value, m)} in ${a.periodLabel} to ${formatValue(b.value, m)} in ${b.periodLabel} (${change > 0 ? 'up' : 'down'} ${size}${judged})`;
}

/** The first and latest figures, and the change between them unless a break lies between. Returns the markers it names. */
function changeSentence(t: Trend, subject: string, withValue: TrendPoint[], own: TrendSeries): { text: string; mentioned: TrendMarker[] } {
  const m = t.indicator;
  const first = withValue[0];
  const latest = withValue.at(-1);
  if (!first || !latest) return { text: `There is no figure for ${subject} in any year from ${trendSpan(t)} (${missingReasons(own.points)}).`, mentioned: [] };
  if (first === latest) return { text: `${subject} was ${formatValue(first.value, m)} in ${first.periodLabel}, the only year with a figure.`, mentioned: [] };
  const between = t.markers.filter((k) => comparePeriods(k.period, first.period) > 0 && comparePeriods(k.period, latest.period) <= 0);
  if (!between.length) {
    const s = moved(t, first, latest);
    return { text: s ? `${subject} ${s}.` : `${subject} was ${formatValue(first.value, m)} in both ${first.periodLabel} and ${latest.periodLabel}.`, mentioned: [] };
  }
  // No change is worked out across a break: the two ends are given, then the change since the last break.
  let s = `${subject} was ${formatValue(first.value, m)} in ${first.periodLabel} and ${formatValue(latest.value, m)} in ${latest.periodLabel}. ${capitalise(joinList(between.map((k) => `a ${k.kind} in ${k.periodLabel}`)))} means the two cannot be compared (see the notes).`;
  const last = between.at(-1)!;
  const since = withValue.filter((p) => comparePeriods(p.period, last.period) >= 0);
  const sinceMoved = since.length > 1 ? moved(t, since[0], since.at(-1)!) : null;
  if (sinceMoved) s += ` Since the ${last.kind} it ${sinceMoved}.`;
  else if (since.length > 1) s += ` Since the ${last.kind} it was the same in ${since[0].periodLabel} and ${latest.periodLabel}.`;
  return { text: s, mentioned: between };
}

/** The latest period with an LA figure (or the last period) against the comparators. */
function comparatorSentence(t: Trend, latest: TrendPoint | undefined): string | null {
  const m = t.indicator;
  const period = latest?.period ?? t.periods.at(-1)!;
  const comps = t.series.filter((s) => s.key !== 'area').map((s) => {
    const p = s.points.find((x) => x.period === period);
    return { name: comparatorName(s, { its: true }), value: p?.value ?? null };
  }).filter((c): c is { name: string; value: number } => c.value !== null);
  if (!comps.length) return null;
  const fig = (c: { name: string; value: number }) => `${c.name} (${formatValue(c.value, m)})`;
  if (!latest) return `In ${periodLabel(period)} ${joinList(comps.map((c) => `${c.name} was ${formatValue(c.value, m)}`))}.`;
  const rel = (c: { value: number }) => {
    const side = sideOf(m, latest.value as number, c.value);
    return side === 'the same' ? 'the same as' : `${side} than`;
  };
  const groups = ['higher than', 'lower than', 'the same as'].map((r) => ({ r, cs: comps.filter((c) => rel(c) === r) })).filter((g) => g.cs.length);
  return `In ${latest.periodLabel} ${t.area.name} was ${formatValue(latest.value, m)}. That was ${joinList(groups.map((g) => `${g.r} ${joinList(g.cs.map(fig))}`))}.`;
}

/** Years with no LA figure, as runs ("2015/16 to 2022/23") by reason. */
function gapSentences(t: Trend, own: TrendSeries): string[] {
  const runs: { from: TrendCell; to: TrendCell; status: Status }[] = [];
  for (const r of trendCells(own, trendPeriods(t))) {
    const prev = runs.at(-1);
    if (r.value !== null) continue;
    if (prev && prev.to.i === r.i - 1 && prev.status === r.status) prev.to = r;
    else runs.push({ from: r, to: r, status: r.status ?? 'x' });
  }
  return [...new Set(runs.map((r) => r.status))].map((status) => {
    const these = runs.filter((r) => r.status === status);
    const many = these.length > 1 || these[0].from !== these[0].to;
    const text = these.map((r) => (r.from === r.to ? r.from.periodLabel : `${r.from.periodLabel} to ${r.to.periodLabel}`));
    return `There ${many ? 'are no figures' : 'is no figure'} for ${joinList(text)} (${STATUS_REASON[status]}).`;
  });
}

/** The trend's plain-English summary. */
export function describeTrend(t: Trend): string {
  const m = t.indicator;
  const own = t.series.find((s) => s.key === 'area')!;
  const withValue = own.points.filter((p) => p.value !== null);
  const subject = `${t.area.name}'s ${sentenceCase(m.label)}${t.breakdown !== m.breakdown.total ? ` (${t.breakdown})` : ''}`;
  const { text, mentioned } = changeSentence(t, subject, withValue, own);
  const parts = [text];
  const comps = comparatorSentence(t, withValue.at(-1));
  if (comps) parts.push(comps);
  if (withValue.length) parts.push(...gapSentences(t, own));
  const others = t.markers.filter((k) => !mentioned.includes(k));
  if (others.length) parts.push(`The chart marks ${joinList(others.map((k) => `a ${k.kind} at ${k.periodLabel}`))}. See the notes.`);
  return parts.join(' ');
}

export function trendNotes(t: Trend, { intervals = false } = {}): string[] {
  const m = t.indicator;
  const own = t.series.find((s) => s.key === 'area')!;
  const notes = t.markers.map((k) => `${capitalise(k.kind)} (${k.periodLabel}): ${k.note}`);
  if (t.series.some((s) => s.key === 'neighbours')) {
    notes.push('The statistical neighbours\' average is the mean of those neighbours with a published figure in each year.');
  }
  for (const g of t.series.filter((s) => s.key === 'group')) notes.push(`The ${g.label} is the mean of the group's LAs with a published figure in each year.`);
  if (intervals) {
    notes.push(own.points.some((p) => p.ci95)
      ? `The shaded band is the 95% confidence interval for ${t.area.name}, shown for years where the numbers behind the percentage are published.`
      : `No confidence interval can be shown for ${t.area.name}: the numbers behind this figure are not published.`);
  }
  if (m.suppression && own.points.some((p) => p.status === 'c')) notes.push(m.suppression);
  const qualified = qualifierNote(m, trendPeriods(t));
  if (qualified) notes.push(qualified);
  return notes;
}

/** What the keyboard announces for one cell: the LA's cells also give England and the interval. */
export function trendPointText(t: Trend, c: TrendCell, { england = null as TrendCell | null, intervals = false, marker = null as TrendMarkerGroup | null } = {}): string {
  const m = t.indicator;
  let text = `${c.label}, ${c.periodLabel}: ${formatValue(c.value, m, c.value === null ? c.status ?? 'x' : null)}`;
  if (c.key === 'area' && c.value !== null) {
    const extra: string[] = [];
    if (england?.value != null) extra.push(`England ${formatValue(england.value, m)}`);
    if (intervals && c.lo !== null && c.hi !== null) extra.push(`95% confidence interval ${formatValue(c.lo, m)} to ${formatValue(c.hi, m)}`);
    if (extra.length) text += ` (${extra.join('; ')})`;
  }
  if (marker) text += `. ${marker.text} before this year`;
  return text;
}

/** Above the plot when the LA has no figure in any year. */
export function trendNoFigures(own: TrendCell[]): string {
  return `No figures for ${own[0]?.label ?? ''} (${missingReasons(own)})`;
}
