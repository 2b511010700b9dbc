import { css } from 'lit';

/** What every figure shares, with or without a chart: its containment, the table, the definitions and the download. */
export const figureStyles = css`
  /*
   * Layout and style containment: a figure drawn, or moved down by one above it, is laid out and pre-painted on its
   * own, not with the whole page (sixty elements at 4x CPU: pre-paint 1.1 to 2.2 s before, 0.2 to 0.4 s after).
   * Not size or paint containment: a figure still sizes to its content, and focus rings may reach outside it. It
   * makes each figure a stacking context (docs/embedding.md); the area picker has none, so its list drops over them.
   */
  :host { contain: layout style; }
  .local { border-left: 5px solid var(--inclusion-selected); padding: 5px 10px; margin: 0 0 max(var(--inclusion-space), var(--inclusion-paragraph-gap)); }
  .actions { display: flex; flex-wrap: wrap; gap: 10px 20px; align-items: center; margin: 0 0 var(--inclusion-space); }
  /* The chart downloads look like the data's (links in the GOV.UK style); .link-button names only the data download. */
  .link-button, .export-button {
    font: inherit; color: var(--inclusion-link); background: none; border: 0; padding: 2px 0; min-height: 24px;
    text-decoration: underline; cursor: pointer;
  }
  .link-button:hover, .export-button:hover { text-decoration-thickness: 3px; }
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
`;
