export { InclusionBenchmark } from './inclusion-benchmark/inclusion-benchmark';
export { loadDataset, fetchBytes, clearDatasetCache, type Dataset } from './shared/dataset';
