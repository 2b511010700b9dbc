import { css } from 'lit';

export const tableStyles = css`
  .actions { margin-top: 15px; }
`;
