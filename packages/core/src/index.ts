export * from './status';
export * from './periods';
export * from './indicators';
export * from './geography';
export * from './format';
export * from './suggest';
export * from './suppression';
export { ExtractError, type ExtractErrorCode } from './extract/errors';
export {
  ObservationsExtract, writeObservations, FORMAT_VERSION, META_KEYS,
  type Observation, type ObservationsMeta,
} from './extract/observations';
export { readAreas, writeAreas, readNeighbours, writeNeighbours, type Area, type NeighbourLink } from './extract/areas';
export { AreaDirectory, nameKey } from './area-directory';
export { benchmark, atPrecision, BenchmarkError, type Benchmark, type BenchmarkQuery, type AreaValue, type Direction, type Comparison } from './benchmark';
export { wilson, funnelLimits, Z95, Z998 } from './stats/wilson';
export { rankOf, bandOf, quantile, goodness, type Band, type Banding } from './stats/rank';
export { describeBenchmark } from './summary';
