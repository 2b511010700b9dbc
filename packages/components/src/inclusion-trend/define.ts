// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionTrend } from './inclusion-trend';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-trend')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-trend');
  else customElements.define('inclusion-trend', InclusionTrend);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-trend': InclusionTrend;
  }
}
