import { InclusionRanking } from './inclusion-ranking';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-ranking')) customElements.define('inclusion-ranking', InclusionRanking);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-ranking': InclusionRanking;
  }
}
