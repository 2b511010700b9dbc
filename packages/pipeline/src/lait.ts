// DfE's Local Authority Interactive Tool (LAIT): the full benchmark parquet (434 measures) and its data dictionary.
import type { AreaDirectory, Cell, IndicatorMeta, Observation, PeriodQualifier, Polarity, Unit } from '@inclusion-dashboard/core';
import { academicYearEnding, ENGLAND_CODE, parseCell, parsePeriod, rangePeriod } from '@inclusion-dashboard/core';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { CsvTable } from './csv';
import { SourceError } from './errors';
import { missingColumns, missingFile, REFERENCE } from './reference';
import { observation } from './rows';

export const LAIT_PARQUET = REFERENCE.laitParquet.file;
export const LAIT_DICTIONARY = REFERENCE.laitDictionary.file;
export const LAIT_URL = 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait';
export const LAIT_RELEASE = 'Local Authority Interactive Tool data, April 2026';
const COLUMNS = REFERENCE.laitParquet.columns;

/** LAIT's numbers for England and the regions; 987 and 988 are Inner and Outer London (statistical sub-regions). */
export const LAIT_REGIONS: Record<string, string> = {
  '970': ENGLAND_CODE, '980': 'E12000001', '981': 'E12000002', '982': 'E12000003', '983': 'E12000004',
  '984': 'E12000005', '985': 'E12000006', '986': 'E12000007', '987': 'E13000001', '988': 'E13000002',
  '989': 'E12000008', '990': 'E12000009',
};

/** One row of the parquet, as published (every column is text there except the LA number). */
export interface LaitCell {
  code: string;
  years: string;
  la: string;
  value: string;
  /** Row number in the parquet (1-based), for messages. */
  row: number;
}

export interface LaitData {
  byCode: Map<string, LaitCell[]>;
}

/** Reads the parquet once (about 2 s); rows grouped by measure code, in file order. */
export async function readLaitParquet(dir: string): Promise<LaitData> {
  const path = join(dir, LAIT_PARQUET);
  if (!existsSync(path)) missingFile(REFERENCE.laitParquet);
  const buf = readFileSync(path);
  const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
  const first = rows[0] ?? {};
  const missing = COLUMNS.filter((c) => !(c in first));
  if (missing.length) missingColumns(REFERENCE.laitParquet, missing, Object.keys(first).length);
  const byCode = new Map<string, LaitCell[]>();
  rows.forEach((r, i) => {
    const code = String(r['Short Desc']);
    let list = byCode.get(code);
    if (!list) byCode.set(code, (list = []));
    list.push({ code, years: String(r.Years).trim(), la: String(r['LA Number']).trim(), value: String(r.Values ?? ''), row: i + 1 });
  });
  return { byCode };
}

export interface LaitDictEntry {
  code: string;
  topic: string;
  measure: string;
  chartTitle: string;
  polarity: string;
  yAxis: string;
  description: string;
  lastUpdate: string;
  nextUpdate: string;
  owner: string;
  link: string;
  dps: string;
  yearType: string;
}

/** The data dictionary: one entry per measure code (the first where a code is listed twice). */
export function readLaitDictionary(dir: string): Map<string, LaitDictEntry> {
  if (!existsSync(join(dir, LAIT_DICTIONARY))) missingFile(REFERENCE.laitDictionary);
  const t = CsvTable.read(join(dir, LAIT_DICTIONARY)).require(...REFERENCE.laitDictionary.columns);
  const out = new Map<string, LaitDictEntry>();
  for (const r of t.rows) {
    const g = (c: string) => t.get(r, c).trim();
    const code = t.get(r, 'Measure_short');
    if (out.has(code)) continue;
    out.set(code, {
      code, topic: g('Topic'), measure: g('Measure'), chartTitle: g('Chart_title'), polarity: g('Polarity'), yAxis: g('y_axis_name'),
      description: g('Description'), lastUpdate: g('Last Update'), nextUpdate: g('Next Update'),
      owner: g('Data Owner (DO) /Supplier and Contact Details'), link: g('Hyperlink(s)'), dps: g('dps'), yearType: g('Year_Type'),
    });
  }
  return out;
}

/** An Excel serial date (days since 1899-12-30) as an ISO date; anything else (TBC, "New data") is left out. */
export function excelDate(serial: string): string | undefined {
  if (!/^\d{5}$/.test(serial)) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Number(serial) * 86_400_000).toISOString().slice(0, 10);
}

export interface LaitPeriod {
  period: string;
  /** LAIT's own qualifier: revised, final, provisional or outturn figures. */
  qualifier?: PeriodQualifier;
}

const QUALIFIER: Record<string, LaitPeriod['qualifier']> = { rev: 'revised', final: 'final', prov: 'provisional', ot: 'outturn' };

