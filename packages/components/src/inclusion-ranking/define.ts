// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionRanking } from './inclusion-ranking';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-ranking')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-ranking');
  else customElements.define('inclusion-ranking', InclusionRanking);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-ranking': InclusionRanking;
  }
}
