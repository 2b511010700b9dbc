// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionSpine } from './inclusion-spine';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-spine')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-spine');
  else customElements.define('inclusion-spine', InclusionSpine);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-spine': InclusionSpine;
  }
}
