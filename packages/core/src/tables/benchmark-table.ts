import type { Benchmark } from '../benchmark';
import { groupAverageName, neighbourAverageName } from '../describe/group';
import { makeTable, textCell, valueCell, type TableModel } from '../table';

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

export function benchmarkTable(b: Benchmark, eachNeighbour: boolean): TableModel {
  const m = b.indicator;
  return makeTable(
    `${m.label}, ${b.area.name} and comparators, ${b.periodLabel} (${m.unitLabel})`,
    [{ key: 'area', label: 'Area' }, { key: 'value', label: 'Value', numeric: true }],
    benchmarkRows(b, eachNeighbour).map((r) => [textCell(r.label), valueCell(r.value, m, r.status)]),
  );
}
