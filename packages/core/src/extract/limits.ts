import { ExtractError } from './errors';

/**
 * What an extract (or catalogue) may ask of the page, checked before any statistic is worked out or anything is
 * drawn. The byte cap (`max-bytes`) bounds decoding; these bound the work after it: a 20 MB file can otherwise
 * name 100,000 areas, 2,000 indicators or a 5 MB label, and freeze the page computing and drawing them.
 * Each is several times what the real full build needs (`npm run extracts -- --full`, numbers in comments and
 * in docs/data-format.md); a file over any of them fails with code `over-limit`.
 */
export const LIMITS = {
  /** Rows in one extract. Real: 35,882 in the largest theme file. */
  rows: 500_000,
  /**
   * Distinct areas in one extract, and rows of areas.arrow. Real: 172 (England, regions, LAs past and present).
   * Not more: a ranking draws every LA as one mark in one task, and 1,000 took 7 times the real 150's time.
   */
  areas: 400,
  /**
   * Different values in one dictionary-encoded text column, checked before the file is opened (the reader decodes
   * a dictionary whole): the most any column may need is `breakdowns`. Its text is at most `shortText` a value.
   */
  dictionary: 500,
  /** Indicators one extract describes. Real: 7 in a theme file, 1 in a per-indicator file. */
  indicators: 100,
  /** Indicators in a catalogue. Real: 834 in the full build. */
  catalogueIndicators: 1_500,
  /** Curated indicators in a catalogue: the dashboard's overview draws each of them. Real: 24. */
  curated: 100,
  /** Themes in a catalogue. Real: 10. */
  themes: 50,
  /** Distinct periods in one extract, or listed for one catalogue entry. Real: 19. */
  periods: 100,
  /** Distinct breakdown values in one extract, or named by one indicator. Real: 49 (full build). */
  breakdowns: 500,
  /** Rows of neighbours.arrow. Real: 3,140 (two models of 10 neighbours for each LA). */
  neighbours: 20_000,
  /** Characters of a name, label, code, period or breakdown value. Real: at most 154 (an indicator label, full build). */
  shortText: 500,
  /** Characters of a definition, note, suppression text, title or licence. Real: at most 3,003 (a definition). */
  longText: 20_000,
  /** Notes, series breaks, source files or LAIT codes listed for one indicator. Real: at most 3. */
  list: 50,
  /** Bytes of one metadata value in an Arrow file (the indicator list is one). Real: 10,511. */
  metadataBytes: 2 * 1024 * 1024,
  /**
   * The largest figure, count or denominator taken as real (a larger one is set aside as out of range). Real:
   * 16,012,355,892 (sessions). Sums of a thousand such figures stay exact enough and finite; 1e302 would not.
   */
  magnitude: 1e15,
} as const;

export type Limit = keyof typeof LIMITS;

/** An `over-limit` error naming what was asked and what is allowed (a limit's name, or a number worked out). */
export function overLimit(what: string, n: number | string, limit: Limit | number): ExtractError {
  const max = (typeof limit === 'number' ? limit : LIMITS[limit]).toLocaleString('en-GB');
  const asked = typeof n === 'number' ? n.toLocaleString('en-GB') : n;
  return new ExtractError('over-limit', `The file asks for more than the components draw: ${asked} ${what}, where at most ${max} are allowed.`);
}

/** Throws `over-limit` when `n` is above the limit. */
export function checkCount(n: number, what: string, limit: Limit): void {
  if (n > LIMITS[limit]) throw overLimit(what, n, limit);
}

/** Throws `over-limit` when the text is longer than the limit; says where it was found. */
export function checkText(s: unknown, where: string, limit: 'shortText' | 'longText' = 'shortText'): void {
  if (typeof s === 'string' && s.length > LIMITS[limit]) throw overLimit(`characters in ${where}`, s.length, limit);
}

const SHORT_FIELDS = ['id', 'label', 'unitLabel', 'latestRelease', 'theme', 'topic', 'yearType', 'denominatorLabel', 'unit', 'polarity', 'coverage', 'interval'];
const LONG_FIELDS = ['definition', 'suppression'];

