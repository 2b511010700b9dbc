import type { MapHex, MapView } from '../analysis/map';
import { formatValue } from '../format';
import { makeTable, textCell, valueCell, type TableModel } from '../table';

/** The map's table alternative: every hex's LA, with its region, value, rank and band, in rank order. */
export function mapTable(v: MapView): TableModel {
  const meta = v.indicator;
  const banded = meta.polarity !== 'none';
  type Row = Pick<MapHex, 'area' | 'value' | 'status' | 'rank' | 'band' | 'selected' | 'neighbour'> & { mapped: boolean };
  const rows: Row[] = [...v.hexes.map((h) => ({ ...h, mapped: true })), ...v.unmapped.map((x) => ({ ...x, neighbour: false, mapped: false }))]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.area.name < b.area.name ? -1 : 1));
  const columns = [
    { key: 'area', label: 'Local authority' },
    { key: 'region', label: 'Region' },
    { key: 'value', label: 'Value', numeric: true },
    { key: 'rank', label: 'Rank', numeric: true },
    ...(banded ? [{ key: 'band', label: 'Band' }] : []),
    { key: 'outline', label: 'On the map' },
  ];
  const cells = rows.map((h) => [
    textCell(h.area.name),
    textCell(h.area.regionName ?? ''),
    valueCell(h.value, meta, h.status),
    h.rank === null ? textCell('Not ranked', null) : textCell(String(h.rank), h.rank),
    ...(banded ? [h.band ? textCell(h.band) : textCell('No band', null)] : []),
    textCell(!h.mapped ? 'Not on this map' : h.selected ? 'Selected' : h.neighbour ? (v.group ? `In ${v.group.label}` : `Statistical neighbour (${v.neighbours?.model} model)`) : ''),
  ]);
  // The legend gives England's figure, so the caption does too.
  const england = v.england?.value != null ? `. England: ${formatValue(v.england.value, meta)}` : '';
  return makeTable(`${meta.label} by local authority, ${v.periodLabel} (${meta.unitLabel})${england}`, columns, cells, 0);
}
