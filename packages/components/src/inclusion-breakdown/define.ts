// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/trusted-types';
import { InclusionBreakdown } from './inclusion-breakdown';

// Loading the bundle twice must not throw.
defineElement('inclusion-breakdown', InclusionBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-breakdown': InclusionBreakdown;
  }
}
