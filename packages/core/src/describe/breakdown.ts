import type { BreakdownChart, BreakdownRow } from '../analysis/breakdowns';
import { capitalise, formatDate, formatNumber, formatValue, joinList, sentenceCase } from '../format';
import type { IndicatorMeta } from '../indicators';
import { atPrecision } from '../stats/compare';
import type { Status } from '../status';
import { plainReason, verdictLabel, VERDICT_RULE } from './verdict';

/** "EHC plan or statement" → "Pupils with an EHC plan or statement"; "Primary" → "Primary schools". */
export function groupLabel(meta: IndicatorMeta, value: string): string {
  const dim = meta.breakdown.dimension.toLowerCase();
  const total = value === meta.breakdown.total;
  if (dim.includes('phase')) return total ? 'All schools' : `${value} schools`;
  if (/\bsen\b|special educational/.test(dim)) {
    if (total) return 'All pupils';
    if (/^unclassified$/i.test(value)) return 'Pupils whose SEN status is unclassified';
    return `Pupils with ${/^EHC/.test(value) ? 'an ' : ''}${sentenceCase(value)}`;
  }
  return total ? 'All' : value;
}

/** "Suspension rate by SEN provision" stays as it is; "Suspension rate" gains "by phase". */
export function breakdownTitle(meta: IndicatorMeta): string {
  const by = `by ${sentenceCase(meta.breakdown.dimension)}`;
  return meta.label.toLowerCase().includes(by.toLowerCase()) ? meta.label : `${meta.label} ${by}`;
}

/** Groups whose status is unclassified or unknown: shown, but left out of the highest and lowest and the comparisons. */
const isUnclassified = (b: string) => /unclassified|unknown/i.test(b);
const isOther = (meta: IndicatorMeta, b: string) => b === meta.breakdown.total || isUnclassified(b);

export function breakdownSubtitle(m: BreakdownChart): string {
  const meta = m.indicator;
  const unit = capitalise(meta.unitLabel);
  const by = `by ${sentenceCase(meta.breakdown.dimension)}`;
  if (m.englandOnly) return `England only (not published for local authorities), ${by}, ${m.periodLabel}. ${unit}.`;
  if (m.alone) return `England, ${by}, ${m.periodLabel}. ${unit}.`;
  return `${m.area.name} and England, ${by}, ${m.periodLabel}. ${unit}.`;
}

/** A group's figure as shown: the value, or why there is none. */
const shown = (meta: IndicatorMeta, v: number | null, s?: Status | null) => formatValue(v, meta, v === null ? s ?? 'x' : s);

/** "That is 3.1 times the figure for pupils with no SEN (England: 2.8 times)." */
function ratioSentence(m: BreakdownChart, groups: BreakdownRow[], hi: BreakdownRow, valueOf: (r: BreakdownRow) => number | null): string | null {
  const meta = m.indicator;
  const ref = groups.find((r) => /^no\b/i.test(r.breakdown));
  if (!ref || ref === hi) return null;
  const ratioOf = (a: number | null, b: number | null) => {
    if (a === null || b === null) return null;
    const y = atPrecision(b, meta.decimals);
    return y > 0 ? atPrecision(a, meta.decimals) / y : null;
  };
  const r = ratioOf(valueOf(hi), valueOf(ref));
  if (r === null) return null;
  const e = m.alone ? null : ratioOf(hi.england, ref.england);
  return `That is ${formatNumber(r, 1)} times the figure for ${sentenceCase(groupLabel(meta, ref.breakdown))}${e !== null ? ` (England: ${formatNumber(e, 1)} times)` : ''}.`;
}

