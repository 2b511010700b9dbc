import { css } from 'lit';

/**
 * A long spine's later parts are SVGs of their own, laid over the first one's height (which is sized for every
 * row), under it: the first holds the keyboard's focus ring, and draws nothing where the later parts are. A part
 * off screen is not laid out until it comes near (`content-visibility`; each SVG has its size as attributes): each
 * part put in was a frame of 28 to 40 ms of layout at 4x CPU, for a spine of every indicator. Printed, every part is.
 */
export const spineStyles = css`
  .spine-parts { position: relative; isolation: isolate; }
  .spine-parts > svg:first-child { position: relative; z-index: 1; }
  .spine-parts > .chart-part { position: absolute; left: 0; content-visibility: auto; }
  @media print { .spine-parts > .chart-part { content-visibility: visible; } }
`;
