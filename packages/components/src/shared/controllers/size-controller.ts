import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BASE_TEXT_PX } from '../text-layout';

/**
 * The width to draw for and the reader's text settings. A reader's text-spacing style or larger default text
 * changes layout, so a change of either asks for a redraw, as a change of width does. Read when the size changes,
 * not in every draw.
 */
export class SizeController implements ReactiveController {
  width = 0;
  /** Letter and word spacing where the chart's text is, and the text size, as one key. */
  spacing = '';
  /** The element's text size in px: the chart's text is scaled with it. */
  textPx = BASE_TEXT_PX;
  private resize?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly textAt: () => Element | null | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Coalesce bursts of resize events into one redraw per frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (w && w !== this.width) {
          this.width = w;
          this.host.requestUpdate();
        }
        this.readText();
      });
    });
    this.resize.observe(this.host);
    // Known now, so the first draw is not redone when the observer first reports.
    this.readText();
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** The width to lay out for: what the element has, or a default before it is on screen. */
  drawWidth(): number {
    return Math.max(240, this.width || this.host.clientWidth || 640);
  }

  private readText(): void {
    const cs = getComputedStyle(this.textAt() ?? this.host);
    const px = parseFloat(getComputedStyle(this.host).fontSize) || BASE_TEXT_PX;
    const key = `${cs.letterSpacing}|${cs.wordSpacing}|${px}`;
    if (key === this.spacing) return;
    this.textPx = px;
    this.spacing = key;
    this.host.requestUpdate();
  }
}
