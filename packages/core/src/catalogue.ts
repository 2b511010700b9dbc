import { ExtractError } from './extract/errors';
import { checkCatalogueLimits } from './extract/limits';
import type { Polarity, Unit } from './indicators';

/**
 * The national catalogue: an index of every indicator the build wrote, one small extract each. Elements never
 * need it to draw one indicator (its extract sits at `indicatorFile(id)` beside the catalogue); the dashboard,
 * the embed builder and the CLI read it to list, search and describe what there is.
 */
export const CATALOGUE_FORMAT = 1;

/** Where an indicator's extract sits, relative to the catalogue. Ids are slugs, so this is always a plain path. */
export const INDICATOR_DIR = 'indicators';
export function indicatorFile(id: string): string {
  return `${INDICATOR_DIR}/${id}.arrow`;
}
/**
 * Where its latest-figures extract sits: the rows a benchmark or tile reads when no period is asked for
 * (`latestRows`), a fraction of the whole for an indicator with many years. Ids have no dots, so no id's file can
 * be another's latest file.
 */
export function latestFile(id: string): string {
  return `${INDICATOR_DIR}/${id}.latest.arrow`;
}
/** Indicator ids are lower-case slugs: safe in a URL path and a file name. */
export const INDICATOR_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface CatalogueTheme {
  id: string;
  label: string;
}

export interface CatalogueIndicator {
  id: string;
  label: string;
  theme: string;
  /** Finer grouping for search (LAIT's topic, or the publication's). */
  topic: string;
  unit: Unit;
  unitLabel: string;
  polarity: Polarity;
  coverage: 'la' | 'national';
  /** Hand-written wording (true) or generated from DfE's data dictionaries. */
  curated: boolean;
  /** LAIT measure codes that map to this indicator, keyed by breakdown value. */
  lait?: Record<string, string>;
  breakdown: { dimension: string; values: string[]; total: string };
  /** EES periods with at least one row, oldest first. */
  periods: string[];
  /** Number of LAs with at least one published value. */
  las: number;
  /** The extract, relative to the catalogue, its size in bytes and rows. */
  file: string;
  bytes: number;
  rows: number;
  /** Its latest-figures extract (at `latestFile(id)`), size and rows; absent in catalogues built before it. */
  latest?: { file: string; bytes: number; rows: number };
  /** For search and listing without fetching the extract (the extract's own metadata is the full record). */
  definition?: string;
  decimals?: number;
  source?: { publication: string; url: string; files: string[] };
  latestRelease?: string;
  yearType?: string;
  updated?: { last?: string; next?: string };
  /** Figures the pipeline computed (subject to small-number suppression), not DfE's own. */
  derived?: boolean;
}

export interface Catalogue {
  kind: 'catalogue';
  format: number;
  title: string;
  licence: string;
  /** Companion extracts, relative to the catalogue. */
  areas: string;
  neighbours: string;
  themes: CatalogueTheme[];
  indicators: CatalogueIndicator[];
}

const str = (v: unknown): v is string => typeof v === 'string';

/** Checks the shape of a parsed catalogue; a hostile or stale file throws ExtractError, never half-loads. */
export function parseCatalogue(json: unknown): Catalogue {
  const bad = (why: string): never => { throw new ExtractError('bad-metadata', `The catalogue is not valid: ${why}.`); };
  if (!json || typeof json !== 'object') bad('it is not a JSON object');
  const c = json as Partial<Catalogue>;
  if (c.kind !== 'catalogue') throw new ExtractError('wrong-kind', 'This file is not an indicator catalogue.');
  if (c.format !== CATALOGUE_FORMAT) bad(`format ${String(c.format)} is not supported (expected ${CATALOGUE_FORMAT})`);
  if (!str(c.areas) || !str(c.neighbours)) bad('it does not name its areas and neighbours files');
  if (!Array.isArray(c.themes) || !Array.isArray(c.indicators)) bad('it has no themes or indicators');
  checkCatalogueLimits(c);
  const seen = new Set<string>();
  for (const i of c.indicators!) {
    if (!i || typeof i !== 'object' || !str(i.id) || !INDICATOR_ID.test(i.id)) bad(`an indicator id is not a lower-case slug`);
    if (seen.has(i.id)) bad(`indicator "${i.id}" is listed twice`);
    seen.add(i.id);
    if (!str(i.label) || !str(i.theme) || !str(i.file) || !Array.isArray(i.periods)) bad(`indicator "${i.id}" lacks a label, theme, file or periods`);
  }
  return c as Catalogue;
}

/** By id, or by LAIT measure code (case-insensitive), as the elements and the CLI accept either. */
export function findInCatalogue(cat: Catalogue, id: string): { entry: CatalogueIndicator; breakdown?: string } | undefined {
  const q = id.trim().toLowerCase();
  const entry = cat.indicators.find((i) => i.id === q);
  if (entry) return { entry };
  for (const i of cat.indicators) {
    for (const [breakdown, code] of Object.entries(i.lait ?? {})) if (code.toLowerCase() === q) return { entry: i, breakdown };
  }
  return undefined;
}
