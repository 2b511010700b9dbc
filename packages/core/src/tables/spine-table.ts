import type { SpineChart } from '../analysis/spine';
import { verdictLabel } from '../describe/verdict';
import { spinePeriod } from '../describe/spine';
import { makeTable, textCell, valueCell, type TableModel } from '../table';

/** The spine's figures: each indicator's period, the LA, England, the spread of LAs, rank, band and the verdict its marker shows. */
export function spineTable(m: SpineChart): TableModel {
  const rows = m.rows.map((r) => {
    const meta = r.indicator;
    return [
      textCell(meta.label),
      textCell(spinePeriod(r), r.period),
      valueCell(r.value, meta, r.value === null ? r.status ?? 'x' : null),
      valueCell(r.england, meta),
      ...(m.group ? [valueCell(r.group?.mean ?? null, meta, r.group?.mean == null ? 'x' : null)] : []),
      ...[r.worst, r.q25, r.q75, r.best].map((v) => valueCell(v, meta)),
      r.rank === null ? textCell('x', null) : textCell(`${r.rank} of ${r.of}`, r.rank),
      textCell(r.band ?? (meta.polarity === 'none' ? 'no direction' : 'x'), r.band),
      // The marker's shape: better, similar or worse than England (or why not compared); none with no figure.
      r.value === null ? textCell('', null) : textCell(verdictLabel(r.verdict)),
    ];
  });
  return makeTable(
    `${m.area.name} across inclusion indicators, with England and the spread of local authorities`,
    [
      { key: 'indicator', label: 'Indicator' },
      { key: 'period', label: 'Period' },
      { key: 'value', label: 'Value', numeric: true },
      { key: 'england', label: 'England', numeric: true },
      ...(m.group ? [{ key: 'group', label: `${m.group} average`, numeric: true }] : []),
      { key: 'worst', label: 'Worst LA value', numeric: true },
      { key: 'q25', label: '25th percentile', numeric: true },
      { key: 'q75', label: '75th percentile', numeric: true },
      { key: 'best', label: 'Best LA value', numeric: true },
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'band', label: 'Band' },
      { key: 'verdict', label: 'Against England' },
    ],
    rows,
  );
}
