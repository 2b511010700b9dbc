import type { ComparisonGroup } from '../analysis/groups';
import type { NeighbourGroup } from '../analysis/cross-section';
import { formatValue, joinList } from '../format';
import type { IndicatorMeta } from '../indicators';

/**
 * Sentences about comparator groups: the statistical neighbours (always with their model) and the groups a reader
 * chooses (named LAs, a region's LAs). Every element says them in these words.
 */

/** "Statistical neighbours (2025 model)", or the `group-label` given, still with its model. */
export function neighbourName(model: string | null, label?: string): string {
  const m = model ? `${model} model` : '';
  if (label) return m ? `${label} (statistical neighbours, ${m})` : label;
  return m ? `Statistical neighbours (${m})` : 'Statistical neighbours';
}

/** The neighbour average's name in a chart or table: "Statistical neighbours (2025 model) average". */
export function neighbourAverageName(model: string | null, label?: string): string {
  return `${neighbourName(model, label)} average`;
}

/** A chosen group's average, as a row is named: "Greater Manchester average". */
export function groupAverageName(g: Pick<ComparisonGroup, 'label'>): string {
  return `${g.label} average`;
}

/** "3 of 4 with a figure" : how many members the mean is of. */
export function groupCount(g: Pick<NeighbourGroup, 'n' | 'values'>): string {
  return `${g.n} of ${g.values.length} with a figure`;
}

/** Who is in a group, for a sentence: the members by name, up to twelve. */
export function groupMembers(g: Pick<ComparisonGroup, 'members'>): string {
  const names = g.members.map((a) => a.name);
  return names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : joinList(names);
}

/**
 * One sentence about a chosen group: "Greater Manchester (Bolton, Bury and Wigan) averaged 45.1% (3 of 3 with a
 * figure), the simple mean of their published figures." With no figures: says so, never 0.
 */
export function describeGroup(g: ComparisonGroup, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>): string {
  const who = g.kind === 'named' && g.label !== groupMembers(g) ? `${g.label} (${groupMembers(g)})` : g.label;
  if (g.mean === null) return `${who} has no published figures to average.`;
  return `${who} averaged ${formatValue(g.mean, meta)} (${groupCount(g)}), the simple mean of their published figures.`;
}

/** One line of a trend or spine summary: "Greater Manchester average: 45.1% in 2024." */
export function groupValueSentence(name: string, value: number | null, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, when: string): string {
  return value === null ? `${name}: no figure to average in ${when}.` : `${name}: ${formatValue(value, meta)} in ${when}.`;
}

/** A marked group's ranks, for the ranking and the map: "Greater Manchester (10 LAs): ranks 12 to 140 of 150; average 45.1%." */
export function describeMarkedGroup(
  g: ComparisonGroup,
  ranks: readonly (number | null)[],
  of: number,
  meta: Pick<IndicatorMeta, 'unit' | 'decimals'>,
  shape: string,
): string {
  const ranked = ranks.filter((r): r is number => r !== null).sort((a, b) => a - b);
  const span = ranked.length > 1 ? `ranks ${ranked[0]} to ${ranked.at(-1)} of ${of}` : ranked.length ? `rank ${ranked[0]} of ${of}` : 'none ranked';
  const avg = g.mean === null ? 'no published figures to average' : `average ${formatValue(g.mean, meta)} (${groupCount(g)})`;
  return `${markedName(g)} (${g.members.length} LA${g.members.length === 1 ? '' : 's'}, marked with ${shape}): ${span}; ${avg}.`;
}

/** A map key's line for a chosen group: "Greater Manchester: average 45.1% (3 of 3 with a figure)". */
export function groupLegendLabel(g: ComparisonGroup, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>): string {
  return `${markedName(g)}: ${g.mean === null ? 'no figures to average' : `average ${formatValue(g.mean, meta)} (${groupCount(g)})`}`;
}

/** A marked group's name, with the model for neighbours: "Greater Manchester", "Statistical neighbours (2021 model)". */
export function markedName(g: Pick<ComparisonGroup, 'label' | 'model' | 'kind'>): string {
  return g.kind === 'neighbours' && g.model && !g.label.includes(g.model) ? `${g.label} (${g.model} model)` : g.label;
}

/**
 * The spine's sentence about a chosen group: "Against the Greater Manchester average: better on 4 of 7 indicators,
 * worse on 3." Only indicators with a better direction, where both figures exist.
 */
export function describeSpineGroup(label: string, rows: readonly { value: number | null; indicator: Pick<IndicatorMeta, 'polarity'>; group: { mean: number | null } | null }[]): string | null {
  const both = rows.filter((r) => r.value !== null && r.group?.mean != null && r.indicator.polarity !== 'none');
  if (!both.length) return null;
  const better = both.filter((r) => (r.indicator.polarity === 'high' ? r.value! > r.group!.mean! : r.value! < r.group!.mean!)).length;
  const worse = both.filter((r) => (r.indicator.polarity === 'high' ? r.value! < r.group!.mean! : r.value! > r.group!.mean!)).length;
  const same = both.length - better - worse;
  return `Against the ${inSentence(label)} average: better on ${better} of ${both.length} indicators, worse on ${worse}${same ? `, the same on ${same}` : ''}.`;
}

/** A group's name inside a sentence: "the statistical neighbours (2021 model) average", a chosen name as given. */
export function inSentence(label: string): string {
  return label.startsWith('Statistical neighbours') ? `s${label.slice(1)}` : label;
}
