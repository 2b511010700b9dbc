import type { AreaDirectory } from '../area-directory';
import { searchArea } from '../area-search';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import { periodStart } from '../periods';
import { CrossSection, type NeighbourGroup } from './cross-section';
import { BenchmarkError, resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './query';

/**
 * A comparator group the user chooses: named LAs (`compare="Bolton Bury Wigan"`), a region's LAs (`group="region"`),
 * or a statistical-neighbour model (`group="neighbours-2021"`, `neighbours-2025`, or `neighbours` for the newest).
 */
export type GroupSpec =
  | { kind: 'named'; areas: string[]; label?: string }
  | { kind: 'region'; region?: string; label?: string }
  | { kind: 'neighbours'; model?: string; label?: string };

/** The group's average, worked out as the neighbour average is: the simple mean of the members with a value. */
export interface ComparisonGroup extends NeighbourGroup {
  kind: GroupSpec['kind'];
  /** The name shown (`group-label`), or one made from the members. */
  label: string;
  /** The neighbour model used, for a neighbour group; null otherwise. */
  model: string | null;
  members: Area[];
}

/** "a, b and c". */
const listOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The one area a part of a list names, by core's area search ("Wigan Council", "Hull", "355", "E08000001"). */
function findIn(areas: AreaDirectory, q: string): Area | undefined {
  const m = searchArea(areas, q);
  return m.found ?? undefined;
}

/**
 * LAs from a list. The separator rule: where the text has a comma, semicolon or new line, those separate the LAs
 * ("Bolton, Bury, Wigan"); otherwise spaces do, taking the longest run of words that names an area each time, so
 * multi-word names need no quotes ("Blackburn with Darwen Bolton" is two LAs). Names, ONS codes and LA numbers all
 * work, as in every `area` attribute.
 */
export function parseAreaList(areas: AreaDirectory, text: string): Area[] {
  const out: Area[] = [];
  const add = (a: Area, q: string) => {
    if (a.level !== 'Local authority') throw new BenchmarkError('unknown-area', `"${q}" is not a local authority: a group is made of local authorities.`);
    if (!out.some((x) => x.code === a.code)) out.push(a);
  };
  const unknown = (q: string) => {
    const m = searchArea(areas, q);
    const nearest = m.found ? [] : m.suggestions;
    return new BenchmarkError('unknown-area', `No local authority "${q}"${nearest.length ? `; nearest: ${nearest.join(', ')}` : ''}.`, nearest, true);
  };
  if (/[,;\n]/.test(text)) {
    for (const part of text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
      const a = findIn(areas, part);
      if (!a) throw unknown(part);
      add(a, part);
    }
    return out;
  }
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length;) {
    let j = words.length;
    let a: Area | undefined;
    for (; j > i; j--) if ((a = findIn(areas, words.slice(i, j).join(' ')))) break;
    if (!a) throw unknown(words[i]);
    add(a, words.slice(i, j).join(' '));
    i = j;
  }
  return out;
}

/**
 * The group the attributes ask for: `compare` names LAs; `group` is `region`, `neighbours` or `neighbours-<model>`;
 * `label` (`group-label`) names it. Neither: undefined, so the element keeps its usual comparators.
 */
export function groupSpec(areas: AreaDirectory, attrs: { group?: string; compare?: string; label?: string }): GroupSpec | undefined {
  const label = attrs.label?.trim() || undefined;
  if (attrs.compare?.trim()) return { kind: 'named', areas: parseAreaList(areas, attrs.compare).map((a) => a.code), label };
  const g = attrs.group?.trim().toLowerCase();
  if (!g) return undefined;
  if (g === 'region') return { kind: 'region', label };
  const m = /^(?:neighbours|statistical-neighbours)(?:-(\d{4}))?$/.exec(g);
  if (m) {
    const models = areas.neighbourModels();
    if (m[1] && !models.includes(m[1])) {
      throw new BenchmarkError('unknown-area', `No ${m[1]} statistical-neighbour model in the data. Models: ${models.join(', ')}.`, models.map((x) => `neighbours-${x}`));
    }
    return { kind: 'neighbours', model: m[1], label };
  }
  throw new BenchmarkError('unknown-area', `Unknown group "${attrs.group}": use region, neighbours or ${areas.neighbourModels().map((x) => `neighbours-${x}`).join(', ')}.`);
}

/** The members of a group, for `area` where the group is relative to it (its region, its neighbours). */
function membersOf(x: CrossSection, area: Area | null, spec: GroupSpec): { members: { area: Area; rank: number }[]; model: string | null; label: string } {
  const areas = x.areas;
  if (spec.kind === 'named') {
    const members = spec.areas.map((q, i) => ({ area: resolveArea(areas, q), rank: i + 1 }));
    return { members, model: null, label: spec.label ?? listOf(members.map((m) => m.area.name)) };
  }
  if (spec.kind === 'region') {
    const region = spec.region ? resolveArea(areas, spec.region) : area ? areas.region(area) : undefined;
    if (!region || region.level !== 'Regional') {
      throw new BenchmarkError('unknown-area', spec.region ? `"${spec.region}" is not a region.` : 'A region group needs an area (or a region) to compare with.');
    }
    // The region's LAs in this period, so its group follows boundary changes: those with a figure, and those that
    // existed then (some files carry a row for every LA that ever was, empty outside its lifetime).
    const year = periodStart(x.period);
    const existed = (a: Area) => (!a.from || Number(a.from.slice(0, 4)) <= year) && (!a.to || Number(a.to.slice(0, 4)) > year);
    const members = x.rows
      .filter((o) => o.level === 'Local authority')
      .flatMap((o) => {
        const a = areas.find(o.areaCode);
        // The compared LA is not in its own group, as it is not among its own neighbours.
        return a && a.regionCode === region.code && a.code !== area?.code && (o.value !== null || existed(a)) ? [a] : [];
      })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((a, i) => ({ area: a, rank: i + 1 }));
    return { members, model: null, label: spec.label ?? (area && area.regionCode === region.code ? `Other LAs in ${region.name}` : `${region.name} local authorities`) };
  }
  if (!area) throw new BenchmarkError('unknown-area', 'A statistical-neighbour group needs an area to compare with.');
  const group = areas.neighbours(area, spec.model);
  if (!group) {
    throw new BenchmarkError('no-data', `${area.name} has no statistical neighbours${spec.model ? ` in the ${spec.model} model` : ''}.`);
  }
  return { members: group.areas, model: group.model, label: spec.label ?? `Statistical neighbours (${group.model} model)` };
}

/** A user-chosen group's average for one cross-section: the same simple mean as CrossSection.neighbours. */
export function groupAverage(x: CrossSection, area: Area | null, spec: GroupSpec): ComparisonGroup {
  const { members, model, label } = membersOf(x, area, spec);
  return { kind: spec.kind, label, model, members: members.map((m) => m.area), ...x.average(members) };
}

/** `groupAverage` from a query (indicator, area, period, breakdown), for the CLI and the elements. */
export function comparisonGroup(data: ObservationsExtract, areas: AreaDirectory, q: Query, spec: GroupSpec): ComparisonGroup & { period: string; breakdown: string } {
  const meta = resolveIndicator(data, q.indicator);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  const area = q.area ? resolveArea(areas, q.area) : null;
  const period = resolvePeriod(data, meta, q.period, area ?? areas.england, breakdown);
  const x = CrossSection.of(data, areas, meta, period, breakdown);
  return { ...groupAverage(x, area, spec), period, breakdown };
}
