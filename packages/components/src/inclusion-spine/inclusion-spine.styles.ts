import { css } from 'lit';

/**
 * A long spine's later parts are SVGs of their own, laid over the first one's height (which is sized for every
 * row), under it: the first holds the keyboard's focus ring, and draws nothing where the later parts are.
 */
export const spineStyles = css`
  .spine-parts { position: relative; isolation: isolate; }
  .spine-parts > svg:first-child { position: relative; z-index: 1; }
  .spine-parts > .chart-part { position: absolute; left: 0; }
`;
