import type { RegionsOverview } from '../analysis/regions';
import { formatChange } from '../format';
import { makeTable, textCell, valueCell, type TableModel } from '../table';

export function regionsTable(r: RegionsOverview): TableModel {
  const m = r.indicator;
  const e = r.england?.value ?? null;
  const diff = (v: number | null) => (v === null || e === null ? textCell('', null) : { ...textCell(formatChange(v - e, m, { unit: false }), v - e), csv: (v - e).toFixed(m.decimals) });
  return makeTable(
    `${m.label} by region, ${r.periodLabel} (${m.unitLabel})`,
    [{ key: 'area', label: 'Area' }, { key: 'value', label: 'Value', numeric: true }, { key: 'diff', label: m.unit === 'percent' ? 'Difference from England (percentage points)' : 'Difference from England', numeric: true }],
    [
      ...(r.england ? [[textCell('England'), valueCell(r.england.value, m, r.england.status), textCell('', null)]] : []),
      ...r.regions.map((x) => [textCell(x.name), valueCell(x.value, m, x.status), diff(x.value)]),
    ],
  );
}
