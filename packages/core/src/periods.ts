/**
 * Time periods in the EES form: `201819` (an academic or financial year) or `2022` (a calendar year, or a year
 * "as at" a date). A figure that covers several years (LAIT's rolling three-year rates) has a range period, the
 * first and last periods joined by a hyphen: `2014-2016`, `201314-201516`.
 */

const ACADEMIC = /^(\d{4})(\d{2})$/;
const CALENDAR = /^\d{4}$/;

export function isAcademic(period: string): boolean {
  const m = ACADEMIC.exec(period);
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** `2014-2016` (calendar years, at least two apart: `2018-2019` is the academic year) or `201314-201516`. */
export function isRange(period: string): boolean {
  const m = /^(\d{4}|\d{6})-(\d{4}|\d{6})$/.exec(period);
  if (!m || m[1].length !== m[2].length) return false;
  const gap = periodStart(m[2]) - periodStart(m[1]);
  return m[1].length === 4 ? gap >= 2 : isAcademic(m[1]) && isAcademic(m[2]) && gap >= 1;
}

export function isPeriod(period: string): boolean {
  return isAcademic(period) || CALENDAR.test(period) || isRange(period);
}

/** `201819` → `2018/19`; `2022` → `2022`; `2014-2016` → `2014 to 2016`. */
export function periodLabel(period: string): string {
  if (isRange(period)) {
    const [a, b] = period.split('-');
    return `${periodLabel(a)} to ${periodLabel(b)}`;
  }
  return isAcademic(period) ? `${period.slice(0, 4)}/${period.slice(4)}` : period;
}

/** Accepts `201819`, `2018/19`, `2018-19`, `2018/2019` or `2022`; returns the EES form or undefined. */
export function parsePeriod(input: string | number): string | undefined {
  const text = String(input).trim();
  if (isPeriod(text)) return text;
  const m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  if (m[2].length === 4 && Number(m[2]) !== start + 1) return undefined;
  const end = Number(m[2].length === 4 ? m[2].slice(2) : m[2]);
  if ((start + 1) % 100 !== end) return undefined;
  return `${start}${String(end).padStart(2, '0')}`;
}

/** The academic year that ends in `endYear` (LAIT absence labels name the ending year: 2017 = 2016/17). */
export function academicYearEnding(endYear: number): string {
  return `${endYear - 1}${String(endYear % 100).padStart(2, '0')}`;
}

/** A sortable number: the year the period starts. */
export function periodStart(period: string): number {
  return Number(period.slice(0, 4));
}

/** A range period from its first and last periods: `rangePeriod("2014", "2016")` is `2014-2016`. */
export function rangePeriod(first: string, last: string): string {
  const p = `${first}-${last}`;
  if (!isRange(p)) throw new RangeError(`"${p}" is not a range of periods`);
  return p;
}

/** The period one year earlier, in the same form. */
export function previousPeriod(period: string): string {
  if (isRange(period)) return period.split('-').map(previousPeriod).join('-');
  const start = periodStart(period) - 1;
  return isAcademic(period) ? `${start}${String((start + 1) % 100).padStart(2, '0')}` : String(start);
}

export function comparePeriods(a: string, b: string): number {
  return periodStart(a) - periodStart(b) || a.length - b.length;
}
