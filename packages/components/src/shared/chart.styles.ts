import { css } from 'lit';

/** What every chart element shares: the figure, its keyboard focus, the table and the download. */
export const chartStyles = css`
  .chart { position: relative; margin: 0 0 var(--inclusion-space); }
  .chart svg { font-family: var(--inclusion-font); font-size: 14px; }
  .chart[tabindex]:focus { outline: none; }
  .chart[tabindex]:focus-visible { outline: 3px solid var(--inclusion-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--inclusion-text); }
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
  th button.sort::after { content: ' \\2195'; color: var(--inclusion-secondary-text); }
  th[aria-sort='ascending'] button.sort::after { content: ' \\25B2'; }
  th[aria-sort='descending'] button.sort::after { content: ' \\25BC'; }
  .table-wrap { overflow-x: auto; max-width: 100%; }
  .key { font-size: 0.875rem; color: var(--inclusion-secondary-text); margin: 5px 0 0; }
  .key dt { display: inline; font-weight: 700; }
  .key dd { display: inline; margin: 0 10px 0 4px; }
  @media (forced-colors: active) {
    .chart svg { forced-color-adjust: auto; }
    .chart[tabindex]:focus-visible { outline: 3px solid Highlight; }
    .focus-ring, .focus-ring-halo { stroke: Highlight; }
  }
`;
