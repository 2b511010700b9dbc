import { InclusionTrend } from './inclusion-trend';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-trend')) customElements.define('inclusion-trend', InclusionTrend);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-trend': InclusionTrend;
  }
}
