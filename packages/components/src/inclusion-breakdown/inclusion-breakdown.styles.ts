import { css } from 'lit';

/** Everything the breakdown draws is in its SVG, styled by the shared chart styles; nothing extra is needed yet. */
export const breakdownStyles = css``;
