import {
  nameKey, parseCell, periodLabel, placeKey, valueProblem,
  type Area, type AreaDirectory, type Cell, type GeoLevel, type IndicatorMeta, type Observation, type Status,
} from '@inclusion-dashboard/core';
import { smallCount, suppressRate, type DisclosureRule } from './disclosure';
import { isPeopleCount, unitOf, type Columns } from './columns';
import type { CsvRecord, Problem } from './records';
import {
  DASHBOARD_LEVELS, ENGLAND, GEOGRAPHIC_LEVELS, LA_COLUMNS, NATIONAL_COLUMNS, REGIONAL_COLUMNS, TIME_IDENTIFIERS,
} from './standard';

/** The observations a local file gives, with counts per indicator id for the summary. */
export interface Observed {
  observations: Observation[];
  rowsOf: Map<string, number>;
  suppressedOf: Map<string, number>;
  breakdownsOf: Map<string, Set<string>>;
}

/**
 * Reads and checks every data row (time, geography, filters, each indicator cell) and turns the chosen indicators'
 * cells into observations, applying the disclosure rule. A row with any problem gives no observation.
 */
export function observe(rows: CsvRecord[], columns: Columns, opts: { file: string; areas?: AreaDirectory }, rule: DisclosureRule, problems: Problem[], warnings: string[]): Observed {
  const p = (file: string, line: number, column: string, message: string) => problems.push({ file, line, column, message });
  const D = opts.file;
  const { col, filters, indicatorCols, chosen, idOf, pairs, nationalOf } = columns;
  const cell = (r: CsvRecord, name: string) => { const i = col.get(name); return i === undefined ? '' : (r.cells[i] ?? '').trim(); };
  const idByPeriod = new Map<string, { id: string; line: number }>();
  const keys = new Map<string, number>();
  const observations: Observation[] = [];
  const rowsOf = new Map<string, number>();
  const suppressedOf = new Map<string, number>();
  const breakdownsOf = new Map<string, Set<string>>();
  let skipped = 0;
  const missingReported = new Set<string>(NATIONAL_COLUMNS.filter((c) => !col.has(c)));
  for (const r of rows) {
    const before = problems.length;
    const tp = cell(r, 'time_period');
    const tid = cell(r, 'time_identifier');
    const kind = TIME_IDENTIFIERS.get(tid);
    if (!kind) p(D, r.line, 'time_identifier', `"${tid}" is not a time identifier of the standard (e.g. Academic year, Calendar year, Autumn term, Financial year, January).`);
    if (!/^\d{4}(\d{2})?$/.test(tp)) p(D, r.line, 'time_period', `expected a time period like 201819 or 2018, found "${tp}".`);
    else if (kind && tp.length !== kind.digits) p(D, r.line, 'time_period', `${tid} periods have ${kind.digits} digits (e.g. ${kind.digits === 6 ? '202324' : '2023'}), found "${tp}".`);
    else if (tp.length === 6 && (Number(tp.slice(0, 4)) + 1) % 100 !== Number(tp.slice(4))) p(D, r.line, 'time_period', `"${tp}" does not name consecutive years (e.g. 202324).`);
    const earlier = idByPeriod.get(tp);
    if (earlier && kind && earlier.id !== tid) p(D, r.line, 'time_identifier', `${tp} is "${earlier.id}" on line ${earlier.line} and "${tid}" here: a local extract holds one period of each time_period, so split the file.`);
    else if (!earlier) idByPeriod.set(tp, { id: tid, line: r.line });

    const level = cell(r, 'geographic_level');
    if (!GEOGRAPHIC_LEVELS.includes(level)) { p(D, r.line, 'geographic_level', `"${level}" is not a geographic level of the standard (National, Regional, Local authority …).`); continue; }
    if (!DASHBOARD_LEVELS.includes(level)) { skipped++; continue; }
    // A column the level needs but the header lacks is one problem, on the header, not one a row.
    const needs = [...NATIONAL_COLUMNS, ...(level === 'Regional' ? REGIONAL_COLUMNS : level === 'Local authority' ? LA_COLUMNS : [])];
    const lacking = needs.filter((c) => !col.has(c));
    for (const c of lacking) {
      if (!missingReported.has(c)) p(D, 1, c, `the data file has ${level} rows but no "${c}" column, which the standard requires for them.`);
      missingReported.add(c);
    }
    const area = lacking.length ? null : geography(r, level as GeoLevel, cell, opts.areas, (column, message) => p(D, r.line, column, message));

    const filterValues = filters.map((f) => cell(r, f.name));
    filters.forEach((f, i) => { if (!filterValues[i]) p(D, r.line, f.name, `the filter "${f.name}" is blank: use a value such as Total.`); });
    const key = [tp, tid, level, area?.code ?? cell(r, 'old_la_code') + cell(r, 'region_code'), ...filterValues].join('\u0000');
    if (keys.has(key)) p(D, r.line, '', `this row repeats line ${keys.get(key)} (same period, area and filters).`);
    else keys.set(key, r.line);

    // Every indicator cell, read before any is suppressed: a rate's counts are needed as published.
    const cells = new Map<string, Cell | undefined>();
    for (const m of indicatorCols) {
      const raw = cell(r, m.name);
      if (raw === '') { p(D, r.line, m.name, 'the cell is blank: the standard uses x (not available) or z (not applicable), or c where a figure is suppressed.'); continue; }
      const c = parseCell(raw);
      if (!c) { p(D, r.line, m.name, `expected a number or a symbol (c, x, z, low, u), found "${raw}".`); continue; }
      if (c.value !== null) {
        const bad = valueProblem(c.value, { unit: unitOf(m), interval: nationalOf.get(m.name)?.interval ?? 'none' });
        if (bad) { p(D, r.line, m.name, `${raw} is ${bad}.`); continue; }
        if (isPeopleCount(m) && !Number.isInteger(c.value)) { p(D, r.line, m.name, `${raw} is not a whole number, but "${m.name}" is a count (indicator_dp 0 or blank).`); continue; }
      }
      cells.set(m.name, c);
    }
    if (problems.length > before || !area) continue;

    const num = (name: string | null) => (name ? cells.get(name)?.value ?? null : null);
    for (const m of chosen) {
      const c = cells.get(m.name);
      if (!c) continue;
      const id = idOf.get(m.name)!;
      const pair = pairs.get(m.name);
      const n = pair ? num(pair.numerator) : null;
      const d = pair ? num(pair.denominator) : null;
      let value = c.value;
      let status: Status | null = c.status;
      const hide = value !== null && (isPeopleCount(m) ? smallCount(value, rule) : pair ? suppressRate(n, d, rule) : false);
      if (hide) {
        value = null;
        status = 'c';
        suppressedOf.set(id, (suppressedOf.get(id) ?? 0) + 1);
      }
      const breakdown = breakdownOf(filterValues, nationalOf.get(m.name));
      (breakdownsOf.get(id) ?? breakdownsOf.set(id, new Set()).get(id)!).add(breakdown);
      observations.push({
        indicator: id, period: tp, periodLabel: labelOf(tp, tid), level: area.level, areaCode: area.code, laCode: area.laCode, areaName: area.name,
        breakdown, value, status,
        // Counts go with a rate only where they are not small: a suppressed rate keeps neither.
        numerator: hide || (n !== null && smallCount(n, rule)) ? null : n,
        denominator: hide ? null : d,
      });
      rowsOf.set(id, (rowsOf.get(id) ?? 0) + 1);
    }
  }
  if (skipped) warnings.push(`${skipped} row${skipped > 1 ? 's' : ''} at geographic levels the dashboards do not show (e.g. School) ${skipped > 1 ? 'were' : 'was'} left out.`);
  if (columns.header.length && !rows.length) p(D, 0, '', 'the data file has a header but no rows.');

  return { observations, rowsOf, suppressedOf, breakdownsOf };
}

