import { css } from 'lit';

/** Everything the spine draws is in its SVG, styled by the shared chart styles; nothing extra is needed yet. */
export const spineStyles = css``;
