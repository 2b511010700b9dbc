import { plural } from '../format';
import type { TableModel } from '../table';

/** The table element's subtitle. */
export function tableSubtitle(t: TableModel): string {
  return `${plural(t.rows.length, 'row', 'rows')}. Select a column heading to sort.`;
}

/** The table element's summary: its size, its columns, and how many cells have no value. */
export function describeTable(t: TableModel): string {
  const missing = t.rows.flat().filter((c) => c.status).length;
  return `A table of ${plural(t.rows.length, 'row', 'rows')} and ${plural(t.columns.length, 'column', 'columns')}: ${t.columns.map((c) => c.label).join(', ')}.${missing ? ` ${plural(missing, 'cell has', 'cells have')} no value; the key explains each symbol.` : ''}`;
}
