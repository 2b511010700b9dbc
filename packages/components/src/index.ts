export { InclusionBenchmark } from './inclusion-benchmark/inclusion-benchmark';
export { InclusionTile } from './inclusion-tile/inclusion-tile';
export { InclusionAreaPicker, type PickerOption } from './inclusion-area-picker/inclusion-area-picker';
export { InclusionDashboard } from './inclusion-dashboard/inclusion-dashboard';
export { ChartElement, type ChartPoint, type Drawing, type InclusionErrorDetail } from './shared/chart-element';
export { loadDataset, fetchBytes, clearDatasetCache, type Dataset } from './shared/dataset';
export { loadSet } from './shared/extract-set';
