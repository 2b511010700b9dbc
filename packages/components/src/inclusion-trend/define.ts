// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionTrend } from './inclusion-trend';

defineElement('inclusion-trend', InclusionTrend);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-trend': InclusionTrend;
  }
}
