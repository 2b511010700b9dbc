// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionBenchmark } from './inclusion-benchmark';

defineElement('inclusion-benchmark', InclusionBenchmark);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-benchmark': InclusionBenchmark;
  }
}
