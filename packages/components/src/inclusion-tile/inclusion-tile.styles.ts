import { css } from 'lit';

export const tileStyles = css`
  :host { border-top: 5px solid var(--inclusion-selected); padding-top: 10px; }
  .figure-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 5px 15px; margin: 0 0 10px; }
  .value { font-size: 3rem; font-weight: 700; line-height: 1; }
  .unit { color: var(--inclusion-secondary-text); }
  .facts { display: grid; grid-template-columns: max-content 1fr; align-items: baseline; gap: 4px 15px; margin: 0 0 var(--inclusion-space); }
  .facts dt { color: var(--inclusion-secondary-text); }
  .facts dd { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; }
  /* In a narrow column (a phone, or a tile in a grid) each fact's name sits above its figure, as GOV.UK summary lists do. */
  figure { container-type: inline-size; }
  @container (max-width: 22rem) {
    .facts { grid-template-columns: 1fr; gap: 0; }
    .facts dd { margin-bottom: 8px; }
  }
  /* Inline, so the row lines up on the text's baseline; the arrow sits on the text's middle. */
  .travel { font-weight: 700; }
  .travel svg { width: 24px; height: 24px; vertical-align: -0.4em; margin-right: 6px; }
  .travel svg path { fill: currentColor; }
  .band {
    display: inline-block; min-width: 2em; padding: 2px 6px; border: 2px solid currentColor;
    font-weight: 700; text-align: center;
  }
  /* The headline sentence repeats the facts for screen readers; sighted readers get the grid. */
  .headline { margin-bottom: 10px; }
`;
