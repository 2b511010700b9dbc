import { InclusionTile } from './inclusion-tile';

if (!customElements.get('inclusion-tile')) customElements.define('inclusion-tile', InclusionTile);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-tile': InclusionTile;
  }
}
