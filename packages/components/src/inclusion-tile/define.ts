// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionTile } from './inclusion-tile';

if (!customElements.get('inclusion-tile')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-tile');
  else customElements.define('inclusion-tile', InclusionTile);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-tile': InclusionTile;
  }
}
