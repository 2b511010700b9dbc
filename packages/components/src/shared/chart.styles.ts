import { css } from 'lit';

/** What every chart element shares: the figure, its keyboard focus, the table and the download. */
export const chartStyles = css`
  /*
   * Layout and style containment: a figure drawn, or moved down by one above it, is laid out and pre-painted on its
   * own, not with the whole page (sixty elements at 4x CPU: pre-paint 1.1 to 2.2 s before, 0.2 to 0.4 s after).
   * Not size or paint containment: a figure still sizes to its content, and focus rings may reach outside it. It
   * makes each figure a stacking context (docs/embedding.md); the area picker has none, so its list drops over them.
   */
  :host { contain: layout style; }
  .chart { position: relative; margin: 0 0 var(--inclusion-space); }
  .chart svg { font-family: var(--inclusion-font); font-size: 14px; }
  /* No focus background: painted behind the marks it would take their contrast (grey on yellow is 2.5:1). */
  .chart[tabindex]:focus { outline: none; background-color: transparent; box-shadow: none; }
  .chart[tabindex]:focus-visible { outline: 3px solid var(--inclusion-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--inclusion-text); }
  /* The keyboard instructions follow the chart: shown while it has keyboard focus, so sighted keyboard users get them too. */
  /* Always shown, so focusing the chart never moves what follows it. */
  .local { border-left: 5px solid var(--inclusion-selected); padding: 5px 10px; margin: 0 0 max(var(--inclusion-space), var(--inclusion-paragraph-gap)); }
  .readout { min-height: 1.5em; margin: 0 0 max(5px, var(--inclusion-paragraph-gap)); font-weight: 700; }
  .keys { font-size: 0.875rem; color: var(--inclusion-secondary-text); margin: 0 0 max(var(--inclusion-space), var(--inclusion-paragraph-gap)); }
  .focus-ring { fill: none; stroke: var(--inclusion-text); stroke-width: 3px; }
  .focus-ring-halo { fill: none; stroke: var(--inclusion-focus); stroke-width: 7px; }
  .actions { display: flex; flex-wrap: wrap; gap: 10px 20px; align-items: center; margin: 0 0 var(--inclusion-space); }
  .link-button {
    font: inherit; color: var(--inclusion-link); background: none; border: 0; padding: 2px 0; min-height: 24px;
    text-decoration: underline; cursor: pointer;
  }
  .link-button:hover { text-decoration-thickness: 3px; }
  th button.sort {
    font: inherit; font-weight: 700; color: var(--inclusion-text); background: none; border: 0; padding: 0;
    min-height: 24px; min-width: 24px; cursor: pointer; text-align: inherit;
  }
  /* The arrows are decoration (alt text ''): aria-sort says the order, so the button is named by its column alone. */
  th button.sort::after { content: ' \\2195' / ''; color: var(--inclusion-secondary-text); }
  th[aria-sort='ascending'] button.sort::after { content: ' \\25B2' / ''; }
  th[aria-sort='descending'] button.sort::after { content: ' \\25BC' / ''; }
  /* Positioned, so the hidden status words below scroll with the table instead of widening the page. */
  .table-wrap { overflow-x: auto; max-width: 100%; position: relative; }
  /* A status symbol is read with its meaning ("c, not available (suppressed)"); sighted readers have the key. */
  td[data-status-text]::after {
    content: ', ' attr(data-status-text); position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap;
  }
  .definitions dl { margin: 5px 0 0; font-size: 0.875rem; }
  .definitions dt { font-weight: 700; margin-top: 5px; }
  .definitions dd { margin: 0; }
  .key { font-size: 0.875rem; color: var(--inclusion-secondary-text); margin: 5px 0 0; }
  .key dt { display: inline; font-weight: 700; }
  .key dd { display: inline; margin: 0 10px 0 4px; }
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
