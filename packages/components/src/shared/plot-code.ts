import type * as PlotModule from './plot-marks';

/**
 * Observable Plot, filled in once `plotLoading()` has fetched it. It is fetched by `import()` rather than imported:
 * an element's own code evaluates, and asks for its data, without waiting for Plot's (the largest chunk), which
 * arrives beside the data. The draw controller waits for `plotLoading()` before a chart draws.
 */
export const Plot = {} as typeof PlotModule;

let loaded = false;
let loading: Promise<void> | null = null;

/**
 * Null once Plot is in; otherwise what to wait for (a failed fetch is tried again by the next draw). Each chart's
 * own module passes the `import()`: in a shared module, bundlers would put it in a chunk the tile loads too.
 */
export function plotLoading(load: () => Promise<typeof PlotModule>): Promise<void> | null {
  if (loaded) return null;
  return (loading ??= load().then((m) => {
    Object.assign(Plot, m);
    loaded = true;
  }, (e: unknown) => {
    loading = null;
    throw e;
  }));
}
