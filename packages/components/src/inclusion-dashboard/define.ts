// The dashboard composes every element, so registering it registers them all.
// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import '../inclusion-area-picker/define';
import '../inclusion-benchmark/define';
import '../inclusion-tile/define';
import '../inclusion-trend/define';
import '../inclusion-ranking/define';
import '../inclusion-spine/define';
import '../inclusion-breakdown/define';
import '../inclusion-table/define';
import { InclusionDashboard } from './inclusion-dashboard';

defineElement('inclusion-dashboard', InclusionDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-dashboard': InclusionDashboard;
  }
}
