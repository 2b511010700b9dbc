import type { Area } from './extract/areas';
import { releaseAfter } from './format';
import type { IndicatorMeta } from './indicators';

/** What a figure's live region says when it shows a new view. */
export function showingText(heading: string, subtitle: string): string {
  return `Showing ${heading}: ${subtitle}`;
}

/** The dashboard's view: national or one LA's (null until one is chosen), a theme's label (null for all), an indicator's. */
export interface DashboardView {
  national: boolean;
  area: string | null;
  theme: string | null;
  focus?: string;
}

/**
 * The dashboard's view in words: the sentence announced when it changes ("Showing Salford: EHC plan timeliness")
 * and the words put in front of the page's title, null while no LA is chosen.
 */
export function dashboardViewText(v: DashboardView): { announce: string; title: string | null } {
  const what = `${v.theme ?? 'all themes'}${v.focus ? `, ${v.focus}` : ''}`;
  const shown = v.national ? `England, regions and local authorities: ${what}` : v.area ? `${v.area}: ${what}` : null;
  return { announce: shown ? `Showing ${shown}` : 'Choose a local authority to see its dashboard', title: shown };
}

/** An LA as the area picker lists it: a former one with the year it ended. */
export function areaChoiceLabel(a: Pick<Area, 'name' | 'live' | 'to'>): string {
  return a.live ? a.name : `${a.name} (until ${a.to?.slice(0, 4) ?? 'its reorganisation'})`;
}

/** One indicator per publication (by address), first seen first: a figure of many indicators names each once. */
export function distinctSources<T extends { source: { url: string } }>(metas: readonly T[]): T[] {
  const seen = new Set<string>();
  return metas.filter((x) => !seen.has(x.source.url) && !!seen.add(x.source.url));
}

/** A publication a figure's figures come from: its name once, every address given for it, and its releases. */
export interface SourceGroup {
  publication: string;
  /** Addresses, first seen first: one for most; LAIT gives the address of each publication it republishes. */
  urls: string[];
  /** The releases, as written after the publication's name ("2024/25"), each once. */
  releases: string[];
}

/**
 * The publications of a figure's indicators by name, first seen first. LAIT names every series it republishes
 * "DfE data via DfE Local Authority Interactive Tool", each with its own address: a spine of every indicator
 * named it 35 times, each a link of the same words to a different page.
 */
export function sourceGroups(metas: readonly Pick<IndicatorMeta, 'source' | 'latestRelease'>[]): SourceGroup[] {
  const by = new Map<string, SourceGroup>();
  for (const m of distinctSources(metas)) {
    const name = m.source.publication;
    const g = by.get(name) ?? by.set(name, { publication: name, urls: [], releases: [] }).get(name)!;
    g.urls.push(m.source.url);
    const release = releaseAfter(name, m.latestRelease);
    if (!g.releases.includes(release)) g.releases.push(release);
  }
  return [...by.values()];
}

/** "Source: …" under a downloaded chart: the publications, with the data licence. */
export function sourceLine(metas: readonly Pick<IndicatorMeta, 'source'>[]): string {
  const pubs = [...new Set(metas.map((m) => m.source.publication))];
  return `Source: Department for Education${pubs.length ? `, ${pubs.join('; ')}` : ''}. Contains public sector information licensed under the Open Government Licence v3.0.`;
}
