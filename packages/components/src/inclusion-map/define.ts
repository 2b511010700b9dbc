// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionMap } from './inclusion-map';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-map')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-map');
  else customElements.define('inclusion-map', InclusionMap);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-map': InclusionMap;
  }
}
