import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queueDraw } from '../draw-queue';

export interface DrawOptions<M> {
  /** The model to draw now, if any. */
  model(): M | null;
  /** What the drawing depends on besides the model (width, text settings): a change redraws. */
  layoutKey(): string;
  /** Code the drawing loads on demand and has not yet (Plot): the draw waits for it. */
  code(): Promise<void> | null;
  /** Draws; a long chart drawn part by part resolves when the last part is in. */
  paint(model: M): Promise<void> | void;
  /** The first drawing of a model is on screen. */
  drawn(model: M): void;
  /** The code did not load (`code`), or the drawing threw (`draw`). */
  failed(model: M, e: unknown, stage: 'code' | 'draw'): void;
}

/**
 * Draw scheduling: after an update, a drawing is queued (page-wide, so sixty charts never make a long task) when
 * the model or the layout changed, and skipped if the view moved on while it waited.
 */
export class DrawController<M> implements ReactiveController {
  private last: { model: M; key: string } | null = null;
  /** The model whose drawing has been announced: once per model, however often it is redrawn. */
  private drawnFor: M | null = null;

  constructor(host: ReactiveControllerHost, private readonly opts: DrawOptions<M>) {
    host.addController(this);
  }

  hostUpdated(): void {
    const m = this.opts.model();
    if (!m) return;
    const key = this.opts.layoutKey();
    if (this.last?.model === m && this.last.key === key) return;
    const now = (this.last = { model: m, key });
    const code = this.opts.code();
    if (code) {
      code.then(() => { if (this.last === now) this.queue(m, now); }, (e: unknown) => { if (this.last === now) this.opts.failed(m, e, 'code'); });
    } else {
      this.queue(m, now);
    }
  }

  private queue(m: M, now: { model: M; key: string }): void {
    queueDraw(() => {
      // The view may have moved on while this waited its turn.
      if (this.last !== now) return;
      const finished = () => {
        if (this.last !== now || this.drawnFor === m) return;
        this.drawnFor = m;
        this.opts.drawn(m);
      };
      let done: Promise<void> | void;
      try {
        done = this.opts.paint(m);
      } catch (e) {
        this.opts.failed(m, e, 'draw');
        return;
      }
      if (done) done.then(finished, (e: unknown) => { if (this.last === now) this.opts.failed(m, e, 'draw'); });
      else finished();
    }, { alone: true });
  }
}
