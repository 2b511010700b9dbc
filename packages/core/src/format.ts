import type { IndicatorMeta } from './indicators';
import { STATUS_REASON, type Status } from './status';

const formatters = new Map<number, Intl.NumberFormat>();

/** GOV.UK style: thousands separators, fixed decimals, a true minus sign is not used. */
export function formatNumber(value: number, decimals: number): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/** A value with its unit, or the reason there is none. */
export function formatValue(value: number | null, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, status?: Status | null): string {
  if (value === null || status) return status && status !== 'x' ? `not available (${STATUS_REASON[status]})` : 'not available';
  const text = formatNumber(value, meta.decimals);
  return meta.unit === 'percent' ? `${text}%` : text;
}

/** Short form for tables and axes: the status symbol when there is no value. */
export function formatCell(value: number | null, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, status?: Status | null): string {
  if (value === null || status) return status ?? 'x';
  return formatValue(value, meta);
}

/**
 * The release to name after a publication in a source line, without repeating the publication's own name:
 * "Education, health and care plans" + "Education, health and care plans, June 2025" → "June 2025".
 */
export function releaseAfter(publication: string, release: string): string {
  const rest = release.startsWith(publication) ? release.slice(publication.length).replace(/^[\s,:;–-]+/, '') : release;
  return rest || release;
}

/** An axis tick: no more decimals than it needs, with % for percentages ("10%", "2.5"). */
export function formatTick(v: number, meta: Pick<IndicatorMeta, 'unit'>): string {
  const s = Number(v.toFixed(6)).toLocaleString('en-GB', { maximumFractionDigits: 3 });
  return meta.unit === 'percent' ? `${s}%` : s;
}

/** "Overall absence rate" → "overall absence rate", but "EHC plans" keeps its capitals. */
export function sentenceCase(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * A signed change with a true minus sign; percentages change in percentage points. A table column whose heading
 * names the unit passes `{ unit: false }`.
 */
export function formatChange(change: number, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, { unit = true } = {}): string {
  const text = formatNumber(Math.abs(change), meta.decimals);
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '';
  return `${sign}${text}${unit && meta.unit === 'percent' ? ' percentage points' : ''}`;
}
