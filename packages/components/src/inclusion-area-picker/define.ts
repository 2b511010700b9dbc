// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionAreaPicker } from './inclusion-area-picker';

if (!customElements.get('inclusion-area-picker')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-area-picker');
  else customElements.define('inclusion-area-picker', InclusionAreaPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-area-picker': InclusionAreaPicker;
  }
}