/**
 * A LAIT year label as an EES period, by the dictionary's Year_Type. Four-digit labels of academic-year,
 * January-census and financial-year measures name the year the period ENDS (`2017` = 2016/17; a measure first
 * published in October 2025 reaches `2025`, the year to 31 March 2025). Calendar years and the "Annual" snapshots
 * (31 March, end of September) are the year itself. `2015/16` and `2015-16` name the year; `2014-16` and
 * `2013/14-15/16` are three-year ranges. Anything else (one measure has a year "0") is undefined: not guessed.
 */
export function laitPeriod(label: string, yearType: string): LaitPeriod | undefined {
  const m = /^(.*?)\s*(?:\((rev|final|prov|ot)\))?$/i.exec(label.trim())!;
  const text = m[1];
  const qualifier = m[2] ? QUALIFIER[m[2].toLowerCase()] : undefined;
  const out = (period: string | undefined) => (period ? { period, ...(qualifier ? { qualifier } : {}) } : undefined);
  const endsYear = yearType === 'Academic Year' || yearType === 'Annual - January' || yearType === 'Financial Year';
  if (/^\d{4}$/.test(text)) {
    if (endsYear) return out(academicYearEnding(Number(text)));
    if (['Calendar Year', 'Annual', 'Annual (end of Sept)'].includes(yearType)) return out(text);
    return undefined;
  }
  // A three-year range of calendar years (2014-16) or of academic/financial years (2013/14-15/16).
  const cal = /^(\d{4})-(\d{2})$/.exec(text);
  if (cal && yearType === 'Calendar Year') {
    const end = Number(cal[1].slice(0, 2) + cal[2]);
    return end - Number(cal[1]) >= 2 ? out(rangePeriod(cal[1], String(end))) : undefined;
  }
  const fy = /^(\d{4})\/(\d{2})-(\d{2})\/(\d{2})$/.exec(text);
  if (fy) {
    const first = parsePeriod(`${fy[1]}/${fy[2]}`);
    const lastStart = Number(fy[1].slice(0, 2) + fy[3]);
    const last = parsePeriod(`${lastStart}/${fy[4]}`);
    return first && last ? out(rangePeriod(first, last)) : undefined;
  }
  if (/^\d{4}[/-]\d{2}$/.test(text) && yearType !== 'Calendar Year') return out(parsePeriod(text));
  return undefined;
}

/**
 * A LAIT value. The text is the published figure, sometimes carrying binary float noise from a spreadsheet
 * ("8.9700000000000006", "4.7980000000000002E-2"): the number is read to 15 significant digits, which is the
 * published figure (8.97, 0.04798) and never a re-rounding of it. `-` means no data (status x).
 */
export function laitValue(text: string): Cell | undefined {
  const c = parseCell(text);
  if (!c || c.value === null) return c;
  return { value: Number(c.value.toPrecision(15)), status: null };
}

