import { InclusionBenchmark } from './inclusion-benchmark';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-benchmark')) customElements.define('inclusion-benchmark', InclusionBenchmark);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-benchmark': InclusionBenchmark;
  }
}
