// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionTable } from './inclusion-table';

if (!customElements.get('inclusion-table')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-table');
  else customElements.define('inclusion-table', InclusionTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-table': InclusionTable;
  }
}