/** The area against England, group by group: one short sentence of figures each, then the verdicts by the one rule. */
function againstEngland(m: BreakdownChart): string[] {
  const meta = m.indicator;
  const fmt = (v: number | null, s?: Status | null) => shown(meta, v, s);
  const lbl = (r: BreakdownRow) => groupLabel(meta, r.breakdown);
  const compared = m.rows.filter((r) => !isUnclassified(r.breakdown));
  const parts = compared.map((r) => {
    if (r.value === null || r.status) return `${lbl(r)}: ${fmt(null, r.status ?? 'x')}.`;
    if (r.england === null || r.englandStatus) return `${lbl(r)}: ${fmt(r.value)} (England not available).`;
    return `${lbl(r)}: ${fmt(r.value)}, England ${fmt(r.england)}.`;
  });
  const made = compared.filter((r) => r.verdict.comparison !== 'not compared');
  const byVerdict = [...new Set(made.map((r) => r.verdict.comparison))]
    .map((c) => `${sentenceCase(verdictLabel({ comparison: c, reason: null }))} for ${joinList(made.filter((r) => r.verdict.comparison === c).map((r) => sentenceCase(lbl(r))))}`);
  if (byVerdict.length) parts.push(`Allowing for chance, ${m.area.name} was ${joinList(byVerdict, { semicolons: true })}.`);
  const not = compared.filter((r) => r.verdict.comparison === 'not compared' && r.value !== null);
  const reasons = [...new Set(not.map((r) => plainReason(r.verdict.reason ?? '')))].filter(Boolean);
  if (not.length) parts.push(`${made.length ? 'Other groups are not' : 'Not'} compared with England${reasons.length ? ` (${joinList(reasons, { conjunction: 'or' })})` : ''}.`);
  return parts;
}

/**
 * The breakdown's summary, in short sentences for a reading age of 9: the highest and lowest group first, then each
 * group against England, then the verdicts.
 */
export function describeBreakdown(m: BreakdownChart): string {
  const meta = m.indicator;
  const valueOf = (r: BreakdownRow) => (m.alone ? r.england : r.value);
  const statusOf = (r: BreakdownRow) => (m.alone ? r.englandStatus : r.status);
  const groups = m.rows.filter((r) => !isOther(meta, r.breakdown) && valueOf(r) !== null && !statusOf(r));
  const lbl = (r: BreakdownRow) => groupLabel(meta, r.breakdown);
  const where = m.alone ? 'England' : m.area.name;
  const parts: string[] = [];
  if (groups.length >= 2) {
    const sorted = [...groups].sort((a, b) => (valueOf(b) as number) - (valueOf(a) as number));
    const hi = sorted[0];
    const lo = sorted.at(-1)!;
    parts.push(`In ${where} in ${m.periodLabel}, ${sentenceCase(lbl(hi))} had the highest figure (${shown(meta, valueOf(hi))}).`);
    parts.push(`${lbl(lo)} had the lowest (${shown(meta, valueOf(lo))}).`);
    const ratio = ratioSentence(m, groups, hi, valueOf);
    if (ratio) parts.push(ratio);
  } else parts.push(`${breakdownTitle(meta)}, ${where}, ${m.periodLabel}.`);
  if (!m.alone) parts.push(...againstEngland(m));
  else {
    const total = m.rows.find((r) => r.breakdown === meta.breakdown.total);
    if (total && total.england !== null) parts.push(`${lbl(total)}: ${shown(meta, total.england, total.englandStatus)}.`);
  }
  if (m.asked) parts.push(`${meta.label} is published for England only, so ${m.asked} cannot be shown.`);
  return parts.join(' ');
}

export function breakdownNotes(m: BreakdownChart, { intervals = false } = {}): string[] {
  const meta = m.indicator;
  const notes: string[] = [];
  const unclassified = m.rows.find((r) => isUnclassified(r.breakdown) && (r.value !== null || r.england !== null));
  if (unclassified) notes.push(`${groupLabel(meta, unclassified.breakdown)} are shown but left out of the highest and lowest.`);
  if (!m.alone) notes.push(VERDICT_RULE);
  if (intervals && !m.alone) {
    notes.push(m.rows.some((r) => r.ci95)
      ? `Whiskers show 95% confidence intervals for ${m.area.name}, from the published counts.`
      : 'No confidence intervals: the counts behind these figures are not published, or the measure is a rate of events.');
  }
  if (m.rows.some((r) => r.status === 'c' || r.englandStatus === 'c') && meta.suppression) notes.push(meta.suppression);
  if (m.area.to && !m.alone) notes.push(`${m.area.name} existed until ${formatDate(m.area.to)}; it has no figures after that.`);
  return [...notes, ...meta.notes];
}

/** What the keyboard announces for one bar. */
export function breakdownPointText(meta: IndicatorMeta, group: string, name: string, value: number | null, status: Status | null, ci: [number, number] | null): string {
  const interval = ci && value !== null ? ` (95% confidence interval ${formatValue(ci[0], meta)} to ${formatValue(ci[1], meta)})` : '';
  return `${groupLabel(meta, group)}: ${name} ${shown(meta, value, status)}${interval}`;
}
