import { css } from 'lit';

/**
 * The "Download the chart" buttons look like the CSV one (links in the GOV.UK style) but keep a class of their own,
 * so `.link-button` still names only the data download.
 */
export const exportStyles = css`
  .export-button {
    font: inherit; color: var(--inclusion-link); background: none; border: 0; padding: 2px 0; min-height: 24px;
    text-decoration: underline; cursor: pointer;
  }
  .export-button:hover { text-decoration-thickness: 3px; }
`;
