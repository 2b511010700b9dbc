// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/trusted-types';
import { InclusionBenchmark } from './inclusion-benchmark';

// Loading the bundle twice must not throw.
defineElement('inclusion-benchmark', InclusionBenchmark);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-benchmark': InclusionBenchmark;
  }
}
