// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/trusted-types';
import { InclusionTrend } from './inclusion-trend';

// Loading the bundle twice must not throw.
defineElement('inclusion-trend', InclusionTrend);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-trend': InclusionTrend;
  }
}
