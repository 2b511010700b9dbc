import type { GeoLevel } from '../geography';
import type { IndicatorMeta } from '../indicators';
import { comparePeriods } from '../periods';
import { isStatus, type Status } from '../status';
import { checkIndicatorMeta, valueProblem } from '../validate';
import { ExtractError } from './errors';
import { checkCount, checkIndicatorLimits, checkText, LIMITS, type Limit } from './limits';
import { groupIndicatorRows, type IndicatorRows } from './indicator-rows';
import { DecodedTable, dictAt, finish, finishAsync, numAt, type DictColumn, type TextBound } from './table-codec';
import { META_KEYS, OPTIONAL_COLUMNS, ROW_ORDER, type Observation, type ObservationsMeta } from './observations-schema';

export { FORMAT_VERSION, META_KEYS, OPTIONAL_COLUMNS, type Observation, type ObservationsMeta } from './observations-schema';

export function readKind(t: DecodedTable, expected: string) {
  const kind = t.metadata.get(META_KEYS.kind);
  if (kind !== expected) {
    throw new ExtractError('wrong-kind', `Expected an extract of ${expected}, but this file holds ${kind ? kind : 'no inclusion-dashboard metadata'}.`);
  }
}

function parseIndicators(json: string | undefined): IndicatorMeta[] {
  if (!json) throw new ExtractError('bad-metadata', 'The extract does not describe its indicators.');
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    throw new ExtractError('bad-metadata', 'The indicator metadata is not valid JSON.');
  }
  if (!Array.isArray(list)) throw new ExtractError('bad-metadata', 'The indicator metadata should be a list.');
  checkCount(list.length, 'indicators', 'indicators');
  for (const m of list) {
    if (!m || typeof m.id !== 'string' || typeof m.label !== 'string') {
      throw new ExtractError('bad-metadata', 'An indicator in the metadata has no id or label.');
    }
    checkIndicatorLimits(m);
    checkIndicatorMeta(m);
  }
  return list as IndicatorMeta[];
}

interface Columns {
  indicator: DictColumn; period: DictColumn; label: DictColumn; level: DictColumn; area: DictColumn;
  la: DictColumn; name: DictColumn; breakdown: DictColumn; status: DictColumn;
  value: Float64Array; numerator: Float64Array; denominator: Float64Array;
}

/** What an extract decodes to, in steps (one column, or part of one, each). */
interface Decoded {
  rowCount: number;
  meta: ObservationsMeta;
  c: Columns;
}

const OPTIONAL: ReadonlySet<string> = new Set(OPTIONAL_COLUMNS);

const bound = (limit: Limit, what: string): TextBound => ({ distinct: { limit, what } });
/** How many different values each text column may hold (limits.ts), checked as the column is read. */
const BOUNDS: Record<string, TextBound> = {
  indicator: bound('indicators', 'indicators'), time_period: bound('periods', 'periods'), time_label: bound('periods', 'period labels'),
  area_code: bound('areas', 'areas'), old_la_code: bound('areas', 'LA codes'), area_name: bound('areas', 'area names'),
  breakdown: bound('breakdowns', 'breakdown values'), geographic_level: bound('list', 'geographic levels'), status: bound('list', 'status codes'),
};

// eslint-disable-next-line require-yield
function* none<T>(col: T): Generator<void, T> {
  return col;
}

function* decode(bytes: Uint8Array): Generator<void, Decoded> {
  const t = yield* DecodedTable.open(bytes);
  yield;
  readKind(t, 'observations');
  const meta: ObservationsMeta = {
    indicators: parseIndicators(t.metadata.get(META_KEYS.indicators)),
    areas: t.metadata.get(META_KEYS.areas) ?? 'areas.arrow',
    neighbours: t.metadata.get(META_KEYS.neighbours) ?? 'neighbours.arrow',
    title: t.metadata.get(META_KEYS.title) ?? '',
    licence: t.metadata.get(META_KEYS.licence) ?? '',
  };
  checkText(meta.areas, 'the areas file name');
  checkText(meta.neighbours, 'the neighbours file name');
  checkText(meta.title, 'the title', 'longText');
  checkText(meta.licence, 'the licence', 'longText');
  yield;
  // Each column read in steps, and a step after it.
  const thenStep = function* <T>(steps: Generator<void, T>) {
    const col = yield* steps;
    yield;
    return col;
  };
  // An optional column that is absent reads as all null.
  const n = t.numRows;
  const dict = (name: string) => (t.has(name) || !OPTIONAL.has(name) ? thenStep(t.dictSteps(name, undefined, BOUNDS[name])) : none({ keys: new Int32Array(n).fill(-1), dict: [] as string[] }));
  const f64 = (name: string) => (t.has(name) || !OPTIONAL.has(name) ? thenStep(t.f64Steps(name)) : none(new Float64Array(n).fill(NaN)));
  const c: Columns = {
    indicator: yield* dict('indicator'), period: yield* dict('time_period'), label: yield* dict('time_label'),
    level: yield* dict('geographic_level'), area: yield* dict('area_code'), la: yield* dict('old_la_code'),
    name: yield* dict('area_name'), breakdown: yield* dict('breakdown'), status: yield* dict('status'),
    value: yield* f64('value'), numerator: yield* f64('numerator'), denominator: yield* f64('denominator'),
  };
  return { rowCount: t.numRows, meta, c };
}