/** Decimal places of a number as written in the shortest form. */
export function decimalsOf(n: number): number {
  const s = String(n);
  if (/e/i.test(s)) return Math.min(10, Math.max(0, -Math.floor(Math.log10(Math.abs(n))) + 2));
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Generated indicator ids: `lait-` and the code as a slug; codes that slug alike get a short hash each. */
export function laitIds(codes: Iterable<string>): Map<string, string> {
  const slug = (c: string) => `lait-${c.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`.slice(0, 90);
  const all = [...codes];
  const count = new Map<string, number>();
  for (const c of all) count.set(slug(c), (count.get(slug(c)) ?? 0) + 1);
  return new Map(all.map((c) => {
    const s = slug(c);
    return [c, count.get(s)! > 1 ? `${s}-${createHash('sha1').update(c).digest('hex').slice(0, 6)}` : s];
  }));
}

/** LAIT topics → dashboard themes. "All Pupil Absence & Exclusions" is split by the measure. */
export function laitTheme(topic: string, code: string, label: string): string {
  if (topic === 'All Pupil Absence & Exclusions') return /excl|exclusion|fixedex|permex|fixed_|pup_fixed/i.test(`${code} ${label}`) ? 'exclusions' : 'attendance';
  if (topic === 'Children with SEN') return 'sen';
  if (['Foundation Stage', 'Key Stage 1 and Phonics', 'Key Stage 2', 'Key Stage 4', 'Key Stage 5', 'Attainment by age 19'].includes(topic)) return 'attainment';
  if (topic === 'Further & Higher Education') return 'destinations';
  if (['Children Looked After', 'Child Protection', 'Children in Need', 'Adoption', "Children's Service Finance", "Children's Services Workforce", 'Youth Offending'].includes(topic)) return 'social-care';
  if (topic === 'Health and Wellbeing') return 'health';
  return 'context';
}

const YEAR_TYPE: Record<string, string> = {
  'Academic Year': 'Academic year', 'Annual - January': 'Academic year (January census)', 'Financial Year': 'Financial year',
  'Calendar Year': 'Calendar year', Annual: 'As at 31 March', 'Annual (end of Sept)': 'As at the end of September',
};

/** Metadata for a measure that no curated indicator carries, from the dictionary and the published values. */
export function laitMeta(id: string, d: LaitDictEntry, values: number[], qualifiers: Map<string, string>): IndicatorMeta {
  const axis = d.yAxis && d.yAxis !== 'NA' ? d.yAxis : d.measure;
  const negative = values.some((v) => v < 0);
  const unit: Unit = negative ? 'value'
    : /%|percent/i.test(axis) ? 'percent'
    : /^rate\b/i.test(axis) ? 'rate'
    : /^(number|total cases|social workers|entries)\b/i.test(axis) ? 'count'
    : 'value';
  // The dictionary's decimal places are how LAIT presents the measure; without them, the published text's own.
  const decimals = /^\d+$/.test(d.dps) ? Number(d.dps) : Math.min(4, Math.max(0, ...values.map(decimalsOf).filter((n) => n <= 4)));
  const polarity: Polarity = d.polarity === 'High' ? 'high' : d.polarity === 'Low' ? 'low' : 'none';
  const notes: string[] = [];
  const q = [...new Set(qualifiers.values())];
  for (const kind of ['provisional', 'revised', 'final', 'outturn']) {
    const ps = [...qualifiers].filter(([, k]) => k === kind).map(([p]) => p).sort();
    if (ps.length) notes.push(`LAIT marks the figures for ${ps.map((p) => p.length === 6 ? `${p.slice(0, 4)}/${p.slice(4)}` : p).join(', ')} as ${kind}${kind === 'outturn' ? ' (spending outturn)' : ''}.`);
  }
  if (d.chartTitle && d.chartTitle !== d.measure) notes.push(`LAIT chart title: ${d.chartTitle}.`);
  void q;
  const last = excelDate(d.lastUpdate);
  const next = excelDate(d.nextUpdate);
  const link = /https?:\/\/\S+/.exec(d.link)?.[0] ?? LAIT_URL;
  const owner = d.owner.split('\n')[0].trim();
  return {
    id, label: d.measure || d.code, theme: laitTheme(d.topic, d.code, d.measure), unit,
    unitLabel: axis, decimals, polarity,
    definition: d.description && d.description !== 'NA' ? d.description : d.chartTitle || d.measure,
    source: { publication: `${owner && owner !== '0' && owner !== 'NA' ? `${owner} data` : 'Data'} via DfE Local Authority Interactive Tool`, url: link, files: ['lait_bds_long.parquet'] },
    latestRelease: LAIT_RELEASE, coverage: 'la',
    breakdown: { dimension: 'Total', values: ['Total'], total: 'Total' },
    lait: { Total: d.code }, breaks: [], interval: 'none', notes,
    topic: d.topic, yearType: YEAR_TYPE[d.yearType] ?? d.yearType, curated: false,
    ...(last || next ? { updated: { ...(last ? { last } : {}), ...(next ? { next } : {}) } } : {}),
  };
}

/** The area a LAIT row describes, by its LA number. */
export function laitArea(cell: LaitCell, areas: AreaDirectory) {
  const area = areas.find(LAIT_REGIONS[cell.la] ?? cell.la);
  if (!area) throw new SourceError(LAIT_PARQUET, cell.row, 'LA Number', `unknown LA number "${cell.la}": add it to lookups/dfe_las.csv or LAIT_REGIONS.`);
  return area;
}

export interface LaitRead {
  rows: Observation[];
  /** Rows whose year label maps to no period (LAIT's year "0"), left out and counted. */
  skipped: LaitCell[];
  qualifiers: Map<string, PeriodQualifier>;
}

/** Observations for LAIT measures, each code giving one breakdown value of one indicator. */
export function readLaitMeasures(data: LaitData, dict: Map<string, LaitDictEntry>, indicator: string, measures: Record<string, string>, areas: AreaDirectory, keep?: (period: string) => boolean): LaitRead {
  const rows: Observation[] = [];
  const skipped: LaitCell[] = [];
  const qualifiers = new Map<string, PeriodQualifier>();
  for (const [code, breakdown] of Object.entries(measures)) {
    const cells = data.byCode.get(code);
    const d = dict.get(code);
    if (!cells) throw new SourceError(LAIT_PARQUET, 0, 'Short Desc', `no rows for measure "${code}" (indicator "${indicator}"): LAIT may have renamed it; change its code in packages/pipeline/src/catalogue.ts.`);
    if (!d) throw new SourceError(LAIT_DICTIONARY, 0, 'Measure_short', `measure "${code}" is not in the dictionary.`);
    for (const c of cells) {
      const p = laitPeriod(c.years, d.yearType);
      if (!p) { skipped.push(c); continue; }
      if (keep && !keep(p.period)) continue;
      const v = laitValue(c.value);
      if (!v) throw new SourceError(LAIT_PARQUET, c.row, 'Values', `expected a number or "-", found "${c.value}" (measure ${code}).`);
      if (p.qualifier) qualifiers.set(p.period, p.qualifier);
      rows.push(observation(indicator, p.period, laitArea(c, areas), breakdown, v));
    }
  }
  return { rows, skipped, qualifiers };
}
