import { css } from 'lit';

/** Each part of a long spine on a layer of its own: a part put in then paints itself, not the whole SVG again. */
export const spineStyles = css`
  .chart svg > g.spine-part { will-change: transform; }
`;
