import { nameKey, type AreaDirectory } from './area-directory';
import type { Area, NeighbourLink } from './extract/areas';
import { isAcademic, periodLabel } from './periods';
import { nearest } from './suggest';

/**
 * Finding an area the way people name it: "Kent County Council", "Bristol", "Salford City Council", old and new
 * names, ONS codes (current and former) and LA numbers. Shared by the CLI and the elements.
 */

// Words around a name that say what kind of body it is, not which one.
const PREFIXES = ['the ', 'london borough of ', 'royal borough of ', 'metropolitan borough of ', 'borough of ', 'council of the ', 'county of '];
const SUFFIXES = [
  ' metropolitan borough council', ' metropolitan district council', ' borough council', ' district council', ' city council',
  ' county council', ' unitary authority', ' council', ' mbc', ' lbc', ' cc', ' la', ' local authority',
];

/** A name reduced to what identifies the place: "Bristol, City of" and "Bristol City Council" both give "bristol". */
export function placeKey(name: string): string {
  let k = nameKey(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const s of SUFFIXES) if (k.endsWith(s) && k.length > s.length) { k = k.slice(0, -s.length); changed = true; }
    for (const p of PREFIXES) if (k.startsWith(p) && k.length > p.length) { k = k.slice(p.length); changed = true; }
    // DfE writes "Bristol, City of", "Herefordshire, County of", "Kingston upon Hull, City of".
    for (const s of [' city of', ' county of']) if (k.endsWith(s) && k.length > s.length) { k = k.slice(0, -s.length); changed = true; }
  }
  return k.trim();
}

export type AreaMatch =
  | { found: Area; how: 'code' | 'name' | 'place' | 'partial' }
  | { found: null; ambiguous: Area[]; suggestions: string[] };

/** Cached place keys per directory: computed once, reused for every search. */
const keyed = new WeakMap<AreaDirectory, Map<string, Area[]>>();

function placeIndex(dir: AreaDirectory): Map<string, Area[]> {
  let m = keyed.get(dir);
  if (!m) {
    m = new Map();
    for (const a of dir.areas) {
      for (const n of new Set([a.name, ...a.aliases].map(placeKey))) {
        const list = m.get(n) ?? [];
        if (!list.includes(a)) list.push(a);
        m.set(n, list);
      }
    }
    keyed.set(dir, m);
  }
  return m;
}

/** Live LAs before terminated ones, LAs before regions. */
const preference = (a: Area, b: Area) =>
  Number(b.live) - Number(a.live) || Number(b.level === 'Local authority') - Number(a.level === 'Local authority');

/**
 * The area a person means. Exact codes, LA numbers and names (as the directory knows them) first; then the name
 * with "County Council", "City of", "London Borough of" and the like removed. When two areas share a place name
 * (a live LA and the one it replaced), the live one is meant.
 */
export function searchArea(dir: AreaDirectory, query: string): AreaMatch {
  const q = query.trim();
  const exact = dir.find(q);
  if (exact) return { found: exact, how: /^[a-z]\d{8}$/i.test(q) || /^\d{3}$/.test(q) ? 'code' : 'name' };
  const key = placeKey(q);
  const list = (placeIndex(dir).get(key) ?? []).slice().sort(preference);
  if (list.length === 1 || (list.length > 1 && preference(list[0], list[1]) < 0)) return { found: list[0], how: 'place' };
  if (list.length > 1) return { found: null, ambiguous: list, suggestions: list.map(areaLabel) };
  // A shortened name, whole words only: "Hull", "Southend", "Brighton", "Windsor".
  if (key.length >= 3) {
    const partial = [...placeIndex(dir).entries()]
      .filter(([k]) => ` ${k} `.includes(` ${key} `))
      .flatMap(([, areas]) => areas)
      .filter((a, i, all) => all.indexOf(a) === i)
      .sort(preference);
    const live = partial.filter((a) => a.live);
    const pick = live.length ? live : partial;
    if (pick.length === 1) return { found: pick[0], how: 'partial' };
    if (pick.length > 1) return { found: null, ambiguous: pick, suggestions: pick.map(areaLabel) };
  }
  const names = [...new Set(dir.areas.map((a) => a.name))];
  // Suggestions by place name, so "Salfrod City Council" still offers Salford.
  const byKey = new Map(names.map((n) => [placeKey(n), n] as const));
  return { found: null, ambiguous: [], suggestions: nearest(key, [...byKey.keys()], 5).map((k) => byKey.get(k)!) };
}