/** The limits on one indicator's metadata: every text field's length and every list's size. */
export function checkIndicatorLimits(m: Record<string, unknown>): void {
  const id = typeof m.id === 'string' ? m.id.slice(0, 60) : 'an indicator';
  for (const k of SHORT_FIELDS) checkText(m[k], `the ${k} of ${id}`);
  for (const k of LONG_FIELDS) checkText(m[k], `the ${k} of ${id}`, 'longText');
  const b = m.breakdown as { dimension?: unknown; total?: unknown; values?: unknown } | undefined;
  if (b && typeof b === 'object') {
    checkText(b.dimension, `the breakdown name of ${id}`);
    checkText(b.total, `the breakdown total of ${id}`);
    if (Array.isArray(b.values)) {
      checkCount(b.values.length, `breakdown values for ${id}`, 'breakdowns');
      for (const v of b.values) checkText(v, `a breakdown value of ${id}`);
    }
  }
  const lists: [unknown, string, 'shortText' | 'longText'][] = [
    [m.notes, 'notes', 'longText'], [m.breaks, 'series breaks', 'longText'],
    [(m.source as { files?: unknown } | undefined)?.files, 'source files', 'shortText'],
  ];
  for (const [xs, what, len] of lists) {
    if (!Array.isArray(xs)) continue;
    checkCount(xs.length, `${what} for ${id}`, 'list');
    for (const x of xs) {
      if (typeof x === 'string') checkText(x, `one of the ${what} of ${id}`, len);
      else if (x && typeof x === 'object') for (const v of Object.values(x)) checkText(v, `one of the ${what} of ${id}`, len);
    }
  }
  const src = m.source as { publication?: unknown; url?: unknown } | undefined;
  if (src && typeof src === 'object') {
    checkText(src.publication, `the source of ${id}`);
    checkText(src.url, `the source address of ${id}`, 'longText');
  }
  if (m.lait && typeof m.lait === 'object') {
    const codes = Object.entries(m.lait);
    checkCount(codes.length, `LAIT codes for ${id}`, 'list');
    for (const [k, v] of codes) { checkText(k, `a LAIT breakdown of ${id}`); checkText(v, `a LAIT code of ${id}`); }
  }
  if (m.updated && typeof m.updated === 'object') for (const v of Object.values(m.updated)) checkText(v, `the update dates of ${id}`);
}

/** The limits on a catalogue: indicators, curated ones, themes, and each entry's text and lists. */
export function checkCatalogueLimits(c: { indicators?: unknown; themes?: unknown; title?: unknown; licence?: unknown; areas?: unknown; neighbours?: unknown }): void {
  checkText(c.title, 'the catalogue title', 'longText');
  checkText(c.licence, 'the catalogue licence', 'longText');
  checkText(c.areas, 'the areas file name');
  checkText(c.neighbours, 'the neighbours file name');
  if (Array.isArray(c.themes)) {
    checkCount(c.themes.length, 'themes', 'themes');
    for (const t of c.themes) if (t && typeof t === 'object') for (const v of Object.values(t)) checkText(v, 'a theme');
  }
  if (!Array.isArray(c.indicators)) return;
  checkCount(c.indicators.length, 'indicators in the catalogue', 'catalogueIndicators');
  checkCount(c.indicators.filter((i) => i && (i as { curated?: unknown }).curated === true).length, 'curated indicators in the catalogue', 'curated');
  for (const i of c.indicators as Record<string, unknown>[]) {
    if (!i || typeof i !== 'object') continue;
    checkIndicatorLimits(i);
    checkText(i.file, `the file name of ${String(i.id).slice(0, 60)}`);
    if (Array.isArray(i.periods)) {
      checkCount(i.periods.length, `periods for ${String(i.id).slice(0, 60)}`, 'periods');
      for (const p of i.periods) checkText(p, `a period of ${String(i.id).slice(0, 60)}`);
    }
  }
}
