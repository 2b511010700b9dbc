import { checkedDrawing } from './svg';
import { html, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { FigureElement } from './figure-element';
import { SizeController } from './controllers/size-controller';
import { KeyboardController, type ArrowKey } from './controllers/keyboard-controller';
import type { DataTableOptions } from './data-table';
import { layoutWidth, scaleDrawing, textScale } from './text-layout';
import { chartStyles } from './chart.styles';
import { legendStyles } from './legend.styles';
import type { ChartPoint } from './keyboard-nav';

export type { ChartPoint } from './keyboard-nav';
export type { InclusionErrorCode, InclusionErrorDetail } from '@inclusion-dashboard/core';

export interface Drawing {
  node: SVGSVGElement | HTMLElement;
  points: ChartPoint[];
}

/**
 * A figure with a chart: drawn for the element's width and the reader's text size (the size controller), when the
 * draw controller's turn comes, and visited point by point with the keyboard or a pointer (the keyboard
 * controller), T going to a point's row in the data table and back. Subclasses compute and draw.
 *
 * @csspart chart - The chart: focusable, navigated with the keyboard.
 * @csspart readout - The focused or hovered point in words, beside the chart.
 */
export abstract class ChartElement<M> extends FigureElement<M> {
  // Every chart's key, here rather than in each element: the map, whose key is its own, then loads none of the
  // legend's code (the chunk with withLegend), only these few rules.
  static override styles = [...FigureElement.styles, chartStyles, legendStyles];

  @query('.chart') private chartEl?: HTMLElement;

  /** Points that say their own place ("Rank 41 of 150: …", in the ranking and the map) get no second "(41 of 153)". */
  protected pointsGiveTheirPlace = false;

  protected readonly size = new SizeController(this, () => this.chartEl);
  protected readonly keyboard = new KeyboardController(this, {
    chart: () => this.chartEl,
    givesPlace: () => this.pointsGiveTheirPlace,
    groups: () => this.model !== null && this.acrossBy(this.model) !== null,
    arrowTarget: (i, key) => (this.model !== null ? this.arrowTarget(this.model, i, key) : null),
    toRow: (p) => this.toRow(p),
    announce: (text) => { this.announcement = text; },
  });

  /** Draw for this width (a subclass's layout in pure functions, its marks here). */
  protected abstract draw(m: M, width: number): Drawing | null;

  /** What Page Up and Page Down jump by, for the keyboard instructions: the groups the subclass gives its points. */
  protected jumpsBy(_m: M): string {
    return 'ten points at a time';
  }
  /** What Up and Down move between, for the keyboard instructions, or null where they do what Left and Right do. */
  protected acrossBy(_m: M): string | null {
    return null;
  }
  /**
   * Where an arrow key goes from point `i` (−1 when none is focused) in a chart laid out in two dimensions (a map),
   * or null for the usual order. `arrowsBy` says where, for the keyboard instructions.
   */
  protected arrowTarget(_m: M, _i: number, _key: ArrowKey): number | null {
    return null;
  }
  protected arrowsBy(_m: M): string | null {
    return null;
  }
  /** Whether a point is marked `selected`, so that S has somewhere to go. */
  protected hasSelected(_m: M): boolean {
    return false;
  }

  protected override tableOptions(): DataTableOptions {
    return { back: (row) => this.fromRow(row) };
  }

  protected override layoutKey(): string {
    return `${this.size.drawWidth()}|${this.size.spacing}`;
  }

  /** Draws the model into the chart container, scaled for the reader's text size. */
  protected override paint(m: M): Promise<void> | void {
    const el = this.chartEl;
    if (!el) return;
    const width = this.size.drawWidth();
    // A reader who sets a larger default text size gets larger chart text: the chart is laid out for a
    // narrower width and drawn scaled up to fill this one, so it reflows as a narrower chart would.
    const scale = textScale(this.size.textPx, width);
    const d = this.draw(m, layoutWidth(width, this.size.textPx));
    if (!d) return;
    checkedDrawing(d.node);
    if (scale !== 1) scaleDrawing(d.node, scale);
    d.node.setAttribute('aria-hidden', 'true');
    d.node.removeAttribute('aria-label');
    d.node.removeAttribute('aria-description');
    el.replaceChildren(d.node);
    this.keyboard.setPoints(d.points);
  }

  /** T on a point: its row in the data table, opened if it was collapsed. */
  private toRow(p: ChartPoint): boolean {
    const t = this.tableModel;
    const k = t ? this.dataTable.rowOf(t, p) : -1;
    if (k >= 0 && this.focusTableRow(k)) return true;
    this.announcement = 'This point has no row of its own in the data table.';
    return false;
  }

  /** T on a table row: back to its point in the chart. */
  private fromRow(row: number): void {
    const t = this.tableModel;
    if (!t) return;
    const points = this.keyboard.points;
    this.keyboard.fromRow(points.flatMap((p, i) => (this.dataTable.rowOf(t, p) === row ? [i] : [])));
  }

  protected override chart(m: M): TemplateResult {
    const arrows = this.arrowsBy(m);
    const across = this.acrossBy(m);
    return html`
      <div class="chart" part="chart" tabindex="0" role="application" aria-roledescription="interactive chart"
        aria-label="Chart points" aria-describedby="${this.ids}-keys"
        @keydown=${this.keyboard.onKey} @blur=${this.keyboard.onBlur}
        @pointermove=${this.keyboard.onPointer} @pointerdown=${this.keyboard.onPointer} @pointerleave=${this.keyboard.onPointerLeave}></div>
      <p class="readout" part="readout" aria-hidden="true">${this.keyboard.readout}</p>
      <p class="keys" id="${this.ids}-keys">Keyboard: ${arrows ? `use the arrow keys to move ${arrows},` : `use the left and right arrow keys to move from point to point,${across ? ` the up and down arrow keys ${across},` : ''}`} Page Up and Page Down to jump ${this.jumpsBy(m)}, Home and End for the first and last,${this.hasSelected(m) ? ' S for the highlighted area,' : ''} T for the point's row in the data table (T again to come back), and Escape to clear the point. Or point at a mark to read it. The same figures are in the data table below.</p>`;
  }

  protected override exports(m: M): TemplateResult[] {
    const metas = this.sources(m);
    return (['svg', 'png'] as const).map((kind) => html` <button class="export-button" type="button" @click=${() => this.download((x) => x.downloadChart(this.chartEl,
      { title: this.heading(m), subtitle: this.subtitle(m), alt: this.describe(m), source: x.sourceLine(metas), fileName: this.fileName(m) }, kind))}>Download the chart (${kind.toUpperCase()})</button>`);
  }
}
