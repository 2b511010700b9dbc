// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionMap } from './inclusion-map';

defineElement('inclusion-map', InclusionMap);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-map': InclusionMap;
  }
}
