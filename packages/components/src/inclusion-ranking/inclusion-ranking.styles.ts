import { css } from 'lit';

export const rankingStyles = css`
  .chart .band-label { font-weight: 700; }
  .chart .selected-label { font-weight: 700; }
`;
