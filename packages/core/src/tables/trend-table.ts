import type { Trend } from '../analysis/trend';
import { trendCells, trendMarkerGroups, trendPeriods, trendSpan } from '../describe/trend';
import { periodLabel } from '../periods';
import { makeTable, textCell, valueCell, type TableCell, type TableColumn, type TableModel } from '../table';

/** Every period on the axis, a column per series, the LA's interval if shown, and a note where a break falls. */
export function trendTable(t: Trend, { intervals = false } = {}): TableModel {
  const m = t.indicator;
  const periods = trendPeriods(t);
  const rows = t.series.map((s) => trendCells(s, periods));
  const own = rows[0];
  const showCi = intervals && own.some((r) => r.lo !== null);
  const groups = trendMarkerGroups(t.markers, periods);
  const columns: TableColumn[] = [
    { key: 'period', label: 'Period' },
    ...t.series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
  ];
  if (showCi) columns.push({ key: 'lo', label: 'Lower 95% limit', numeric: true }, { key: 'hi', label: 'Upper 95% limit', numeric: true });
  if (groups.length) columns.push({ key: 'note', label: 'Note' });
  const body = periods.map((p, i): TableCell[] => {
    const cells = [textCell(periodLabel(p), p), ...rows.map((r) => valueCell(r[i].value, m, r[i].status))];
    if (showCi) cells.push(...[own[i].lo, own[i].hi].map((v) => (v === null ? textCell('', null) : valueCell(v, m))));
    if (groups.length) cells.push(textCell(groups.find((g) => g.i === i)?.text ?? ''));
    return cells;
  });
  return makeTable(`${m.label}, ${t.area.name} and comparators, ${trendSpan(t)} (${m.unitLabel})`, columns, body);
}
