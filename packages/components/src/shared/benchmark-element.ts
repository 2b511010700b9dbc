import { benchmark, describeBenchmark, findIndicator, type Benchmark, type ExtractSet } from '@inclusion-dashboard/core';
import { ChartElement } from './chart-element';
import { Comparisons } from './comparisons';

/** An element that shows one LA's benchmark for one indicator (the tile, the benchmark bars): one model, one text. */
export abstract class BenchmarkElement extends Comparisons<Benchmark>(ChartElement) {
  protected override ready(): boolean {
    return super.ready() && !!this.area;
  }

  protected compute(set: ExtractSet): Benchmark {
    const { data, indicator, breakdown } = findIndicator(set, this.indicator, this.breakdown);
    return benchmark(data, set.areas, { indicator, area: this.area, period: this.period || undefined, breakdown }, this.comparison(set));
  }

  protected heading(b: Benchmark): string {
    return b.indicator.label;
  }

  protected describe(b: Benchmark): string {
    return describeBenchmark(b);
  }

  protected override notes(b: Benchmark): string[] {
    return [...b.notes, ...(b.indicator.suppression && b.status === 'c' ? [b.indicator.suppression] : [])];
  }

  protected override sources(b: Benchmark) {
    return [b.indicator];
  }
}
