// The benchmark model the tile and the benchmark bars share, kept apart from the chart class so the tile's
// bundle does not carry the chart's code.
import { benchmark, findIndicator, type Benchmark, type ComparisonChoice, type ExtractSet } from '@inclusion-dashboard/core';

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
