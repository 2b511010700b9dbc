import { InclusionTable } from './inclusion-table';

if (!customElements.get('inclusion-table')) customElements.define('inclusion-table', InclusionTable);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-table': InclusionTable;
  }
}
