import type { AreaDirectory } from './area-directory';
import { BenchmarkError } from './analysis/query';
import { groupSpec, type GroupSpec } from './analysis/groups';
import { LoadError } from './errors';

/**
 * The comparisons a reader chooses on an element: `compare` (named LAs), `group` (`region`, `neighbours`,
 * `neighbours-2021`, `neighbours-2025`) and `group-label` (the group's name). Every element that shows them reads
 * them through here, so a bad value is the same `bad-attribute` error everywhere.
 */
export interface ComparisonAttributes {
  compare?: string;
  group?: string;
  groupLabel?: string;
}

/** What an element shows besides its usual comparators. */
export interface ComparisonChoice {
  /** The statistical-neighbour model for the neighbour comparator (`group="neighbours-2021"`); undefined: the newest. */
  neighbourModel?: string;
  /** A group shown as well: the named LAs (`compare`) or the LA's region's other LAs (`group="region"`). */
  group?: GroupSpec;
  /** The name `group-label` gives, for a neighbour group (its model is still said). */
  neighbourLabel?: string;
  /** `group` named the statistical neighbours: elements that mark a group (ranking, map) mark them. */
  neighbours?: boolean;
}

const GROUP = /^(region|neighbours|neighbours-\d{4})$/;
export const MAX_COMPARE_CHARS = 2000;
export const MAX_GROUP_LABEL_CHARS = 80;

/** The first problem with the attributes that needs no data, as a sentence naming the attribute, or null. */
export function comparisonProblem(a: ComparisonAttributes): string | null {
  const group = (a.group ?? '').trim().toLowerCase();
  if (group && !GROUP.test(group)) {
    return `group must be region, neighbours or neighbours-YEAR (a statistical-neighbour model, e.g. neighbours-2021), not "${String(a.group).slice(0, 40)}".`;
  }
  if ((a.compare ?? '').length > MAX_COMPARE_CHARS) return `compare is longer than ${MAX_COMPARE_CHARS} characters.`;
  if (a.compare?.trim() && group === 'region') return 'Give compare (named LAs) or group="region", not both: an element shows one chosen group.';
  const label = a.groupLabel ?? '';
  if (label.length > MAX_GROUP_LABEL_CHARS) return `group-label is longer than ${MAX_GROUP_LABEL_CHARS} characters.`;
  // Control characters would make the label read differently from how it looks.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(label)) return 'group-label has a control character in it.';
  if (label.trim() && !a.compare?.trim() && !group) return 'group-label names a group: give compare or group as well.';
  return null;
}

/**
 * The choice the attributes make, checked against the data's areas and neighbour models. Any problem is a
 * `bad-attribute` error naming the attribute; no attributes: an empty choice (the element's usual comparators).
 */
export function comparisonChoice(areas: AreaDirectory, a: ComparisonAttributes): ComparisonChoice {
  const problem = comparisonProblem(a);
  if (problem) throw new LoadError('bad-attribute', problem);
  const label = a.groupLabel?.trim() || undefined;
  let spec: GroupSpec | undefined;
  try {
    spec = groupSpec(areas, { compare: a.compare, group: a.group, label });
  } catch (e) {
    if (e instanceof BenchmarkError) throw new LoadError('bad-attribute', `${a.compare?.trim() ? 'compare' : 'group'}: ${e.message}`, { cause: e });
    throw e;
  }
  const choice: ComparisonChoice = {};
  const group = (a.group ?? '').trim().toLowerCase();
  const model = /^neighbours-(\d{4})$/.exec(group)?.[1];
  if (model) choice.neighbourModel = model;
  if (group.startsWith('neighbours')) choice.neighbours = true;
  if (spec?.kind === 'named' || spec?.kind === 'region') choice.group = spec;
  else if (spec?.kind === 'neighbours' && label) choice.neighbourLabel = label;
  return choice;
}

/**
 * The one group an element that marks LAs (the ranking's highlights, the map's outlines) marks: the chosen group,
 * else the statistical neighbours when `group` names them.
 */
export function markedGroup(c: ComparisonChoice): GroupSpec | undefined {
  if (c.group) return c.group;
  return c.neighbours ? { kind: 'neighbours', model: c.neighbourModel, label: c.neighbourLabel } : undefined;
}

/** Whether a choice asks for anything beyond the usual comparators. */
export function choosesAnything(c: ComparisonChoice): boolean {
  return !!(c.group || c.neighbourModel || c.neighbourLabel);
}
