// First: before Lit makes its Trusted Types policy (shared/trusted-types.ts).
import './shared/trusted-types';
export { InclusionBenchmark } from './inclusion-benchmark/inclusion-benchmark';
export { InclusionTile } from './inclusion-tile/inclusion-tile';
export { InclusionTrend } from './inclusion-trend/inclusion-trend';
export { InclusionRanking } from './inclusion-ranking/inclusion-ranking';
export { InclusionMap, type MapModel } from './inclusion-map/inclusion-map';
export { InclusionSpine } from './inclusion-spine/inclusion-spine';
export { InclusionBreakdown } from './inclusion-breakdown/inclusion-breakdown';
export { InclusionTable } from './inclusion-table/inclusion-table';
export { InclusionAreaPicker, type PickerOption } from './inclusion-area-picker/inclusion-area-picker';
export { InclusionDashboard } from './inclusion-dashboard/inclusion-dashboard';
export { ELEMENTS } from './elements';
export { defineElement, defineInTurns } from './shared/define-element';
export { ChartElement, type ChartPoint, type Drawing, type InclusionErrorDetail } from './shared/chart-element';
export { loadDataset, fetchBytes, clearDatasetCache, type Dataset } from './shared/dataset';
export { loadSet } from './shared/extract-set';
