import { describeBenchmark, type Benchmark, type ExtractSet } from '@inclusion-dashboard/core';
import { asksBenchmark, benchmarkNotes, benchmarkOf } from './benchmark-model';
import { ChartElement } from './chart-element';
import { Comparisons } from './comparisons';

/** A chart of one LA's benchmark for one indicator (the benchmark bars); the tile shows the same model with no chart. */
export abstract class BenchmarkElement extends Comparisons<ChartElement<Benchmark>>(ChartElement) {
  protected override ready(): boolean {
    return asksBenchmark(this);
  }

  /** With no period asked for, core reads only the latest figures (and the year before, for the direction of travel). */
  protected override latestOnly(): boolean {
    return !this.period;
  }

  protected compute(set: ExtractSet): Benchmark {
    return benchmarkOf(this, set, this.comparison(set));
  }

  protected heading(b: Benchmark): string {
    return b.indicator.label;
  }

  protected describe(b: Benchmark): string {
    return describeBenchmark(b);
  }

  protected override notes(b: Benchmark): string[] {
    return benchmarkNotes(b);
  }

  protected override sources(b: Benchmark) {
    return [b.indicator];
  }
}
