import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BASE_TEXT_PX } from '../text-layout';

/**
 * The width to draw for and the reader's text settings. A reader's text-spacing style or larger default text
 * changes layout, so a change of either asks for a redraw, as a change of width does. Read when the size changes,
 * or at the first draw if that comes sooner; not in every draw, and not when the element is added (computing
 * styles then, sixty elements at a time, would make the page's own task long).
 */
export class SizeController implements ReactiveController {
  width = 0;
  private key = '';
  private px = BASE_TEXT_PX;
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
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** The width to lay out for: what the element has, or a default before it is on screen. */
  drawWidth(): number {
    return Math.max(240, this.width || this.host.clientWidth || 640);
  }

  /** Letter and word spacing where the chart's text is, and the text size, as one key. */
  get spacing(): string {
    if (!this.key) this.readText(false);
    return this.key;
  }

  /** The element's text size in px: the chart's text is scaled with it. */
  get textPx(): number {
    if (!this.key) this.readText(false);
    return this.px;
  }

  private readText(update = true): void {
    const cs = getComputedStyle(this.textAt() ?? this.host);
    const px = parseFloat(getComputedStyle(this.host).fontSize) || BASE_TEXT_PX;
    const key = `${cs.letterSpacing}|${cs.wordSpacing}|${px}`;
    if (key === this.key) return;
    const first = !this.key;
    this.px = px;
    this.key = key;
    // A first reading taken for a draw is that draw's; one taken later may differ from what was drawn.
    if (update || !first) this.host.requestUpdate();
  }
}
