import { css } from 'lit';

/** What a figure with a chart adds: the drawing, its keyboard focus and read-out, and its forced colours. */
export const chartStyles = css`
  .chart { position: relative; margin: 0 0 var(--inclusion-space); }
  .chart svg { display: block; height: auto; max-width: 100%; overflow: visible; font-family: var(--inclusion-font); font-size: 14px; }
  .chart svg text { white-space: pre; }
  /* No focus background: painted behind the marks it would take their contrast (grey on yellow is 2.5:1). */
  .chart[tabindex]:focus { outline: none; background-color: transparent; box-shadow: none; }
  .chart[tabindex]:focus-visible { outline: 3px solid var(--inclusion-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--inclusion-text); }
  /* The read-out and the keyboard help follow the chart, always shown: focusing the chart never moves what follows. */
  .readout { min-height: 1.5em; margin: 0 0 max(5px, var(--inclusion-paragraph-gap)); font-weight: 700; }
  .keys { font-size: 0.875rem; color: var(--inclusion-secondary-text); margin: 0 0 max(var(--inclusion-space), var(--inclusion-paragraph-gap)); }
  .focus-ring { fill: none; stroke: var(--inclusion-text); stroke-width: 3px; }
  .focus-ring-halo { fill: none; stroke: var(--inclusion-focus); stroke-width: 7px; }
  /*
   * Forced colours: Chromium leaves SVG fill and stroke as drawn, so on a dark theme the near-black text and dark
   * blue marks would vanish. Map the palette onto system colours: text and comparators CanvasText, the selected
   * area Highlight, white halos Canvas. Series stay apart by dash, marker shape and label, never colour alone.
   */
  @media (forced-colors: active) {
    .chart svg { color: CanvasText; }
    .chart svg [fill='currentColor' i], .chart svg [fill='#0b0c0c' i], .chart svg [fill='#505a5f' i],
    .chart svg [fill='#898e92' i], .chart svg [fill='#3d3d3d' i], .chart svg [fill='#28a197' i],
    .chart svg [fill='#f46a25' i], .chart svg [fill='#801650' i] { fill: CanvasText; }
    .chart svg [stroke='currentColor' i], .chart svg [stroke='#0b0c0c' i], .chart svg [stroke='#505a5f' i],
    .chart svg [stroke='#898e92' i], .chart svg [stroke='#3d3d3d' i], .chart svg [stroke='#28a197' i],
    .chart svg [stroke='#f46a25' i], .chart svg [stroke='#801650' i], .chart svg [stroke='#b1b4b6' i] { stroke: CanvasText; }
    .chart svg [fill='#12436d' i] { fill: Highlight; }
    .chart svg [stroke='#12436d' i] { stroke: Highlight; }
    .chart svg [fill='#ffffff' i], .chart svg [fill='#b1b4b6' i] { fill: Canvas; }
    .chart svg [stroke='#ffffff' i] { stroke: Canvas; }
    .chart svg text, .chart svg text[fill] { fill: CanvasText; }
    .chart[tabindex]:focus-visible { outline: 3px solid Highlight; }
    .focus-ring { stroke: Highlight; }
    .focus-ring-halo { stroke: Canvas; }
  }
`;
