import type { BreakdownChart, BreakdownRow } from '../analysis/breakdowns';
import { breakdownTitle, groupLabel } from '../describe/breakdown';
import { verdictLabel } from '../describe/verdict';
import { makeTable, textCell, valueCell, type TableCell, type TableModel } from '../table';

/** The breakdown's figures: each group's value for the area (with its interval, if shown), England's, and the verdict the summary gives. */
export function breakdownTable(m: BreakdownChart, { intervals = false } = {}): TableModel {
  const meta = m.indicator;
  const ci = intervals && !m.alone && m.rows.some((r) => r.ci95);
  const ciCell = (r: BreakdownRow, i: 0 | 1): TableCell => (r.ci95 ? valueCell(r.ci95[i], meta) : textCell('x', null));
  const rows = m.rows.map((r) => [
    textCell(groupLabel(meta, r.breakdown)),
    ...(m.alone ? [] : [valueCell(r.value, meta, r.status)]),
    ...(ci ? [ciCell(r, 0), ciCell(r, 1)] : []),
    valueCell(r.england, meta, r.englandStatus),
    ...(m.alone ? [] : [r.value === null ? textCell('', null) : textCell(verdictLabel(r.verdict))]),
  ]);
  return makeTable(
    `${breakdownTitle(meta)}, ${m.alone ? 'England' : `${m.area.name} and England`}, ${m.periodLabel} (${meta.unitLabel})`,
    [
      { key: 'group', label: 'Group' },
      ...(m.alone ? [] : [{ key: 'value', label: `${m.area.name} value`, numeric: true }]),
      ...(ci ? [{ key: 'lower', label: '95% CI lower', numeric: true }, { key: 'upper', label: '95% CI upper', numeric: true }] : []),
      { key: 'england', label: 'England value', numeric: true },
      ...(m.alone ? [] : [{ key: 'verdict', label: 'Against England' }]),
    ],
    rows,
  );
}
