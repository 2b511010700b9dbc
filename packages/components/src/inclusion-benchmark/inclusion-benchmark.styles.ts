import { css } from 'lit';

export const benchmarkStyles = css`
  .big { font-size: 2.25rem; font-weight: 700; margin: 0 0 5px; }
`;