/**
 * A numerator or denominator as used: a negative one, or one beyond any real count (1e302), gives no interval or
 * funnel point (their arithmetic would overflow), so it reads as absent. The value itself is checked separately.
 */
function count(x: number | null): number | null {
  return x === null || x < 0 || x > LIMITS.magnitude ? null : x;
}

/** A loaded observations extract: columns kept as typed arrays, indexed on demand. */
export class ObservationsExtract {
  readonly rowCount: number;
  readonly meta: ObservationsMeta;
  private readonly c: Columns;
  /** Each indicator's rows by area and by period, and its periods: built once per indicator. */
  private readonly index = new Map<number, IndicatorRows>();
  private readonly metaByKey = new Map<number, IndicatorMeta | undefined>();

  /**
   * Decodes an extract without holding the thread for long: `pause` (which should resolve in a new task, e.g.
   * after a setTimeout) is awaited between steps (a column, or part of one) whenever decoding has run for
   * `budgetMs`. Same result as `new ObservationsExtract(bytes)`.
   */
  static async read(bytes: Uint8Array, pause: () => Promise<void>, budgetMs = 8): Promise<ObservationsExtract> {
    return new ObservationsExtract(bytes, await finishAsync(decode(bytes), pause, budgetMs));
  }

  /**
   * An extract held in memory, from rows: what an extract of these rows would decode to, without encoding one
   * (the Arrow writer stays out of the elements' bundles). Used to show an LA's own figures beside DfE's.
   */
  static fromRows(rows: readonly Observation[], meta: ObservationsMeta): ObservationsExtract {
    const sorted = [...rows].sort(ROW_ORDER);
    const dict = (get: (o: Observation) => string | null): DictColumn => {
      const index = new Map<string, number>();
      const words: string[] = [];
      const keys = new Int32Array(sorted.length);
      sorted.forEach((o, i) => {
        const v = get(o);
        if (v === null) { keys[i] = -1; return; }
        let k = index.get(v);
        if (k === undefined) index.set(v, (k = words.push(v) - 1));
        keys[i] = k;
      });
      return { keys, dict: words };
    };
    // A null is NaN in a number column, as decoding gives it.
    const num = (get: (o: Observation) => number | null) => Float64Array.from(sorted, (o) => get(o) ?? NaN);
    const c: Columns = {
      indicator: dict((o) => o.indicator), period: dict((o) => o.period), label: dict((o) => o.periodLabel),
      level: dict((o) => o.level), area: dict((o) => o.areaCode), la: dict((o) => o.laCode), name: dict((o) => o.areaName),
      breakdown: dict((o) => o.breakdown), status: dict((o) => o.status),
      value: num((o) => o.value), numerator: num((o) => o.numerator), denominator: num((o) => o.denominator),
    };
    return new ObservationsExtract(new Uint8Array(0), { rowCount: sorted.length, meta, c });
  }

  /** `decoded` is for `read`, which has decoded the bytes already. */
  constructor(bytes: Uint8Array, decoded?: Decoded) {
    const d = decoded ?? finish(decode(bytes));
    this.rowCount = d.rowCount;
    this.meta = d.meta;
    this.c = d.c;
  }

  indicator(id: string): IndicatorMeta | undefined {
    return this.meta.indicators.find((m) => m.id === id);
  }

