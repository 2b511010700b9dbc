import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { svgElement } from '../svg';
import { across, jump, nearestPoint, type ChartPoint } from '../keyboard-nav';

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface KeyboardOptions {
  /** The focusable chart container holding the drawing. */
  chart(): HTMLElement | null | undefined;
  /** Points that say their own place ("Rank 41 of 150: …") get no second "(41 of 153)". */
  givesPlace(): boolean;
  /** Whether Up and Down move between groups rather than doing what Left and Right do. */
  groups(): boolean;
  /** Where an arrow key goes from point `i` in a chart laid out in two dimensions, or null for the usual order. */
  arrowTarget(i: number, key: ArrowKey): number | null;
  /** Moves focus to point `p`'s row in the data table; false when it has none. */
  toRow(p: ChartPoint): boolean;
  /** Says a move in the polite live region. */
  announce(text: string): void;
}

/**
 * Keyboard and pointer navigation of a chart's marks: arrows, Page Up and Down, Home and End, S for the selected
 * area, Escape, T to the point's row in the data table (and back, by `fromRow`), with a focus ring drawn in the
 * chart's own SVG and the point in words (the readout).
 */
export class KeyboardController implements ReactiveController {
  points: ChartPoint[] = [];
  focusIndex = -1;
  /** The focused or hovered point in words, shown beside the chart. */
  readout = '';
  /** The point T left from, to come back to. */
  private left = -1;

  constructor(private readonly host: ReactiveControllerHost, private readonly opts: KeyboardOptions) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new drawing: its points, with the focus kept in range and its ring redrawn. */
  setPoints(points: ChartPoint[]): void {
    this.points = points;
    if (this.focusIndex >= points.length) this.focusIndex = points.length - 1;
    this.showFocus();
  }

  readonly onKey = (e: KeyboardEvent): void => {
    const n = this.points.length;
    if (!n) return;
    let i = this.focusIndex;
    const next = i < 0 ? 0 : Math.min(n - 1, i + 1);
    const previous = i < 0 ? 0 : Math.max(0, i - 1);
    const own = /^Arrow(Left|Right|Up|Down)$/.test(e.key) ? this.opts.arrowTarget(i, e.key as ArrowKey) : null;
    if (own !== null) i = own;
    else switch (e.key) {
      case 'ArrowRight': i = next; break;
      case 'ArrowLeft': i = previous; break;
      case 'ArrowDown': i = this.opts.groups() ? across(this.points, i, 1) : next; break;
      case 'ArrowUp': i = this.opts.groups() ? across(this.points, i, -1) : previous; break;
      case 'PageDown': i = jump(this.points, i, 1); break;
      case 'PageUp': i = jump(this.points, i, -1); break;
      case 's': case 'S': {
        const k = this.points.findIndex((p) => p.selected);
        if (k < 0) return;
        i = k;
        break;
      }
      case 't': case 'T': {
        const p = this.points[i];
        if (!p) return;
        e.preventDefault();
        if (this.opts.toRow(p)) this.left = i;
        return;
      }
      case 'Home': i = 0; break;
      case 'End': i = n - 1; break;
      case 'Escape':
        // Clears the point; keyboard focus stays on the chart, so a screen-reader user keeps their place.
        if (this.focusIndex < 0) return;
        e.preventDefault();
        this.point(-1);
        this.opts.announce('No point selected.');
        return;
      default: return;
    }
    e.preventDefault();
    this.point(i);
    this.opts.announce(this.readout);
  };

  /** Back from a table row to the chart: the point T left from if it is in `candidates`, else the first of them. */
  fromRow(candidates: number[]): void {
    const i = candidates.includes(this.left) ? this.left : candidates[0];
    if (i === undefined) return;
    this.opts.chart()?.focus();
    this.point(i);
    this.opts.announce(this.readout);
  }

  readonly onBlur = (): void => {
    this.point(-1);
  };

  /** Pointer users read a point by hovering or tapping: the nearest within 12 px, a 24 by 24 px target. */
  readonly onPointer = (e: PointerEvent): void => {
    const chart = this.opts.chart();
    const svg = chart?.querySelector('svg');
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm || !this.points.length) return;
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const reach = 12 / (Math.hypot(ctm.a, ctm.b) || 1);
    const i = nearestPoint(this.points, at.x, at.y, reach);
    // Off every point, a point chosen with the keyboard stays chosen.
    if (i >= 0 ? i !== this.focusIndex : !this.focused() && this.focusIndex >= 0) this.point(i);
  };

  readonly onPointerLeave = (): void => {
    if (!this.focused()) this.point(-1);
  };

  private focused(): boolean {
    const chart = this.opts.chart();
    return !!chart && (chart.getRootNode() as ShadowRoot).activeElement === chart;
  }

  /** Shows point i (or none) with its ring and, beside the chart, in words: what the live region says too. */
  private point(i: number): void {
    const n = this.points.length;
    this.focusIndex = i;
    const p = this.points[i];
    // The point's own words, and its place unless they give one already.
    this.readout = !p ? '' : this.opts.givesPlace() ? p.text : `${p.text} (${i + 1} of ${n})`;
    this.host.requestUpdate();
    this.showFocus();
  }

  /** Draws (or clears) the ring round the focused point, inside the chart's own SVG. */
  private showFocus(): void {
    const svg = this.opts.chart()?.querySelector('svg');
    if (!svg) return;
    svg.querySelector('g.focus-layer')?.remove();
    const p = this.points[this.focusIndex];
    if (!p) return;
    // A bar's ring goes round the bar: its halo (7 px) inside the bar's top and bottom, so it reaches no name above
    // or below, and 3.5 px past its end, short of the value label 6 px on. A dot's ring goes round the dot.
    const b = p.box;
    const h = b ? Math.max(0, b.height - 7) : 0;
    svg.append(svgElement('g', { class: 'focus-layer' },
      ...['focus-ring-halo', 'focus-ring'].map((cls) => b
        ? svgElement('rect', { class: cls, x: b.x, y: b.y + (b.height - h) / 2, width: b.width, height: h })
        : svgElement('circle', { class: cls, cx: p.x, cy: p.y, r: 9 }))));
  }
}
