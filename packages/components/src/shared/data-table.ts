import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { STATUS_KEY, sortRows, type TableModel } from '@inclusion-dashboard/core';
import type { ChartPoint } from './keyboard-nav';
import { queueDraw } from './draw-queue';
import { tableRows } from './table-rows';

/**
 * Rows rendered per turn of the page-wide queue. A ranking's 153 rows in one render took 15 to 30 ms, more on a
 * busy machine: the rest of the table follows in later turns, after the chart has had its own.
 */
export const ROWS_PER_TURN = 50;

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
  /** How many rows are rendered; the rest wait for a later turn. */
  private shown = ROWS_PER_TURN;
  private rowCount = 0;
  private growing = false;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly opts: DataTableOptions = {}) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Ask for the next rows, a turn at a time, until every row is rendered. */
  hostUpdated(): void {
    if (this.shown >= this.rowCount) {
      for (const done of this.waiting.splice(0)) done();
      return;
    }
    if (this.growing) return;
    this.growing = true;
    queueDraw(() => {
      this.growing = false;
      this.shown += ROWS_PER_TURN;
      this.host.requestUpdate();
    });
  }

  /** A new model starts unsorted, with its first rows. */
  reset(): void {
    this.sortBy = null;
    this.shown = ROWS_PER_TURN;
  }

  /** Resolves once every row of the table is rendered. */
  complete(): Promise<void> {
    return this.shown >= this.rowCount ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  render(t: TableModel): TemplateResult {
    this.rowCount = t.rows.length;
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
  focusRow(k: number, retry = true): boolean {
    const root = this.host.shadowRoot;
    if (!root) return false;
    const details = root.querySelector<HTMLDetailsElement>('details:not(.definitions)');
    if (details && !details.open) details.open = true;
    const row = root.querySelector<HTMLElement>(`tbody tr[data-row="${k}"]`);
    if (!row && retry && k < this.rowCount) {
      // Asked for before the last rows arrived (or before an update that adds them ran): every row now, then the row.
      this.shown = this.rowCount;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.focusRow(k, false));
      return true;
    }
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
    const sorted = this.sortBy ? sortRows(t.rows, this.sortBy.column, this.sortBy.direction) : t.rows;
    const rows = sorted.length > this.shown ? sorted.slice(0, this.shown) : sorted;
    return html`
      <div class="table-wrap">
        <table part="table" @keydown=${this.opts.back ? this.onKey : nothing}>
          <caption class=${this.opts.captionHidden ? 'visually-hidden' : nothing}>${t.caption}</caption>
          <thead><tr>${t.columns.map((c, i) => html`
            <th scope="col" class=${c.numeric ? 'num' : ''} aria-sort=${this.sortBy?.column === i ? this.sortBy.direction : 'none'}>
              <button class="sort" type="button" @click=${() => this.sort(i)}>${c.label}</button>
            </th>`)}</tr></thead>
          <tbody ${tableRows(t, rows, order)}></tbody>
        </table>
      </div>
      ${t.statuses.length ? html`<dl class="key" aria-label="Key to symbols">${t.statuses.map((s) => html`<dt>${s}</dt><dd>${STATUS_KEY[s]}</dd>`)}</dl>` : nothing}
    `;
  }
}
