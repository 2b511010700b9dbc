// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from '../shared/trusted-types';
import { InclusionBenchmark } from './inclusion-benchmark';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-benchmark')) {
  if (trustedTypesRefused()) defineStandIn('inclusion-benchmark');
  else customElements.define('inclusion-benchmark', InclusionBenchmark);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-benchmark': InclusionBenchmark;
  }
}
