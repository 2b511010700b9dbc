import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { formatStatus, type TableModel } from '@inclusion-dashboard/core';

type Row = TableModel['rows'][number];

/**
 * The body rows of a data table, built with plain DOM calls (text as text, never markup) and kept per row, so a
 * re-sort moves rows instead of making them again. A template per row and per cell made six template instances a
 * row: a ranking's 153 rows took 10 ms or more to render that way, in one task.
 */
class TableRows extends Directive {
  private made = new WeakMap<Row, HTMLTableRowElement>();
  private model: TableModel | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('tableRows() belongs on a <tbody>');
  }

  render(_t: TableModel, _rows: readonly Row[], _index: ReadonlyMap<Row, number>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [t, rows, index]: [TableModel, readonly Row[], ReadonlyMap<Row, number>]): unknown {
    if (t !== this.model) {
      this.model = t;
      this.made = new WeakMap();
    }
    const body = part.element;
    const want = rows.map((r) => this.made.get(r) ?? this.make(t, r, index.get(r) ?? -1));
    const have = body.children;
    // Most updates only add rows at the end (a long table arrives a turn at a time): leave the rest in place.
    let same = 0;
    while (same < have.length && same < want.length && have[same] === want[same]) same++;
    if (same === have.length) body.append(...want.slice(same));
    else body.replaceChildren(...want);
    return noChange;
  }

  private make(t: TableModel, r: Row, k: number): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.setAttribute('data-row', String(k));
    r.forEach((cell, i) => {
      const c = document.createElement(i === t.rowHeader ? 'th' : 'td');
      if (i === t.rowHeader) c.setAttribute('scope', 'row');
      else {
        c.className = t.columns[i]?.numeric ? 'num' : '';
        if (cell.status) c.setAttribute('data-status-text', formatStatus(cell.status));
      }
      c.textContent = cell.text;
      tr.append(c);
    });
    this.made.set(r, tr);
    return tr;
  }
}

/** `<tbody ${tableRows(t, rows, index)}>`: the rows of `t` in the order given; `index` is each row's place in `t`. */
export const tableRows = directive(TableRows);
