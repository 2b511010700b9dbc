import { benchmark, describeBenchmark, findIndicator, type Benchmark, type ComparisonChoice, type ExtractSet } from '@inclusion-dashboard/core';
import { ChartElement } from './chart-element';
import { Comparisons } from './comparisons';

/** What the tile and the benchmark bars ask for: one LA, one indicator. */
interface BenchmarkAsk {
  src: string;
  indicator: string;
  area: string;
  period: string;
  breakdown: string;
}

/** One LA's benchmark for one indicator, computed by core: the model of the tile and of the benchmark bars. */
export function benchmarkOf(ask: BenchmarkAsk, set: ExtractSet, comparison?: ComparisonChoice): Benchmark {
  const { data, indicator, breakdown } = findIndicator(set, ask.indicator, ask.breakdown);
  return benchmark(data, set.areas, { indicator, area: ask.area, period: ask.period || undefined, breakdown }, comparison);
}

/** Whether the attributes ask for a benchmark yet. */
export const asksBenchmark = (ask: BenchmarkAsk): boolean => !!ask.src && !!ask.indicator && !!ask.area;

/** The notes under a benchmark: core's, and the suppression note when the LA's figure is suppressed. */
export const benchmarkNotes = (b: Benchmark): string[] => [...b.notes, ...(b.indicator.suppression && b.status === 'c' ? [b.indicator.suppression] : [])];

/** A chart of one LA's benchmark for one indicator (the benchmark bars); the tile shows the same model with no chart. */
export abstract class BenchmarkElement extends Comparisons<ChartElement<Benchmark>>(ChartElement) {
  protected override ready(): boolean {
    return asksBenchmark(this);
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
