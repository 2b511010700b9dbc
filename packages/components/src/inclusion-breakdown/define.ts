// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionBreakdown } from './inclusion-breakdown';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-breakdown')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-breakdown');
  else customElements.define('inclusion-breakdown', InclusionBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-breakdown': InclusionBreakdown;
  }
}
