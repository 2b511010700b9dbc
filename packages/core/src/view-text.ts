import type { Area } from './extract/areas';
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

/** "Source: …" under a downloaded chart: the publications, with the data licence. */
export function sourceLine(metas: readonly Pick<IndicatorMeta, 'source'>[]): string {
  const pubs = [...new Set(metas.map((m) => m.source.publication))];
  return `Source: Department for Education${pubs.length ? `, ${pubs.join('; ')}` : ''}. Contains public sector information licensed under the Open Government Licence v3.0.`;
}
