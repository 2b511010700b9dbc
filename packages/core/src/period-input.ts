import { academicYearEnding, isAcademic, parsePeriod, periodLabel } from './periods';

/** A period as someone typed it, read against the periods an indicator has. */
export interface PeriodReading {
  /** The EES form (`202223` or `2023`). */
  period: string;
  /** Set when the input could mean more than one period: what was assumed, in a sentence. */
  assumed: string | null;
}

/**
 * Reads a period in any published form: `2023/24`, `202324`, `2023-24`, `2023/2024`, `AY 2023/24`, `FY2023-24`,
 * or a bare year. A bare year is exact for a calendar- or financial-year indicator (`2023`). For an academic-year
 * indicator it is read as LAIT labels its absence and SEN measures, by the year the academic year ends
 * (`2023` = 2022/23), and `assumed` says so. Returns undefined for text that is not a period at all; the caller
 * checks the result against `available` to say whether there are figures for it.
 */
export function readPeriod(input: string, available: readonly string[]): PeriodReading | undefined {
  const text = input.trim().replace(/^(?:ay|fy|cy|ty)\s*/i, '');
  const range = readRange(text, available);
  if (range) return { period: range, assumed: null };
  const year = /^\d{4}$/.test(text) ? Number(text) : null;
  const academic = available.length > 0 && available.some(isAcademic);
  const calendar = available.some((p) => !isAcademic(p));
  if (year !== null && academic && !calendar) {
    const ending = academicYearEnding(year);
    const starting = `${year}${String((year + 1) % 100).padStart(2, '0')}`;
    const also = available.includes(starting) ? ` For ${periodLabel(starting)}, give --period ${periodLabel(starting)}.` : '';
    return {
      period: ending,
      assumed: `${year} is read as ${periodLabel(ending)}, the academic year ending in ${year}, as LAIT labels its years.${also}`,
    };
  }
  const p = parsePeriod(text);
  return p ? { period: p, assumed: null } : undefined;
}

/**
 * A span of years as LAIT labels its three-year measures: `2018/19-20/21` (academic years) or `2020-22` and
 * `2014-2016` (calendar years), in the EES-style range form (`201819-202021`, `2020-2022`). A label that could also
 * be one academic year (`2021-22`) is a range only where the indicator has that range.
 */
function readRange(text: string, available: readonly string[]): string | undefined {
  let m = /^(\d{4})\s*\/\s*(\d{2})\s*-\s*(\d{2})\s*\/\s*(\d{2})$/.exec(text);
  if (m) {
    const p = `${m[1]}${m[2]}-${m[1].slice(0, 2)}${m[3]}${m[4]}`;
    return available.includes(p) || !available.length ? p : undefined;
  }
  m = /^(\d{4})\s*-\s*(\d{2}|\d{4})$/.exec(text);
  if (!m) return undefined;
  const end = m[2].length === 4 ? m[2] : `${m[1].slice(0, 2)}${m[2]}`;
  const p = `${m[1]}-${end}`;
  return available.includes(p) ? p : undefined;
}
