import { InclusionMap } from './inclusion-map';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-map')) customElements.define('inclusion-map', InclusionMap);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-map': InclusionMap;
  }
}
