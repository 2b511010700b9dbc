// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionBreakdown } from './inclusion-breakdown';

defineElement('inclusion-breakdown', InclusionBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-breakdown': InclusionBreakdown;
  }
}
