import { isServer, type ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './draw-queue';

/**
 * A figure's parts below its first screen (the data table, download, notes, definitions and source) are rendered
 * a frame after the figure first shows. The first use on a page of each kind of element (a table, details, buttons,
 * links) costs the browser 5 to 20 ms at 4x CPU, in the render that makes them and in the layout after it: in one
 * go they made a tile's first render and its first layout long tasks (issue 18). Once shown they stay, so a new
 * view never takes away a table the reader is in. On a server everything renders at once.
 */
export class LaterParts {
  shown = isServer;
  private pending?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Has them rendered after the next frame, if they are not yet; resolves once they are. */
  rendered(): Promise<unknown> {
    return (this.pending ??= afterNextPaint().then(() => {
      this.shown = true;
      this.host.requestUpdate();
      return this.host.updateComplete;
    }));
  }
}