/** "Salford (E08000006, LA 355)". */
export function areaLabel(a: Area): string {
  return `${a.name} (${a.code}${a.laCode ? `, LA ${a.laCode}` : ''})`;
}

/** The first day of a period: 1 September for an academic year, 1 January otherwise. */
function periodStartDate(period: string): string {
  return `${period.slice(0, 4)}-${isAcademic(period) ? '09' : '01'}-01`;
}
function periodEndDate(period: string): string {
  return isAcademic(period) ? `${Number(period.slice(0, 4)) + 1}-08-31` : `${period.slice(0, 4)}-12-31`;
}

/**
 * Why an LA has no figures in a period because of a boundary change, naming its successors or predecessors:
 * "Cumbria (LA 909) was abolished on 31 March 2023; for 2023/24 see its successors Cumberland (LA 942) and
 * Westmorland and Furness (LA 943)." Null when the LA existed throughout the period.
 */
export function boundaryNote(dir: AreaDirectory, area: Area, period: string): string | null {
  const name = (code: string) => {
    const a = dir.find(code);
    return a ? `${a.name} (LA ${a.laCode ?? a.code})` : code;
  };
  const list = (codes: string[]) => (codes.length < 2 ? codes.map(name).join('') : `${codes.slice(0, -1).map(name).join(', ')} and ${name(codes.at(-1)!)}`);
  if (area.to && area.to < periodStartDate(period)) {
    const succ = area.successors.length ? `; for ${periodLabel(period)} see its successor${area.successors.length > 1 ? 's' : ''} ${list(area.successors)}` : '';
    return `${area.name} (LA ${area.laCode ?? area.code}) was abolished on ${longDate(area.to)}${succ}.`;
  }
  if (area.from && area.from > periodEndDate(period)) {
    const pred = area.predecessors.length ? `; figures for ${periodLabel(period)} belong to ${list(area.predecessors)}` : '';
    return `${area.name} (LA ${area.laCode ?? area.code}) was formed on ${longDate(area.from)}${pred}.`;
  }
  return null;
}

/** For an LA that no longer exists, whatever the period: "Cumbria (LA 909) was abolished on 31 March 2023; its successors are …". */
export function successorNote(dir: AreaDirectory, area: Area): string | null {
  if (area.live || !area.to) return null;
  const names = area.successors.map((c) => dir.find(c)).filter((a): a is Area => !!a).map((a) => `${a.name} (LA ${a.laCode ?? a.code})`);
  const list = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${area.name} (LA ${area.laCode ?? area.code}) was abolished on ${longDate(area.to)}${names.length ? `; its successor${names.length > 1 ? 's are' : ' is'} ${list}` : ''}.`;
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return m && d ? `${d} ${months[m - 1]} ${y}` : iso;
}

/** The LAs in a region (live at some point in `period`, when given), by name. */
export function regionMembers(dir: AreaDirectory, region: Area, period?: string): Area[] {
  return dir.localAuthorities()
    .filter((a) => a.regionCode === region.code && (!period || !boundaryNote(dir, a, period)))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Statistical-neighbour models present in the links, oldest first (e.g. ["2021", "2025"]). */
export function neighbourModels(links: readonly NeighbourLink[]): string[] {
  return [...new Set(links.map((l) => l.model))].sort();
}

/** An LA's statistical neighbours in one model (the newest by default), in rank order. */
export function neighboursIn(dir: AreaDirectory, links: readonly NeighbourLink[], area: Area, model?: string): { model: string; areas: Area[] } | null {
  if (!area.laCode) return null;
  const mine = links.filter((l) => l.laCode === area.laCode);
  const m = model ?? mine.map((l) => l.model).sort().at(-1);
  if (!m) return null;
  const chosen = mine.filter((l) => l.model === m).sort((a, b) => a.rank - b.rank);
  if (!chosen.length) return null;
  return { model: m, areas: chosen.flatMap((l) => dir.find(l.neighbour) ?? []) };
}
