import { property } from 'lit/decorators.js';
import {
  UsageError, describeTable, findIndicator, regionsOverview, regionsTable, tableSubtitle, type ExtractSet, type TableModel,
} from '@inclusion-dashboard/core';
import { FigureElement } from '../shared/figure-element';
import type { Loaded } from '../shared/controllers/load-controller';
import type { DataTableOptions } from '../shared/data-table';
import { tableStyles } from './inclusion-table.styles';

/**
 * Data table: the numbers behind any chart, sortable, with status symbols, a key and CSV download.
 * `for="id"` shows the table of another element on the page (and follows it when it changes);
 * `view="regions"` shows England and the nine regions for an indicator, the national overview.
 *
 * @attr for - The id of a chart element whose numbers to show.
 * @attr view - `regions` for England and the regions (with `src`, `indicator`, `period`, `breakdown`).
 * @csspart figure - The figure.
 * @csspart title - The title (the table's caption).
 * @csspart summary - The summary.
 * @csspart table - The table.
 * @fires inclusion-ready - When the table has its data.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionTable extends FigureElement<TableModel> {
  static override styles = [...FigureElement.styles, tableStyles];

  @property() for = '';
  @property() view = 'regions';

  /** Bumped when the element we follow redraws, to reload. */
  @property({ attribute: false }) revision = 0;

  private followed: Element | null = null;
  private readonly onSourceReady = () => { this.revision++; };

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'for', 'view', 'revision'];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.follow(null);
  }

  private follow(el: Element | null): void {
    if (el === this.followed) return;
    this.followed?.removeEventListener('inclusion-ready', this.onSourceReady);
    this.followed = el;
    el?.addEventListener('inclusion-ready', this.onSourceReady);
  }

  protected override ready(): boolean {
    return this.for ? true : super.ready();
  }

  /** Open, and its title already says what the caption says, so the caption is for screen readers only. */
  protected override tableOptions(): DataTableOptions {
    return { open: true, captionHidden: true };
  }

  protected override async fetchModel(signal: AbortSignal): Promise<Loaded<TableModel>> {
    if (!this.for) return super.fetchModel(signal);
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.for) as (Element & { tableModel?: TableModel | null }) | null;
    if (!target || !('tableModel' in target)) {
      throw new UsageError('unknown-target', `No chart with id "${this.for}" on this page.`);
    }
    this.follow(target);
    const t = target.tableModel;
    if (t) return { model: t, set: null };
    // Not drawn yet: the ready event bumps `revision`, which loads again.
    return new Promise<Loaded<TableModel>>(() => {});
  }

  protected compute(set: ExtractSet): TableModel {
    if (this.view !== 'regions') throw new UsageError('unknown-view', `Unknown view "${this.view}": use view="regions" or for="id".`);
    const { data, indicator, breakdown } = findIndicator(set, this.indicator, this.breakdown);
    return regionsTable(regionsOverview(data, set.areas, { indicator, period: this.period || undefined, breakdown }));
  }

  protected heading(t: TableModel): string {
    return t.caption;
  }

  protected subtitle(t: TableModel): string {
    return tableSubtitle(t);
  }

  protected describe(t: TableModel): string {
    return describeTable(t);
  }

  protected table(t: TableModel): TableModel {
    return t;
  }
}
