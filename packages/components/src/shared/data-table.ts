import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { STATUS_KEY, formatStatus, sortRows, type TableModel } from '@inclusion-dashboard/core';
import type { ChartPoint } from './keyboard-nav';

export interface DataTableOptions {
  /** The caption is for screen readers only where a title above already says it (the table element). */
  captionHidden?: boolean;
  /** Shown open rather than behind "Show the data as a table". */
  open?: boolean;
  /** T on a row: back to the chart, with the row's index in the table model. */
  back?: (row: number) => void;
}

/**
 * The data table every element shows (a chart's text alternative, the tile's figures, the table element itself):
 * sortable by any column, with status symbols and their key, and CSV download. A component the elements compose.
 */
export class DataTable implements ReactiveController {
  private sortBy: { column: number; direction: 'ascending' | 'descending' } | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly opts: DataTableOptions = {}) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new model starts unsorted. */
  reset(): void {
    this.sortBy = null;
  }

  render(t: TableModel): TemplateResult {
    return this.opts.open ? this.table(t) : html`
      <details>
        <summary>Show the data as a table</summary>
        ${this.table(t)}
      </details>`;
  }

  /** The row of `t` that point `p` stands for: its own, else the row whose header its words name (the longest). */
  rowOf(t: TableModel, p: ChartPoint): number {
    if (p.row !== undefined) return p.row;
    let best = -1;
    t.rows.forEach((r, k) => {
      const name = r[t.rowHeader]?.text ?? '';
      if (name && p.text.includes(name) && (best < 0 || name.length > (t.rows[best][t.rowHeader]?.text.length ?? 0))) best = k;
    });
    return best;
  }

  /** Opens the table if it is collapsed and moves focus to row `k` of the model; false if there is none. */
  focusRow(k: number): boolean {
    const root = this.host.shadowRoot;
    if (!root) return false;
    const details = root.querySelector<HTMLDetailsElement>('details:not(.definitions)');
    if (details && !details.open) details.open = true;
    const row = root.querySelector<HTMLElement>(`tbody tr[data-row="${k}"]`);
    if (!row) return false;
    // Focusable by script only, so the rows stay out of the Tab order.
    row.tabIndex = -1;
    row.scrollIntoView({ block: 'nearest' });
    row.focus();
    return true;
  }

  private sort(column: number): void {
    const cur = this.sortBy;
    const direction = cur?.column === column && cur.direction === 'ascending' ? 'descending' : 'ascending';
    this.sortBy = { column, direction };
    this.host.requestUpdate();
  }

  /** T on a row (one listener for the table, not one a row): back to the chart. */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 't' && e.key !== 'T') return;
    const row = (e.target as Element).closest?.('tbody tr[data-row]');
    if (!row || !this.opts.back) return;
    e.preventDefault();
    this.opts.back(Number(row.getAttribute('data-row')));
  };

  private table(t: TableModel): TemplateResult {
    const order = new Map(t.rows.map((r, k) => [r, k]));
    const rows = this.sortBy ? sortRows(t.rows, this.sortBy.column, this.sortBy.direction) : t.rows;
    return html`
      <div class="table-wrap">
        <table part="table" @keydown=${this.opts.back ? this.onKey : nothing}>
          <caption class=${this.opts.captionHidden ? 'visually-hidden' : nothing}>${t.caption}</caption>
          <thead><tr>${t.columns.map((c, i) => html`
            <th scope="col" class=${c.numeric ? 'num' : ''} aria-sort=${this.sortBy?.column === i ? this.sortBy.direction : 'none'}>
              <button class="sort" type="button" @click=${() => this.sort(i)}>${c.label}</button>
            </th>`)}</tr></thead>
          <tbody>${rows.map((r) => html`<tr data-row=${order.get(r) ?? -1}>${r.map((cell, i) => i === t.rowHeader
            ? html`<th scope="row">${cell.text}</th>`
            : html`<td class=${t.columns[i]?.numeric ? 'num' : ''} data-status-text=${cell.status ? formatStatus(cell.status) : nothing}>${cell.text}</td>`)}</tr>`)}</tbody>
        </table>
      </div>
      ${t.statuses.length ? html`<dl class="key" aria-label="Key to symbols">${t.statuses.map((s) => html`<dt>${s}</dt><dd>${STATUS_KEY[s]}</dd>`)}</dl>` : nothing}
    `;
  }
}