/** The area a row describes, checked against the national areas where they are known. */
function geography(r: CsvRecord, level: GeoLevel, cell: (r: CsvRecord, c: string) => string, areas: AreaDirectory | undefined, p: (column: string, message: string) => void): Area | null {
  const country = cell(r, 'country_code');
  if (country !== ENGLAND.code) { p('country_code', `the dashboards cover England: country_code should be ${ENGLAND.code}, found "${country}".`); return null; }
  if (level === 'National') return areas?.find(ENGLAND.code) ?? area(ENGLAND.code, null, ENGLAND.name, level);
  if (level === 'Regional') {
    const code = cell(r, 'region_code');
    const name = cell(r, 'region_name');
    if (!/^E12\d{6}$/.test(code)) { p('region_code', `a Regional row needs a region code like E12000002, found "${code}".`); return null; }
    const a = areas?.find(code);
    if (areas && (!a || a.level !== 'Regional')) { p('region_code', `unknown region code "${code}".`); return null; }
    if (a && name && nameKey(name) !== nameKey(a.name)) p('region_name', `"${name}" is not the name of ${code} (${a.name}).`);
    return a ?? area(code, null, name, level);
  }
  const old = cell(r, 'old_la_code');
  const code = cell(r, 'new_la_code');
  const name = cell(r, 'la_name');
  for (const c of LA_COLUMNS) if (!cell(r, c)) { p(c, `a Local authority row needs ${c}.`); return null; }
  if (!/^\d{3}$/.test(old)) { p('old_la_code', `expected a 3-digit LA number like 355, found "${old}".`); return null; }
  if (!/^E(06|07|08|09|10)\d{6}$/.test(code)) { p('new_la_code', `expected a 9-character LA code like E08000006, found "${code}".`); return null; }
  if (!areas) return area(code, old, name, level);
  const a = areas.find(old);
  if (!a || a.level !== 'Local authority') { p('old_la_code', `unknown LA number "${old}".`); return null; }
  let ok = true;
  if (a.code !== code && !a.formerCodes.includes(code)) { p('new_la_code', `${code} is not the code of LA ${old} (${a.name}, ${a.code}).`); ok = false; }
  if (![a.name, ...a.aliases].some((n) => placeKey(n) === placeKey(name))) { p('la_name', `"${name}" is not the name of LA ${old} (${a.name}).`); ok = false; }
  for (const [c, want] of [['region_code', a.regionCode], ['region_name', a.regionName]] as const) {
    const got = cell(r, c);
    if (got && want && nameKey(got) !== nameKey(want)) { p(c, `LA ${old} (${a.name}) is in ${a.regionName} (${a.regionCode}), not "${got}".`); ok = false; }
  }
  return ok ? a : null;
}

