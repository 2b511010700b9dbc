// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/trusted-types';
import { InclusionMap } from './inclusion-map';

// Loading the bundle twice must not throw.
defineElement('inclusion-map', InclusionMap);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-map': InclusionMap;
  }
}
