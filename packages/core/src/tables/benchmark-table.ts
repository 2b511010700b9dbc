import type { Benchmark } from '../benchmark';
import { groupAverageName, neighbourAverageName } from '../describe/group';
import { tileFacts } from '../describe/benchmark';
import { makeTable, textCell, valueCell, type TableCell, type TableColumn, type TableModel } from '../table';

/** The rows of a benchmark chart: the area, optionally each neighbour, the neighbour average, region and England. */
export function benchmarkRows(b: Benchmark, eachNeighbour: boolean) {
  const rows: { key: string; label: string; value: number | null; status: Benchmark['status']; selected: boolean }[] = [
    { key: 'area', label: b.area.name, value: b.value, status: b.status, selected: true },
  ];
  if (eachNeighbour) {
    for (const n of b.neighbours.values) rows.push({ key: `n${n.rank}`, label: n.name, value: n.value, status: n.status, selected: false });
  }
  // Named LAs are shown each (the reader chose them); a region's LAs only when each neighbour is.
  const g = b.group;
  if (g && (g.kind === 'named' || eachNeighbour)) {
    g.values.forEach((v, i) => { if (v.code !== b.area.code) rows.push({ key: `g${i}`, label: v.name, value: v.value, status: v.status, selected: false }); });
  }
  if (b.neighbours.values.length) {
    rows.push({ key: 'neighbours', label: neighbourAverageName(b.neighbours.model, b.neighbourLabel), value: b.neighbours.mean, status: b.neighbours.mean === null ? 'x' : null, selected: false });
  }
  if (g) rows.push({ key: 'group', label: groupAverageName(g), value: g.mean, status: g.mean === null ? 'x' : null, selected: false });
  if (b.region) rows.push({ key: 'region', label: b.region.name, value: b.region.value, status: b.region.status, selected: false });
  if (b.england && b.area.level !== 'National') rows.push({ key: 'england', label: 'England', value: b.england.value, status: b.england.status, selected: false });
  return rows;
}

/**
 * The area's and its comparators' values. With `facts` (the tile, which shows them), the area's row also has the
 * verdict, rank, band and change, so the table holds everything the tile says.
 */
export function benchmarkTable(b: Benchmark, eachNeighbour: boolean, { facts = false } = {}): TableModel {
  const m = b.indicator;
  const extra = facts ? tileFacts(b).filter((f) => ['verdict', 'rank', 'band', 'travel'].includes(f.key)) : [];
  const columns: TableColumn[] = [
    { key: 'area', label: 'Area' }, { key: 'value', label: 'Value', numeric: true },
    ...extra.map((f) => ({ key: f.key, label: f.key === 'verdict' ? 'Against England' : f.key === 'rank' ? 'Rank' : f.key === 'band' ? 'Quartile band' : f.term })),
  ];
  const cellOf = (f: (typeof extra)[number]): TableCell => (f.key === 'rank' ? textCell(f.text, b.rank) : textCell(f.text));
  return makeTable(
    `${m.label}, ${b.area.name} and comparators, ${b.periodLabel} (${m.unitLabel})`,
    columns,
    benchmarkRows(b, eachNeighbour).map((r) => [
      textCell(r.label), valueCell(r.value, m, r.status),
      ...extra.map((f) => (r.key === 'area' ? cellOf(f) : textCell('', null))),
    ]),
  );
}
