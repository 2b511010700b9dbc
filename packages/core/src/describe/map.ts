import { describeMarkedGroup, inSentence, markedName } from './group';
import { qualifierNote } from './qualifiers';
import { formatValue, sentenceCase } from '../format';
import { STATUS_REASON, type Status } from '../status';
import type { Band } from '../stats/rank';
import type { AreaValue } from '../analysis/cross-section';
import type { MapView } from '../analysis/map';
import type { RankingRow } from '../analysis/ranking';
import { extent } from '../stats/extent';

/** "a, b and c", or with semicolons when a name has its own comma ("Bournemouth, Christchurch and Poole"). */
function listOf(names: string[]): string {
  if (names.length < 2) return names.join('');
  const sep = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return `${names.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${names.at(-1)}`;
}

/** The map's text alternative: where the chosen LA sits, the highest and lowest, the regional pattern, the gaps. */
export function describeMap(v: MapView, rows: readonly RankingRow[], regions: readonly AreaValue[]): string {
  const meta = v.indicator;
  const fmt = (x: number | null, s?: Status | null) => formatValue(x, meta, s);
  const topic = `${sentenceCase(meta.label)}${v.breakdown !== meta.breakdown.total ? ` (${v.breakdown})` : ''} in ${v.periodLabel}`;
  const parts: string[] = [];
  const eng = v.england?.value ?? null;
  const sel = v.selected ? v.hexes.find((h) => h.selected) : undefined;
  if (v.selected && !sel) {
    parts.push(`${v.selected.name} is not on the map of ${v.periodLabel} boundaries (${v.layout.label}).`);
  } else if (sel && sel.value === null) {
    parts.push(`${sel.area.name}'s ${topic} is ${fmt(null, sel.status)}.`);
  } else if (sel) {
    // Short sentences, for a reading age of 9 (issue 14).
    parts.push(`${sel.area.name}'s ${topic} was ${fmt(sel.value)}.`);
    if (eng !== null) parts.push(`That is ${sel.value! > eng ? 'higher than' : sel.value! < eng ? 'lower than' : 'the same as'} England (${fmt(eng)}).`);
    if (sel.rank) parts.push(`Rank ${sel.rank} of ${v.of} councils${sel.band ? `, band ${sel.band} (A is best)` : ' (1 is highest)'}.`);
  } else {
    parts.push(`The map shows ${topic} for ${v.of} councils.${eng === null ? '' : ` England's figure was ${fmt(eng)}.`}`);
  }
  if (sel && v.neighbours) {
    const near = v.hexes.filter((h) => h.neighbour);
    const counts = (['A', 'B', 'C', 'D'] as Band[]).map((b) => [b, near.filter((h) => h.band === b).length] as const).filter(([, n]) => n);
    const none = near.filter((h) => h.value === null).length;
    parts.push(`Its ${near.length} ${inSentence(v.neighbours.name)} have an outline.`);
    if (v.colour === 'band' && counts.length) parts.push(`Of these, ${listOf([...counts.map(([b, n]) => `${n} ${n === 1 ? 'is' : 'are'} in band ${b}`), ...(none ? [`${none} ${none === 1 ? 'has' : 'have'} no value`] : [])])}.`);
  }
  if (v.group) parts.push(describeMarkedGroup(v.group, v.group.members.map((a) => rows.find((x) => x.area.code === a.code)?.rank ?? null), v.of, meta, 'a dashed outline'));
  const valued = rows.filter((x) => x.value !== null);
  if (valued.length) {
    const [lo, hi] = extent(valued.map((x) => x.value as number))!;
    const named = (val: number) => {
      const xs = valued.filter((x) => x.value === val).map((x) => x.area.name);
      return xs.length > 3 ? `${xs[0]} and ${xs.length - 1} others` : listOf(xs);
    };
    parts.push(`Highest: ${named(hi)} (${fmt(hi)}). Lowest: ${named(lo)} (${fmt(lo)}).`);
  }
  if (regions.length >= 2) {
    const sorted = [...regions].sort((a, b) => (b.value as number) - (a.value as number));
    const [top, bottom] = [sorted[0], sorted.at(-1)!];
    let s = `Of the regions, ${top.name} has the highest figure (${fmt(top.value)}) and ${bottom.name} the lowest (${fmt(bottom.value)}).`;
    if (v.colour === 'band') {
      const share = (name: string, b: Band) => {
        const mine = v.hexes.filter((h) => h.area.regionName === name && h.value !== null);
        return mine.length ? mine.filter((h) => h.band === b).length / mine.length : 0;
      };
      const names = [...new Set(regions.map((x) => x.name))];
      const most = (b: Band) => names.reduce((a, n) => (share(n, b) > share(a, b) ? n : a), names[0]);
      const [a, d] = [most('A'), most('D')];
      const pct = (n: string, b: Band) => `${Math.round(share(n, b) * 100)}%`;
      s += ` ${a} has the most councils in band A for its size (${pct(a, 'A')}). ${d} has the most in band D (${pct(d, 'D')}).`;
    }
    parts.push(s);
  }
  // Sets, not nested scans: rows can be many (a hostile file), so this stays O(rows + hexes).
  const onMap = new Set(v.hexes.map((h) => h.area.code));
  const inRows = new Set(rows.map((x) => x.area.code));
  const missing = rows.filter((x) => x.value === null && onMap.has(x.area.code));
  const absent = v.hexes.filter((h) => h.value === null && !inRows.has(h.area.code));
  const gaps = [...missing.map((x) => ({ name: x.area.name, why: STATUS_REASON[x.status ?? 'x'] })), ...absent.map((h) => ({ name: h.area.name, why: 'no figure published' }))];
  if (gaps.length) {
    const groups = new Map<string, string[]>();
    for (const g of gaps) groups.set(g.why, [...(groups.get(g.why) ?? []), g.name]);
    const n = gaps.length;
    const head = `${n} council${n === 1 ? ' has' : 's have'} no value`;
    parts.push(n <= 8
      ? `${head}: ${[...groups].map(([why, xs]) => `${listOf(xs)} (${why})`).join('; ')}.`
      : `${head} (${[...groups].map(([why, xs]) => `${xs.length} ${why}`).join(', ')}); they are listed in the table.`);
  }
  if (v.unmapped.length) {
    const names = v.unmapped.map((x) => x.area.name);
    parts.push(`Not on this map, which shows the boundaries ${v.layout.label}: ${listOf(names)}; ${names.length === 1 ? 'its figure is' : 'their figures are'} in the table.`);
  }
  return parts.join(' ');
}

/** The notes under the map: how to read it, the outlines, the layout's notice. */
export function mapNotes(v: MapView): string[] {
  const out = [
    `Each hexagon is one local authority, the same size whatever its area or population, placed roughly where it is in England. Boundaries ${v.layout.label}.`,
    v.colour === 'band'
      ? 'Colour and letter show the quartile band: A is the best quarter of local authorities, D the worst. A dash marks no value.'
      : v.indicator.polarity === 'none'
        ? 'This indicator has no better or worse direction, so hexagons are shaded by value: darker is higher. A dash marks no value.'
        : 'Hexagons are shaded by value: darker is higher. A dash marks no value.',
  ];
  if (v.selected) out.push(`The selected local authority has a thick outline${v.neighbours ? `; its ${inSentence(v.neighbours.name)} a dashed one` : ''}.`);
  if (v.group) out.push(`The ${v.group.members.length} local authorities of ${inSentence(markedName(v.group))} have a dashed outline; their average is the simple mean of those with a published figure, as the statistical neighbours' average is.`);
  out.push(`${v.layout.notice}.`);
  const qualified = qualifierNote(v.indicator, [v.period]);
  if (qualified) out.push(qualified);
  return out;
}
