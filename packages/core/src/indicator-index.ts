import type { CatalogueTheme } from './catalogue';
import type { ExtractSet } from './extract-set';
import { compareText } from './collate';
import { THEME_LABEL } from './indicators';

/** What a list of indicators needs to show one: a catalogue entry and an extract's metadata both have it. */
export interface IndicatorListing {
  id: string;
  label: string;
  theme: string;
  topic?: string;
  coverage: 'la' | 'national';
  breakdown: { values: string[] };
  curated?: boolean;
  lait?: Record<string, string>;
}

export interface IndicatorIndex {
  themes: CatalogueTheme[];
  indicators: IndicatorListing[];
}

/** The themes and indicators a set offers: the whole catalogue when there is one, else what its extracts hold. */
export function indicatorIndex(set: ExtractSet): IndicatorIndex {
  if (set.catalogue) return { themes: set.catalogue.themes, indicators: set.catalogue.indicators };
  const indicators = set.indicators;
  const known = Object.keys(THEME_LABEL);
  const ids = [...new Set(indicators.map((m) => m.theme))]
    .sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
  return { themes: ids.map((id) => ({ id, label: THEME_LABEL[id] ?? id })), indicators };
}

export const topicOf = (m: IndicatorListing): string => m.topic || THEME_LABEL[m.theme] || m.theme;

/** Indicators grouped by topic, topics in the order they first appear and each keeping the list's order. */
export function byTopic<T extends IndicatorListing>(list: readonly T[]): { topic: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const m of list) {
    const t = topicOf(m);
    const g = groups.get(t);
    if (g) g.push(m);
    else groups.set(t, [m]);
  }
  return [...groups].map(([topic, items]) => ({ topic, items }));
}

export interface SearchResult<T extends IndicatorListing> {
  /** How many match in all; `groups` holds at most `limit` of them. */
  total: number;
  groups: { topic: string; items: T[] }[];
}

/**
 * Indicators whose label, id, topic or LAIT codes contain every word of the query, grouped by topic. Labels
 * starting with the query come first, then curated indicators, then the rest alphabetically.
 */
export function searchIndicators<T extends IndicatorListing>(list: readonly T[], query: string, limit = 40): SearchResult<T> {
  const q = query.trim().toLowerCase();
  const words = q.split(/\s+/).filter(Boolean);
  if (!words.length) return { total: 0, groups: [] };
  const hay = (m: T) => `${m.label} ${m.id} ${topicOf(m)} ${Object.values(m.lait ?? {}).join(' ')}`.toLowerCase();
  const hits = list.filter((m) => { const h = hay(m); return words.every((w) => h.includes(w)); });
  const score = (m: T) => (m.label.toLowerCase().startsWith(q) ? 0 : 2) + (m.curated === false ? 1 : 0);
  hits.sort((a, b) => score(a) - score(b) || compareText(a.label, b.label));
  return { total: hits.length, groups: byTopic(hits.slice(0, limit)) };
}

/** "3 indicators match", "40 of 112 indicators match: showing the first 40", for the live region. */
export function describeSearch(r: SearchResult<IndicatorListing>, query: string): string {
  if (!query.trim()) return '';
  const shown = r.groups.reduce((n, g) => n + g.items.length, 0);
  if (!r.total) return `No indicators match "${query.trim()}".`;
  const noun = r.total === 1 ? 'indicator matches' : 'indicators match';
  return shown < r.total ? `${r.total} ${noun}: showing the first ${shown}.` : `${r.total} ${noun}.`;
}
