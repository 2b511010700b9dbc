import {
  INDICATOR_ID, ObservationsExtract, nameKey, parseCell, periodLabel, placeKey, valueProblem, writeObservations,
  type Area, type AreaDirectory, type Cell, type GeoLevel, type IndicatorMeta, type Observation, type Status, type Unit,
} from '@inclusion-dashboard/core';
import { DEFAULT_RULE, describeRule, ruleIsOff, smallCount, suppressRate, type DisclosureRule } from './disclosure';
import { readRecords, type CsvRecord, type Problem } from './records';
import {
  COLUMN_NAME, DASHBOARD_LEVELS, ENGLAND, GEOGRAPHIC_LEVELS, INDICATOR_UNITS, LA_COLUMNS, META_COLUMNS, NATIONAL_COLUMNS,
  REGIONAL_COLUMNS, STANDARD_COLUMNS, TIME_COLUMNS, TIME_IDENTIFIERS,
} from './standard';

export interface LocalOptions {
  /** Names used in messages and in the extract's source. */
  file: string;
  metaFile: string;
  /** The national areas: LA rows are joined on old_la_code and checked against them. */
  areas?: AreaDirectory;
  /** col_name → indicator id, e.g. fixed_excl_rate → suspension-rate, so the local figure sits beside the national one. */
  ids?: Record<string, string>;
  /** The national indicator with an id, where there is one: its unit, polarity and breakdowns are matched. */
  national?: (id: string) => IndicatorMeta | undefined;
  /** rate col_name → its count columns, where the names do not say (fixed_excl_rate → fixed_excl / headcount). */
  pairs?: Record<string, { numerator: string; denominator?: string }>;
  /** The denominator of every rate not paired otherwise (e.g. headcount). */
  denominator?: string;
  /** Only these indicator columns become indicators (default: all). */
  only?: string[];
  rule?: DisclosureRule;
}

export interface LocalIndicatorSummary {
  id: string;
  column: string;
  label: string;
  unit: Unit;
  rows: number;
  suppressed: number;
  numerator: string | null;
  denominator: string | null;
  national: boolean;
}

export interface LocalExtract {
  problems: Problem[];
  warnings: string[];
  indicators: LocalIndicatorSummary[];
  observations: Observation[];
  /** The extract, or null when there are problems: an extract is only ever made from a file without any. */
  bytes: Uint8Array | null;
  rule: DisclosureRule;
}

interface MetaRow {
  line: number;
  name: string;
  type: 'Filter' | 'Indicator';
  label: string;
  unit: string;
  dp: number | null;
}

const DENOMINATOR_NAMES = ['headcount', 'enrolments', 'pupils', 'num_pupils', 'pupil_count', 'pupil_headcount', 'denominator', 'cohort', 'population'];
const RATE_AFFIXES: [RegExp, string][] = [[/_(rate|percent|perc|pct|pc)$/, ''], [/^(pc|perc|pct|percent)_/, '']];