function area(code: string, laCode: string | null, name: string, level: GeoLevel): Area {
  return { code, laCode, name, level, regionCode: null, regionName: null, laType: null, live: true, from: null, to: null, formerCodes: [], successors: [], predecessors: [], aliases: [] };
}

/** "2024/25 autumn term", "2024/25", "March 2024", "2023". */
function labelOf(period: string, identifier: string): string {
  const base = periodLabel(period);
  if (['Academic year', 'Calendar year', 'Financial year', 'Tax year', 'Reporting year'].includes(identifier)) {
    return identifier === 'Financial year' || identifier === 'Tax year' ? `${base} (${identifier.toLowerCase()})` : base;
  }
  if (/^[A-Z][a-z]+$/.test(identifier) && identifier.length > 2 && !identifier.includes(' ')) return `${identifier} ${base}`;
  return `${base} ${identifier.charAt(0).toLowerCase()}${identifier.slice(1)}`;
}

/** The breakdown a row's filters give: "Total" when every filter is a total; else its non-total values. */
function breakdownOf(values: string[], nat: IndicatorMeta | undefined): string {
  const parts = values.filter((v) => !/^(total|all)\b/i.test(v));
  if (!parts.length) return nat?.breakdown.total ?? 'Total';
  const joined = parts.join(', ');
  if (!nat) return joined;
  // "State-funded primary" sits beside the national "Primary": the last words match.
  const k = nameKey(joined);
  return nat.breakdown.values.find((v) => nameKey(v) === k || k.endsWith(` ${nameKey(v)}`)) ?? joined;
}
