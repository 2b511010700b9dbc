import { css } from 'lit';

/** The key below a chart: a swatch of each line beside its name. */
export const legendStyles = css`
  .legend {
    list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px;
    margin: 8px 0 0; padding: 0; font-size: 0.875rem;
  }
  .legend li { display: flex; align-items: center; gap: 6px; min-height: 24px; }
  .legend li.selected { font-weight: 700; }
  .chart .legend svg { display: inline-block; flex: none; width: 36px; height: 14px; overflow: visible; }
  @media (forced-colors: active) {
    .legend svg { forced-color-adjust: auto; }
  }
`;
