import { css } from 'lit';

export const benchmarkStyles = css`
  .chart { margin: 0 0 var(--inclusion-space); min-height: 120px; }
  .chart svg { font-family: var(--inclusion-font); font-size: 14px; }
  .bar-selected { fill: var(--inclusion-selected); }
  .bar-comparator { fill: var(--inclusion-comparator); }
  dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 5px 15px; margin: 0 0 var(--inclusion-space); }
  dl.figures dt { font-weight: 700; }
  dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
  @media (forced-colors: active) {
    .chart svg rect { forced-color-adjust: none; }
  }
`;
