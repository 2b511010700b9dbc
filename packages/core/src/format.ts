import type { IndicatorMeta } from './indicators';
import { STATUS_REASON, type Status } from './status';

const formatters = new Map<number, Intl.NumberFormat>();

function intlNumber(value: number, decimals: number): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/**
 * GOV.UK style: thousands separators, fixed decimals, a true minus sign is not used. The same text as
 * Intl.NumberFormat('en-GB'), which rounds the shortest decimal that reads back as the number (1.005 → "1.01")
 * half away from zero, without it: on a slow phone a page's first Intl formatter costs 50 to 200 ms (issue 18).
 */
export function formatNumber(value: number, decimals: number): string {
  const text = String(Math.abs(value));
  // Exponent forms (below 1e-6, from 1e21), NaN, infinities and odd decimals: Intl itself.
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) return intlNumber(value, decimals);
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  let digits = whole + frac.slice(0, decimals).padEnd(decimals, '0');
  if (frac.length > decimals && frac.charCodeAt(decimals) >= 53 /* '5' */) digits = roundUp(digits);
  const w = digits.slice(0, digits.length - decimals);
  let grouped = w.slice(0, ((w.length - 1) % 3) + 1);
  for (let i = grouped.length; i < w.length; i += 3) grouped += `,${w.slice(i, i + 3)}`;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${digits.slice(-decimals)}` : ''}`;
}

/** A string of decimal digits plus one in its last place ("0999" → "1000", "99" → "100"). */
function roundUp(digits: string): string {
  const d = digits.split('');
  let i = d.length - 1;
  for (; i >= 0 && d[i] === '9'; i--) d[i] = '0';
  if (i < 0) d.unshift('1');
  else d[i] = String(Number(d[i]) + 1);
  return d.join('');
}

/** Why there is no value: "not available", or with a finer reason "not available (suppressed)", never "not available (not available)". */
export function formatStatus(status: Status | null | undefined): string {
  return status && status !== 'x' ? `not available (${STATUS_REASON[status]})` : 'not available';
}

/** A value with its unit, or the reason there is none. */
export function formatValue(value: number | null, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, status?: Status | null): string {
  if (value === null || status) return formatStatus(status);
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
  // As Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }) would write it, without Intl (see formatNumber).
  const f = formatNumber(Number(v.toFixed(6)), 3);
  const s = f.includes('.') ? f.replace(/0+$/, '').replace(/\.$/, '') : f;
  return meta.unit === 'percent' ? `${s}%` : s;
}

/** "pupils with SEN support" → "Pupils with SEN support": a sentence's first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "A, B and C" ("A or B" with `conjunction: 'or'`). With `semicolons`, items are parted by semicolons when one
 * has a comma of its own ("Bournemouth, Christchurch and Poole; Dorset; and Wiltshire").
 */
export function joinList(items: readonly string[], { conjunction = 'and', semicolons = false } = {}): string {
  if (items.length < 2) return items.join('');
  const sep = semicolons && items.some((x) => x.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(sep)}${sep === '; ' ? ';' : ''} ${conjunction} ${items.at(-1)}`;
}

/** "1 local authority", "3 local authorities": a count with its noun, singular or plural. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An ISO date as "1 April 2023" (UTC); the text itself if it is not a date. */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "Overall absence rate" → "overall absence rate", but "EHC plans" keeps its capitals. */
export function sentenceCase(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * A signed change with a true minus sign; percentages change in percentage points. A table column whose heading
 * names the unit passes `{ unit: false }`; a sentence that says "up" or "down" passes `{ signed: false }`.
 */
export function formatChange(change: number, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, { unit = true, signed = true } = {}): string {
  const text = formatNumber(Math.abs(change), meta.decimals);
  const sign = !signed ? '' : change > 0 ? '+' : change < 0 ? '\u2212' : '';
  return `${sign}${text}${unit && meta.unit === 'percent' ? ' percentage points' : ''}`;
}
