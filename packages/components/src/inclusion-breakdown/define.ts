import { InclusionBreakdown } from './inclusion-breakdown';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-breakdown')) customElements.define('inclusion-breakdown', InclusionBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-breakdown': InclusionBreakdown;
  }
}
