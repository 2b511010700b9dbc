import { css } from 'lit';

/**
 * Printing a chart: the chart, its summary and its table (opened, even if the reader never opened it), the notes
 * and the source; no keyboard help, no buttons, no sort controls, and the figure kept on one page where it fits.
 */
export const printStyles = css`
  @media print {
    .keys, .actions, .definitions > summary, details:not(.definitions) > summary { display: none !important; }
    details::details-content { content-visibility: visible; display: contents; }
    th button.sort { all: unset; font-weight: 700; }
    th[aria-sort] button.sort::after { content: none; }
    .chart, figcaption, .headline { break-inside: avoid; }
    .chart { outline: none !important; }
    a { color: inherit; }
  }
`;