  /**
   * Row i as stored. A stored NaN or infinity has no number to give, so it comes back with no value, status `x`
   * and the out-of-range flag; `series` and `cross`, which the analyses use, also set aside finite values that
   * cannot be right for their indicator (see `valueProblem`).
   */
  row(i: number): Observation {
    const c = this.c;
    // NaN in the column is a null; a stored NaN or infinity was read as Infinity (see DecodedTable.f64).
    const stored = c.value[i];
    const value = Number.isNaN(stored) ? null : stored;
    const raw = dictAt(c.status, i);
    const broken = value !== null && !Number.isFinite(value) && !isStatus(raw);
    // A value with no status is shown; no value and no status is "not available", never 0.
    const status: Status | null = isStatus(raw) ? raw : value === null || broken ? 'x' : null;
    const o: Observation = {
      indicator: dictAt(c.indicator, i) ?? '',
      period: dictAt(c.period, i) ?? '',
      periodLabel: dictAt(c.label, i) ?? dictAt(c.period, i) ?? '',
      level: (dictAt(c.level, i) ?? 'Local authority') as GeoLevel,
      areaCode: dictAt(c.area, i) ?? '',
      laCode: dictAt(c.la, i),
      areaName: dictAt(c.name, i) ?? '',
      breakdown: dictAt(c.breakdown, i) ?? '',
      value: status ? null : value,
      numerator: count(numAt(c.numerator, i)),
      denominator: count(numAt(c.denominator, i)),
      status,
    };
    if (broken) Object.assign(o, { flag: 'out-of-range', flagReason: 'not a finite number' });
    return o;
  }

  /** Row i with a value that cannot be right for its indicator set aside: no value, status `x`, and the flag. */
  private checked(i: number): Observation {
    const o = this.row(i);
    const problem = o.value === null ? null : valueProblem(o.value, this.metaAt(i));
    if (!problem) return o;
    return { ...o, value: null, status: 'x', flag: 'out-of-range', flagReason: `${o.value} is ${problem}` };
  }

  /** The metadata of row i's indicator, looked up once per indicator. */
  private metaAt(i: number): IndicatorMeta | undefined {
    const k = this.c.indicator.keys[i];
    if (!this.metaByKey.has(k)) this.metaByKey.set(k, this.indicator(this.c.indicator.dict[k] ?? ''));
    return this.metaByKey.get(k);
  }

  /** The indicator's rows, grouped the first time they are asked for. */
  private rowsOf(indicator: string): IndicatorRows | undefined {
    const k = this.c.indicator.dict.indexOf(indicator);
    if (k < 0) return undefined;
    let rows = this.index.get(k);
    if (!rows) this.index.set(k, (rows = groupIndicatorRows(k, this.c.indicator, this.c.area, this.c.period)));
    return rows;
  }

  /** One area's series for an indicator and breakdown, oldest first. */
  series(indicator: string, areaCode: string, breakdown?: string): Observation[] {
    const ak = this.c.area.dict.indexOf(areaCode);
    const rows = ak < 0 ? undefined : this.rowsOf(indicator)?.byArea.get(ak);
    if (!rows) return [];
    const b = breakdown ?? this.indicator(indicator)?.breakdown.total;
    const bk = b === undefined ? -2 : this.c.breakdown.dict.indexOf(b);
    const out: Observation[] = [];
    for (const i of rows) if (bk === -2 || this.c.breakdown.keys[i] === bk) out.push(this.checked(i));
    return out.sort((a, b2) => comparePeriods(a.period, b2.period));
  }

  /** Every area's observation for one indicator, period and breakdown (optionally one level). */
  cross(indicator: string, period: string, breakdown?: string, level?: GeoLevel): Observation[] {
    const pk = this.c.period.dict.indexOf(period);
    const rows = pk < 0 ? undefined : this.rowsOf(indicator)?.byPeriod.get(pk);
    if (!rows) return [];
    const b = breakdown ?? this.indicator(indicator)?.breakdown.total;
    const bk = b === undefined ? -2 : this.c.breakdown.dict.indexOf(b);
    const lk = level === undefined ? -2 : this.c.level.dict.indexOf(level);
    const out: Observation[] = [];
    for (const i of rows) {
      if (bk !== -2 && this.c.breakdown.keys[i] !== bk) continue;
      if (lk !== -2 && this.c.level.keys[i] !== lk) continue;
      out.push(this.checked(i));
    }
    return out;
  }

  /** Periods with any row for the indicator, oldest first. */
  periods(indicator: string): string[] {
    return [...(this.rowsOf(indicator)?.periods ?? [])];
  }

  /** Whether any row of the indicator would come back set aside as out of range: a quick scan, no row objects. */
  anyOutOfRange(indicator: string): boolean {
    const rows = this.rowsOf(indicator)?.all;
    if (!rows) return false;
    const meta = this.indicator(indicator);
    const { value, status } = this.c;
    for (const i of rows) {
      const v = value[i];
      if (Number.isNaN(v) || isStatus(dictAt(status, i))) continue;
      if (!Number.isFinite(v) || valueProblem(v, meta)) return true;
    }
    return false;
  }

  /** Areas (by code) with any row for the indicator. */
  areaCodes(indicator: string): string[] {
    const m = this.rowsOf(indicator)?.byArea;
    return m ? m.keys().map((k) => this.c.area.dict[k]) : [];
  }
}
