import type { RankingChart } from '../analysis/ranking';
import { FUNNEL_SIDE_TEXT } from '../describe/ranking';
import { formatNumber, formatValue } from '../format';
import { markedName } from '../describe/group';
import { makeTable, textCell, valueCell, type TableCell, type TableColumn, type TableModel } from '../table';

/** Every LA's rank, value and band, with its counts and place against the limits in a funnel plot. */
export function rankingTable(m: RankingChart): TableModel {
  const r = m.ranking;
  const meta = r.indicator;
  const banded = meta.polarity !== 'none';
  const funnel = m.funnel ? new Map(m.funnel.points.map((p) => [p.row.area.code, p] as const)) : null;
  const count = (n: number | null): TableCell => (n === null
    ? { text: 'x', sort: null, csv: 'x', status: 'x' }
    : { text: formatNumber(n, 0), sort: n, csv: String(n) });
  const columns: TableColumn[] = [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'area', label: 'Local authority' },
    { key: 'region', label: 'Region' },
    { key: 'value', label: 'Value', numeric: true },
    ...(banded ? [{ key: 'band', label: 'Band' }] : []),
    ...(r.group ? [{ key: 'group', label: markedName(r.group) }] : []),
    ...(funnel ? [
      { key: 'numerator', label: 'Numerator', numeric: true },
      { key: 'denominator', label: 'Denominator', numeric: true },
      { key: 'limits', label: 'Against the control limits' },
    ] : []),
  ];
  const rows = r.rows.map((x) => {
    const p = funnel?.get(x.area.code);
    return [
      x.rank === null ? textCell('Not ranked', null) : textCell(String(x.rank), x.rank),
      textCell(x.area.name),
      textCell(x.area.regionName ?? ''),
      valueCell(x.value, meta, x.status),
      ...(banded ? [x.band ? textCell(x.band) : textCell('No band', null)] : []),
      ...(r.group ? [textCell(x.member ? 'In the group' : '', x.member ? 1 : 0)] : []),
      ...(funnel ? [count(x.numerator), count(x.denominator), p ? textCell(FUNNEL_SIDE_TEXT[p.side]) : textCell('Not in the funnel', null)] : []),
    ];
  });
  const where = r.region ? `${r.region.name} local authorities` : 'Local authorities';
  // England's line is drawn on the chart, so its figure is in the caption.
  const england = r.england?.value != null ? `. England: ${formatValue(r.england.value, meta)}` : '';
  return makeTable(`${meta.label}: ${where} ranked, ${r.periodLabel} (${meta.unitLabel})${england}`, columns, rows, 1);
}