/** Reads an LA's CSV in the open data standard with its meta file, checks it, and makes an observations extract. */
export function buildLocalExtract(csvText: string, metaText: string, opts: LocalOptions): LocalExtract {
  const rule = opts.rule ?? DEFAULT_RULE;
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const p = (file: string, line: number, column: string, message: string) => problems.push({ file, line, column, message });
  const D = opts.file;
  const M = opts.metaFile;

  // The meta file.
  const meta = readRecords(metaText, M, problems);
  for (const c of META_COLUMNS) if (meta.header.length && !meta.header.includes(c)) p(M, 1, c, `the meta file has no "${c}" column.`);
  const mcol = (r: CsvRecord, name: string) => {
    const i = meta.header.indexOf(name);
    return i < 0 ? '' : (r.cells[i] ?? '').trim();
  };
  const metaRows: MetaRow[] = [];
  const seenNames = new Map<string, number>();
  const seenLabels = new Map<string, number>();
  for (const r of meta.rows) {
    const name = mcol(r, 'col_name');
    const type = mcol(r, 'col_type');
    const label = mcol(r, 'label');
    const unit = mcol(r, 'indicator_unit');
    const dpText = mcol(r, 'indicator_dp');
    if (!name) { p(M, r.line, 'col_name', 'col_name is blank.'); continue; }
    if (!COLUMN_NAME.test(name)) p(M, r.line, 'col_name', `"${name}" is not a valid column name: use lower-case letters, digits and underscores, starting with a letter.`);
    if (STANDARD_COLUMNS.has(name)) p(M, r.line, 'col_name', `"${name}" is a time or geography column: the meta file describes only filters and indicators.`);
    if (seenNames.has(name)) p(M, r.line, 'col_name', `"${name}" is described twice (also on line ${seenNames.get(name)}).`);
    seenNames.set(name, r.line);
    if (type !== 'Filter' && type !== 'Indicator') p(M, r.line, 'col_type', `col_type must be Filter or Indicator, found "${type}".`);
    if (!label) p(M, r.line, 'label', `"${name}" has no label.`);
    else if (seenLabels.has(label.toLowerCase())) p(M, r.line, 'label', `the label "${label}" is used twice (also on line ${seenLabels.get(label.toLowerCase())}).`);
    seenLabels.set(label.toLowerCase(), r.line);
    let dp: number | null = null;
    if (type === 'Indicator') {
      if (!INDICATOR_UNITS.includes(unit)) p(M, r.line, 'indicator_unit', `indicator_unit must be blank, %, £, £m or pp, found "${unit}".`);
      if (dpText !== '') {
        if (!/^\d+$/.test(dpText) || Number(dpText) > 10) p(M, r.line, 'indicator_dp', `indicator_dp must be a whole number from 0 to 10, found "${dpText}".`);
        else dp = Number(dpText);
      }
      if (mcol(r, 'filter_hint') || mcol(r, 'filter_grouping_column')) p(M, r.line, mcol(r, 'filter_hint') ? 'filter_hint' : 'filter_grouping_column', `"${name}" is an indicator, so filter_hint and filter_grouping_column must be blank.`);
    } else if (type === 'Filter') {
      if (unit) p(M, r.line, 'indicator_unit', `"${name}" is a filter, so indicator_unit must be blank.`);
      if (dpText) p(M, r.line, 'indicator_dp', `"${name}" is a filter, so indicator_dp must be blank.`);
    }
    if (type === 'Filter' || type === 'Indicator') metaRows.push({ line: r.line, name, type, label, unit, dp });
  }
  if (meta.header.length && !metaRows.some((m) => m.type === 'Indicator')) p(M, 0, '', 'the meta file describes no indicators.');

  // The data file's header.
  const data = readRecords(csvText, D, problems);
  const header = data.header;
  const col = new Map(header.map((h, i) => [h, i] as const));
  if (header.length) {
    for (const c of [...TIME_COLUMNS, ...NATIONAL_COLUMNS]) if (!col.has(c)) p(D, 1, c, `the data file has no "${c}" column, which the standard requires.`);
    const twice = header.filter((h, i) => header.indexOf(h) !== i);
    for (const h of new Set(twice)) p(D, 1, h, `the column "${h}" appears twice in the header.`);
    for (const h of header) {
      if (!COLUMN_NAME.test(h)) p(D, 1, h, `"${h}" is not a valid column name: use lower-case letters, digits and underscores, starting with a letter.`);
      else if (!STANDARD_COLUMNS.has(h) && !seenNames.has(h)) p(D, 1, h, `the column "${h}" is not described in the meta file.`);
    }
  }
  for (const m of metaRows) if (header.length && !col.has(m.name)) p(M, m.line, 'col_name', `"${m.name}" is described but is not a column of the data file.`);
  const filters = metaRows.filter((m) => m.type === 'Filter' && col.has(m.name));
  const indicatorCols = metaRows.filter((m) => m.type === 'Indicator' && col.has(m.name));
  for (const o of opts.only ?? []) if (!indicatorCols.some((m) => m.name === o)) p('(options)', 0, o, `"${o}" is not an indicator column of ${D}.`);
  const chosen = opts.only?.length ? indicatorCols.filter((m) => opts.only!.includes(m.name)) : indicatorCols;

  // Indicator ids, units and the counts behind each rate.
  const unitOf = (m: MetaRow): Unit => (m.unit === '%' ? 'percent' : m.unit === 'pp' ? 'rate' : m.unit === '' && (m.dp ?? 0) > 0 ? 'rate' : 'count');
  const isPeopleCount = (m: MetaRow) => m.unit === '' && (m.dp === null || m.dp === 0);
  for (const k of Object.keys(opts.ids ?? {})) if (!indicatorCols.some((m) => m.name === k)) p('(options)', 0, k, `an id is given for "${k}", which is not an indicator column of ${D}.`);
  const idOf = new Map<string, string>();
  for (const m of chosen) {
    const id = opts.ids?.[m.name] ?? m.name.replace(/_/g, '-');
    if (!INDICATOR_ID.test(id)) p('(options)', 0, m.name, `"${id}" cannot be an indicator id: use lower-case letters, digits and hyphens.`);
    if ([...idOf.values()].includes(id)) p('(options)', 0, m.name, `two columns would both become the indicator "${id}".`);
    idOf.set(m.name, id);
  }
  const countCols = new Set(indicatorCols.filter(isPeopleCount).map((m) => m.name));
  const defaultDen = opts.denominator ?? (() => {
    const found = DENOMINATOR_NAMES.filter((n) => countCols.has(n));
    return found.length === 1 ? found[0] : undefined;
  })();
  if (opts.denominator && !countCols.has(opts.denominator)) p('(options)', 0, opts.denominator, `the denominator "${opts.denominator}" is not a count column of ${D}.`);
  const pairs = new Map<string, { numerator: string | null; denominator: string | null }>();
  for (const m of chosen) {
    if (isPeopleCount(m) || m.unit === '£' || m.unit === '£m') continue;
    const given = opts.pairs?.[m.name];
    let numerator = given?.numerator ?? null;
    if (!numerator) for (const [re, to] of RATE_AFFIXES) { const n = m.name.replace(re, to); if (n !== m.name && countCols.has(n)) { numerator = n; break; } }
    const denominator = given?.denominator ?? defaultDen ?? null;
    for (const [what, c] of [['count', numerator], ['denominator', denominator]] as const) {
      if (c && !countCols.has(c)) p('(options)', 0, m.name, `the ${what} "${c}" given for "${m.name}" is not a count column of ${D}.`);
    }
    if (!ruleIsOff(rule) && (!numerator || !denominator)) {
      p(M, m.line, 'col_name', `the disclosure rule cannot be applied to "${m.name}": its ${!numerator ? 'count (numerator)' : 'denominator'} is not known. ` +
        `Name both (CLI: --pair ${m.name}=COUNT_COLUMN/DENOMINATOR_COLUMN), or turn the rule off only if the figures are suppressed already.`);
    }
    pairs.set(m.name, { numerator, denominator });
  }
  for (const k of Object.keys(opts.pairs ?? {})) if (!chosen.some((m) => m.name === k)) p('(options)', 0, k, `a pair is given for "${k}", which is not a rate column of ${D}.`);

  // National indicators the local columns are mapped to: their breakdown values, unit and polarity.
  const nationalOf = new Map<string, IndicatorMeta>();
  for (const m of chosen) {
    const n = opts.ids?.[m.name] ? opts.national?.(idOf.get(m.name)!) : undefined;
    if (!n) continue;
    if (n.unit !== unitOf(m)) p(M, m.line, 'indicator_unit', `"${m.name}" is mapped to ${n.id}, which is in ${n.unit === 'percent' ? '%' : n.unit}s, but its indicator_unit says ${unitOf(m)}.`);
    nationalOf.set(m.name, n);
  }

  // Rows.
  const cell = (r: CsvRecord, name: string) => { const i = col.get(name); return i === undefined ? '' : (r.cells[i] ?? '').trim(); };
  const idByPeriod = new Map<string, { id: string; line: number }>();
  const keys = new Map<string, number>();
  const observations: Observation[] = [];
  const rowsOf = new Map<string, number>();
  const suppressedOf = new Map<string, number>();
  const breakdownsOf = new Map<string, Set<string>>();
  let skipped = 0;
  const missingReported = new Set<string>(NATIONAL_COLUMNS.filter((c) => !col.has(c)));
  for (const r of data.rows) {
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
  if (header.length && !data.rows.length) p(D, 0, '', 'the data file has a header but no rows.');

  // Indicator metadata.
  const las = [...new Set(observations.filter((o) => o.level === 'Local authority').map((o) => o.areaName))];
  const owner = las.length === 1 ? las[0] : las.length ? `${las.length} local authorities` : 'Local';
  const periodsIn = [...new Set(observations.map((o) => o.periodLabel))];
  const indicators: IndicatorMeta[] = [];
  const summaries: LocalIndicatorSummary[] = [];
  for (const m of chosen) {
    const id = idOf.get(m.name)!;
    const nat = nationalOf.get(m.name);
    const unit = unitOf(m);
    const values = [...(breakdownsOf.get(id) ?? [])];
    const total = values.includes('Total') ? 'Total' : nat?.breakdown.total && values.includes(nat.breakdown.total) ? nat.breakdown.total : values[0] ?? 'Total';
    const pair = pairs.get(m.name);
    const decimals = m.dp ?? nat?.decimals ?? decimalsSeen(data.rows, col.get(m.name));
    indicators.push({
      id, label: m.label, theme: nat?.theme ?? 'local', unit,
      unitLabel: nat?.unitLabel ?? (unit === 'percent' ? '%' : unit === 'count' ? 'number' : m.unit === 'pp' ? 'percentage points' : 'rate'),
      decimals, polarity: nat?.polarity ?? 'none',
      definition: `${m.label}: ${owner}'s own figures for ${periodsIn.join(', ')}, from ${D}. Not published by DfE.${nat ? ` Made to sit beside the national indicator "${nat.label}" (${nat.id}); check that the local definition matches: ${nat.definition}` : ''}`,
      source: { publication: `${owner}: local data, not published by DfE`, url: '', files: [D, M] },
      latestRelease: `Local data, not published (${periodsIn.join(', ')})`,
      coverage: 'la',
      breakdown: { dimension: filters.map((f) => f.label).join(' and ') || 'Total', values: [total, ...values.filter((v) => v !== total).sort()], total },
      breaks: [],
      interval: nat?.interval ?? 'none',
      notes: [
        `Local, unpublished figures from ${owner}: not official statistics, and not checked by DfE.`,
        ...(periodsIn.some((l) => / term| Q\d|January|February|March|April|May|June|July|August|September|October|November|December|Week/.test(l)) ? ['Part-year figures (a term, quarter, month or week) are not comparable with full-year published figures.'] : []),
      ],
      ...(nat?.denominatorLabel ? { denominatorLabel: nat.denominatorLabel } : {}),
      suppression: describeRule(rule),
      local: true,
    });
    summaries.push({
      id, column: m.name, label: m.label, unit, rows: rowsOf.get(id) ?? 0, suppressed: suppressedOf.get(id) ?? 0,
      numerator: pair?.numerator ?? null, denominator: pair?.denominator ?? null, national: !!nat,
    });
  }

  let bytes: Uint8Array | null = null;
  if (!problems.length) {
    if (!observations.length) p(D, 0, '', 'no rows at national, regional or local authority level: there is nothing to make an extract of.');
    else {
      bytes = writeObservations(observations, {
        indicators, areas: 'areas.arrow', neighbours: 'neighbours.arrow',
        title: `${owner}: local data, not published by DfE`,
        licence: `${owner}'s own data. Not published by DfE and not official statistics; ask ${owner} before sharing it further.`,
      });
      // Read it back: an extract is only handed over once it is known to load.
      const back = new ObservationsExtract(bytes);
      if (back.rowCount !== observations.length) throw new Error(`The local extract read back ${back.rowCount} rows, not ${observations.length}.`);
    }
  }
  return { problems: problems.sort(byPlace), warnings, indicators: summaries, observations, bytes: problems.length ? null : bytes, rule };
}

const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;

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

function decimalsSeen(rows: CsvRecord[], i: number | undefined): number {
  if (i === undefined) return 0;
  let dp = 0;
  for (const r of rows) {
    const m = /\.(\d+)$/.exec((r.cells[i] ?? '').trim());
    if (m) dp = Math.max(dp, Math.min(10, m[1].length));
  }
  return dp;
}
